import type { AnalyzedArticle, Fact } from '../types.js';
import { foldKey } from '../util/ids.js';

/**
 * "Who won the Man of the Match award?" in a report where three players won it: a question whose
 * words after its question word the article also says of someone else has more than one answer,
 * and its key names only one. Such questions are not asked (the facts are dropped).
 */
export function withoutSharedPredicates(facts: Fact[], analyzed: AnalyzedArticle): Fact[] {
  // (Sentences are folded only when they hold the predicate's longest word: most hold none.)
  const folded = new Map<number, string>();
  const foldedAt = (i: number) => {
    let text = folded.get(i);
    if (text === undefined) folded.set(i, (text = ` ${withFoldedDeterminers(foldKey(analyzed.sentences[i].text))} `));
    return text;
  };
  return facts.filter((fact) => {
    const body = predicateOf(fact);
    if (!body) return true;
    const longest = body.trim().split(' ').reduce((a, b) => (b.length > a.length ? b : a));
    const answer = answerWords(fact.answer);
    return !analyzed.sentences.some((s, i) => {
      if (i === fact.sentenceIndex || !s.text.toLowerCase().includes(longest)) return false;
      const text = foldedAt(i);
      return text.includes(body) && !answer.some((w) => text.includes(` ${w} `)) && !PRONOUN_OPENING.test(s.text);
    });
  });
}

// "Which country faced …": one noun after "Which"; a longer noun phrase only makes no match.
const WH_BODY = /^(?:Who|What|Which [A-Za-z]+)\s(\S.*)\?$/;
const DETERMINERS = /\b(?:a|an|the|his|her|their|its)\b/g;
// "He won the award again": the sentence's subject is someone named before it, maybe the answer.
const PRONOUN_OPENING = /^\s*(?:He|She|They|It|His|Her|Their|Its)\b/;
// Fewer folded words match too much by chance ("was born in").
const MIN_WORDS = 4;

function predicateOf(fact: Fact): string | null {
  if (fact.pattern === 'cloze') return null;
  const m = WH_BODY.exec(fact.question);
  if (!m) return null;
  const body = withFoldedDeterminers(foldKey(m[1]));
  return body.split(' ').length >= MIN_WORDS ? ` ${body} ` : null;
}

function withFoldedDeterminers(folded: string): string {
  return folded.replace(DETERMINERS, 'the');
}

/** The answer's words worth finding in another sentence (a surname alone names the person). */
function answerWords(answer: string): string[] {
  return foldKey(answer)
    .split(' ')
    .filter((w) => w.length > 2);
}
