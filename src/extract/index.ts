import type { AnalyzedArticle, Fact, Sentence } from '../types.js';
import { normalizeKey, stableId } from '../util/ids.js';
import { buildContext, lastEntityBefore, type ArticleContext } from './article-context.js';
import { buildCloze, clozeToQuestion } from './build-cloze.js';
import { checkDraft, trimDanglingTail } from './check-draft.js';
import type { FactDraft } from './draft.js';
import { PATTERNS } from './patterns/index.js';
import { resolveReferences } from './resolve-references.js';
import { scoreFact } from './score-fact.js';
import { withoutQuotes } from './text-utils.js';

export type { FactDraft } from './draft.js';

/**
 * Facts worth learning from an analysed article: every pattern over every sentence, then the
 * rules every item obeys (answer in the article, not in the question, no dangling reference,
 * well formed), a cloze for each, a score, and one fact per (answer, sentence).
 */
export function extractFacts(analyzed: AnalyzedArticle): Fact[] {
  const ctx = buildContext(analyzed);
  const articleText = [analyzed.article.title, ...analyzed.article.paragraphs].join('\n');
  const best = new Map<string, Fact>();
  for (const sentence of analyzed.sentences) {
    for (const pattern of PATTERNS) {
      for (const draft of pattern(sentence, ctx)) {
        const fact = finish(draft, sentence, ctx, articleText);
        if (!fact) continue;
        const key = `${fact.pattern}|${normalizeKey(fact.answer)}|${fact.sentenceIndex}`;
        const held = best.get(key);
        if (!held || fact.score > held.score) best.set(key, fact);
      }
    }
  }
  const facts = dropGenericDuplicates([...best.values()]);
  return dedupeQuestions(facts).sort((a, b) => b.score - a.score || a.sentenceIndex - b.sentenceIndex);
}

function finish(draft: FactDraft, sentence: Sentence, ctx: ArticleContext, articleText: string): Fact | null {
  const cloze = clozeFor(draft, sentence, ctx);
  if (!cloze) return null;
  let question: string | null = draft.pattern === 'cloze' ? clozeToQuestion(cloze) : resolveReferences(draft.question, ctx, sentence);
  if (!question) return null;
  question = question.replace(/\s+/g, ' ').trim();
  if (draft.pattern === 'cloze') {
    if (hasDangling(question)) return null;
  } else {
    let problem = checkDraft({ ...draft, question }, articleText);
    const trimmed = problem === 'dangling reference' ? trimDanglingTail(question) : null;
    if (trimmed) {
      question = trimmed;
      problem = checkDraft({ ...draft, question }, articleText);
    }
    if (problem) return null;
  }
  const articleId = ctx.analyzed.article.id;
  const fact: Fact = {
    id: stableId([articleId, draft.pattern, normalizeKey(draft.answer), normalizeKey(sentence.text)]),
    articleId,
    pattern: draft.pattern,
    question,
    answer: draft.answer,
    answerType: draft.answerType,
    sentence: sentence.text,
    sentenceIndex: sentence.index,
    cloze,
    score: scoreFact(draft, ctx),
  };
  if (draft.statement) fact.statement = draft.statement;
  if (draft.alsoTrue?.length) fact.alsoTrue = draft.alsoTrue;
  const related = relatedValues(ctx, draft);
  if (related.length) fact.related = related;
  return fact;
}

/** The cloze, with a leading "He"/"She" named so the card stands on its own. */
function clozeFor(draft: FactDraft, sentence: Sentence, ctx: ArticleContext): string | null {
  let text = sentence.text;
  const lead = /^(He|She)\s/.exec(text);
  if (lead) {
    const person = lastEntityBefore(ctx, sentence, 0, (e) => e.cls === 'person');
    if (!person) return null;
    text = `${lead[1]} (${person.canonical})${text.slice(lead[1].length)}`;
  }
  return buildCloze(text, draft.answerText ?? draft.answer);
}

const DANGLING_IN_CLOZE = /\b(he|she|him|her|his|they|them|their|it|its|this|these|those)\b/i;

function hasDangling(prompt: string): boolean {
  // A sentence split inside a quotation has a lone quote mark: who "we" are is unknowable.
  if (((prompt.match(/["“”]/g) ?? []).length) % 2 === 1) return true;
  return DANGLING_IN_CLOZE.test(withoutQuotes(prompt.replace(/^(He|She) \([^)]+\)/, '')));
}

/** Names of the same class from the article: distractor candidates for the generator. */
function relatedValues(ctx: ArticleContext, draft: FactDraft): string[] {
  const wanted = draft.answerType;
  const out = new Set<string>();
  for (const { entity } of ctx.timeline) {
    const type =
      entity.cls === 'person' ? 'person' : entity.cls === 'organisation' ? 'organisation' : entity.cls === 'place' ? (entity.placeKind === 'country' ? 'country' : 'place') : null;
    if (type === wanted && normalizeKey(entity.canonical) !== normalizeKey(draft.answer)) out.add(entity.canonical);
  }
  return [...out].slice(0, 12);
}

/** Generic patterns (subject, cloze) only add a fact that no specific pattern found. */
const GENERIC = new Set(['subject', 'cloze']);

function dropGenericDuplicates(facts: Fact[]): Fact[] {
  const keyOf = (f: Fact) => `${normalizeKey(f.answer)}|${f.sentenceIndex}`;
  const specific = new Set(facts.filter((f) => !GENERIC.has(f.pattern)).map(keyOf));
  const kept = facts.filter((f) => !GENERIC.has(f.pattern) || (f.pattern === 'subject' && !specific.has(keyOf(f))));
  return [...kept, ...pickClozes(facts.filter((f) => f.pattern === 'cloze'), kept)];
}

/**
 * Clozes chosen for coverage: in any sentence, a blank for a name no fact asks for yet; in a
 * sentence with no fact at all, the least-asked name. Cards about many entities teach more than
 * ten blanks of the article's most frequent name.
 */
function pickClozes(candidates: Fact[], kept: Fact[]): Fact[] {
  const used = new Map<string, number>();
  const count = (f: Fact) => used.get(normalizeKey(f.answer)) ?? 0;
  for (const f of kept) used.set(normalizeKey(f.answer), count(f) + 1);
  const taken = new Set(kept.map((f) => f.sentenceIndex));
  const bySentence = new Map<number, Fact[]>();
  for (const f of candidates) bySentence.set(f.sentenceIndex, [...(bySentence.get(f.sentenceIndex) ?? []), f]);
  const out: Fact[] = [];
  for (const index of [...bySentence.keys()].sort((a, b) => a - b)) {
    const best = bySentence.get(index)!.sort((a, b) => count(a) - count(b) || b.score - a.score)[0];
    if (taken.has(index) && count(best) > 0) continue;
    used.set(normalizeKey(best.answer), count(best) + 1);
    out.push(best);
  }
  return out;
}

/** Two patterns can word the same question; keep the better-scored one. */
function dedupeQuestions(facts: Fact[]): Fact[] {
  const seen = new Map<string, Fact>();
  for (const f of facts) {
    const key = normalizeKey(f.question);
    const held = seen.get(key);
    if (!held || f.score > held.score) seen.set(key, f);
  }
  return [...seen.values()];
}
