import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { tidyClause, upperFirst, wordCount } from '../text-utils.js';
import type { Sentence } from '../../types.js';

const HEADS = 'strategy|policy|doctrine|campaign|operation|programme|program|initiative|plan|project|scheme|mission|theory|concept|principle|slogan|motto|theme|movement|law|act|bill|treaty|agreement|accord|robot|ship|satellite|rocket|vessel|spacecraft|website|site|app|book|film|report|exercise|festival|award';

/** "Japan’s strategy of “active pacifism”", "the Afghan team's robot, named “Better Idea …”" */
const NAMED = new RegExp(
  `(?<np>\\b(?:[Tt]he\\s+|[Aa]n?\\s+)?(?:(?:[\\w-]+\\s+){0,2}?[\\w-]+(?:’s|'s)\\s+)?(?:[\\w-]+\\s+){0,3}?(?<head>${HEADS}))` +
    `,?\\s+(?<link>of|called|named|dubbed|known as|titled|entitled)\\s+[“"‘](?<term>[^”"’]{2,60}?)[,.]?[”"’]`,
  'dg',
);

/**
 * A named thing the article defines or attributes → "What is Japan’s strategy called?" →
 * "active pacifism". The noun phrase must say whose or which thing it is.
 */
/** "The snake fossil, named Vasuki Indicus, after …": a new find and the name it was given, set off
 *  by commas, no quotes. */
const FIND_NAMED = /^(?<np>The\s+(?:[\p{Ll}-]+\s+){0,2}(?:species|fossil|snake|frog|lizard|gecko|spider|plant|orchid|bird|fish|insect|wasp|butterfly|dinosaur|virus|bacterium|comet|asteroid|exoplanet|galaxy)),\s+(?:named|christened|dubbed)\s+(?<term>\p{Lu}[\p{L}-]+(?:\s+\p{L}[\p{L}-]+){0,2}),/u;

const find: FindDrafts<'named-term'> = (s) => {
  const drafts: FactDraft<'named-term'>[] = [...commonNames(s), ...spelledOutAfter(s), ...findNamed(s)];
  if (!/[“"‘]/.test(s.text)) return drafts;
  for (const m of s.text.matchAll(NAMED)) {
    const g = m.groups!;
    // The match may start on a preposition ("over Japan’s strategy"): the phrase starts after it.
    const np = tidyClause(g.np)
      .replace(/^(?:(?:over|of|in|on|at|for|with|by|from|to|and|or|about|under|into|as)\s+)+/i, '')
      .replace(/^(The|A|An)\s/, (d) => d.toLowerCase());
    const owned = /(’s|'s)\s/.test(np) || /^(the|a|an)\s+\S+\s+\S+/.test(np);
    if (!owned || wordCount(np) > 8 || /^(this|that|its|their|his|her)\b/i.test(np)) continue;
    const term = g.term.trim();
    if (wordCount(term) > 8) continue;
    const subject = /^(a|an)\s/.test(np) ? np.replace(/^(a|an)\s/, 'the ') : np;
    drafts.push({
      pattern: 'named-term',
      question: `What is ${subject} called?`,
      answer: term,
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.8,
      about: [term],
      statement: `${upperFirst(subject)} is called “${term}”.`,
    });
  }
  return drafts;
};

/** "What was the snake fossil named?" → Vasuki Indicus. */
function findNamed(s: Sentence): FactDraft<'named-term'>[] {
  const m = FIND_NAMED.exec(s.text);
  if (!m) return [];
  const np = m.groups!.np.replace(/^The\s/, 'the ');
  const term = m.groups!.term;
  return [{
    pattern: 'named-term',
    question: `What was ${np} named?`,
    answer: term,
    answerType: 'term',
    sentenceIndex: s.index,
    confidence: 0.8,
    about: [term],
    statement: `${upperFirst(np)} was named ${term}.`,
  }];
}

/** ", commonly known as kala-azar": the everyday name of a concept the words before the comma give. */
const COMMON_NAME = /,\s+(?:commonly|popularly|also|locally|widely)\s+(?:known|called|referred\s+to)\s+as\s+(?:the\s+)?/g;
/** The everyday name: one to three words, up to the clause's end. */
const EVERYDAY = /^[\p{L}][\p{L}-]*(?: [\p{L}][\p{L}-]*){0,2}(?=\s*[,.;)]|\s+(?:which|that|is|was|has|in)\b)/u;
/** Words the concept's phrase may not hold (it is a noun phrase written small). */
const NOT_IN_PHRASE = /^(?:a|an|the|of|in|on|at|to|for|from|by|with|and|or|as|is|are|was|were|be|been|has|have|had|its|it|this|that|their|his|her|which|who)$/;

/**
 * "India has achieved its target to eliminate visceral leishmaniasis, commonly known as kala-azar"
 * → "What is commonly known as kala-azar?" → visceral leishmaniasis: the proper name a student
 * learns for the everyday one. The concept is the noun phrase written small right before the comma
 * (a name in capitals is other patterns' subject: "Akkitham Achuthan Namboothiri, popularly known
 * as Akkitham").
 */
function commonNames(s: Sentence): FactDraft<'named-term'>[] {
  const drafts: FactDraft<'named-term'>[] = [];
  for (const m of s.text.matchAll(COMMON_NAME)) {
    const everyday = EVERYDAY.exec(s.text.slice(m.index! + m[0].length))?.[0];
    if (!everyday) continue;
    const comma = m.index!;
    // The phrase: up to three words written small, nouns or adjectives, ending at the comma.
    const words = s.tokens.filter((t) => t.end <= comma && t.start >= comma - 60);
    let start = comma;
    let n = 0;
    for (let i = words.length - 1; i >= 0 && n < 3; i--) {
      const t = words[i];
      if (!/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || NOT_IN_PHRASE.test(t.text) || (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') || s.text.slice(t.end, start).trim()) break;
      start = t.start;
      n++;
    }
    // (A head noun alone, "disease", names no concept.)
    if (n < 2) continue;
    // ("The non-government organisation, also known as Reporters Without Borders, …": a phrase
    // after "the" points back at a body the story named, no concept of its own.)
    if (/\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+$/.test(s.text.slice(Math.max(0, start - 8), start))) continue;
    const concept = s.text.slice(start, comma);
    drafts.push({
      pattern: 'named-term',
      question: `What is commonly known as ${everyday}?`,
      answer: concept,
      answerText: concept,
      answerStart: start,
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.8,
      about: [concept, everyday],
      statement: `${upperFirst(concept)} is commonly known as ${everyday}.`,
    });
  }
  return drafts;
}

/** "the 'BioE3' (Biotechnology for Economy, Environment and Employment) policy": a short name,
 *  then what it stands for in brackets (the other way round from a short form after its name). */
const SHORT_THEN_LONG = /(?<![\p{L}\d])[‘'"]?(?<short>\p{Lu}[\p{L}\d-]{1,14})[’'"]?\s+\((?<long>\p{Lu}\p{Ll}+(?:,?\s+(?:and|for|of|the|in|&|\p{Lu}\p{Ll}+)){2,12})\)/gu;

/** Kinds of thing whose short names exams ask spelled out, ending a long name or after the bracket. */
const SCHEME_WORDS = 'policy|scheme|mission|programme|program|yojana|abhiyan|initiative|portal|campaign|fund|package|framework';
const SCHEME_KIND = new RegExp(`\\b(?:${SCHEME_WORDS})$`, 'i');
const SCHEME_KIND_AFTER = new RegExp(`^\\s+(?:${SCHEME_WORDS})\\b`, 'i');

function spelledOutAfter(s: Sentence): FactDraft<'named-term'>[] {
  const drafts: FactDraft<'named-term'>[] = [];
  for (const m of s.text.matchAll(SHORT_THEN_LONG)) {
    const { short, long } = m.groups!;
    // (The short name is made of the long one's initials, in order: "BioE3" of Biotechnology,
    // Economy, Environment, Employment; "PM-JANMAN" of Pradhan Mantri Janjati …, a long one's
    // last letter its own.)
    const capitals = long.split(/[\s,&]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
    const letters = short.replace(/[^\p{Lu}]/gu, '');
    // (Only a scheme's or a policy's, which exams ask spelled out: "the 'BioE3' (…) policy",
    // "PM-JANMAN (… Maha Abhiyan)"; not a body's, "KIIFB (Kerala Infrastructure Investment Fund
    // Board)", whose story is what it did.)
    const after = s.text.slice(m.index! + m[0].length);
    if (!SCHEME_KIND.test(long) && !SCHEME_KIND_AFTER.test(after)) continue;
    // ("SSBN (Ship, Submersible, Ballistic, Nuclear) programme": words listed are no name, and each
    // would read as an answer of its own.)
    if (/,/.test(long) && !/\b(?:of|for|on)\s.*\band\s/.test(long)) continue;
    if (capitals.length < 2 || letters.length < 2 || letters[0] !== capitals[0] || !(inOrder(letters, capitals.join('')) || (letters.length >= 5 && inOrder(letters.slice(0, -1), capitals.join(''))))) continue;
    const at = m.index! + m[0].indexOf(`(${long})`) + 1;
    drafts.push({
      pattern: 'named-term',
      question: `What does ${short} stand for?`,
      answer: long,
      answerText: long,
      answerStart: at,
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.8,
      about: [long, short],
      statement: `${short} stands for ${long}.`,
      // (A blank inside the brackets would leave the card leaning on the sentence around them.)
      ownCloze: `${short} stands for {{c1::${long}}}.`,
    });
  }
  return drafts;
}

/** Whether each letter of `letters` appears in `word`, in order. */
function inOrder(letters: string, word: string): boolean {
  let i = 0;
  for (const c of word) if (c === letters[i]) i++;
  return i === letters.length;
}

export default definePattern({
  id: 'named-term',
  describe: 'What a thing the article names in quotation marks is called, or what its everyday name stands for',
  find,
});
