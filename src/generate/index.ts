/**
 * generate: Facts → Items. Each fact can give a short-answer item, a cloze, a multiple
 * choice with plausible distractors and a true/false; each article one or two exam-style
 * "consider the following statements" items. Of these candidates, each article gets a set
 * (select-set.ts): each fact asked once, the most central first, none giving another away.
 */
import { articleMentions, withAbsoluteDates } from './absolute-dates.js';
import type { Fact, Item, ItemType } from '../types.js';
import type { DistractorPool } from './distractor-pool.js';
import { statementOf } from './fact-statement.js';
import { clozeItem } from './items/cloze.js';
import { mcqCandidate } from './items/mcq.js';
import { shortItem } from './items/short.js';
import { statementsItems } from './items/statements.js';
import { trueFalseItem } from './items/truefalse.js';
import type { Candidate } from './select.js';
import { selectSet } from './select-set.js';
import { compareIds } from '../util/compare-ids.js';

export { buildDistractorPool, PoolBuilder, poolEntries, type DistractorPool, type PoolEntry, type PoolValue } from './distractor-pool.js';
export { parseTypes, ITEM_TYPES } from './parse-types.js';
export { statementOptionCode } from './statement-codes.js';
export { checkMcq, type McqCheck } from './check-mcq.js';

export interface GenerateOptions {
  types: ItemType[];
  seed: number;
  /** Items kept per article, the best first; ≤ 0 or Infinity keeps all. */
  maxPerArticle: number;
}

/** All five types: a balanced worksheet. */
export const DEFAULT_TYPES: ItemType[] = ['short', 'cloze', 'mcq', 'truefalse', 'statements'];

/** Statements items per article. */
const MAX_STATEMENTS_ITEMS = 2;
/** True/false is the weakest test of recall: only the best third of the facts get one. */
const TRUEFALSE_SHARE = 1 / 3;

function byArticle(facts: readonly Fact[]): Fact[][] {
  const groups = new Map<string, Fact[]>();
  const seen = new Set<string>();
  for (const f of facts) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    const g = groups.get(f.articleId) ?? [];
    g.push(f);
    groups.set(f.articleId, g);
  }
  return [...groups.values()];
}

/** How many of an article's facts are tried as multiple choice. */
const MCQ_CANDIDATES = 30;

function bestFirst(a: Fact, b: Fact): number {
  return b.score - a.score || a.sentenceIndex - b.sentenceIndex || compareIds(a.id, b.id);
}

/** One candidate per fact and type (statements apart: they are made from what the set leaves). */
function articleCandidates(facts: Fact[], types: ReadonlySet<ItemType>, pool: DistractorPool, seed: number, sentences: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (item: Item | null, factIds: string[]) => {
    if (item) out.push({ item, factIds });
  };
  let trueFalseLeft = Math.max(3, Math.ceil(facts.length * TRUEFALSE_SHARE));
  // Distractors are the costly part: only the best facts are tried as MCQs, and only those
  // the set reaches are finished.
  let mcqTriesLeft = MCQ_CANDIDATES;
  for (const f of facts) {
    // A cloze-only fact has no question of its own: its prompt is the blanked sentence.
    if (types.has('short') && f.pattern !== 'cloze') add(shortItem(f), [f.id]);
    if (types.has('cloze')) add(clozeItem(f), [f.id]);
    if (types.has('mcq') && mcqTriesLeft-- > 0) {
      const mcq = mcqCandidate(f, pool, seed, sentences);
      if (mcq) out.push({ item: mcq.item, factIds: [f.id], finish: mcq.finish });
    }
    if (types.has('truefalse') && trueFalseLeft > 0 && statementOf(f)) {
      const tf = trueFalseItem(f, pool, seed, sentences);
      if (tf) trueFalseLeft--;
      add(tf, [f.id]);
    }
  }
  return out;
}

function statementsCandidates(facts: Fact[], pool: DistractorPool, seed: number): Candidate[] {
  return statementsItems(facts, pool, seed, MAX_STATEMENTS_ITEMS).map((item) => ({
    item,
    factIds: facts.filter((f) => item.statements?.some((s) => s.sentence === f.sentence)).map((f) => f.id),
  }));
}

/**
 * Items for the given facts (one or more articles): for each article a set (see select-set),
 * at most `maxPerArticle` items, ordered by article (as the facts come), then type, then how
 * central the fact is. Deterministic: the same facts, pool and seed always give the same items.
 */
export function generateItems(
  facts: Fact[],
  ctx: { options: GenerateOptions; pool: DistractorPool; /** Headlines of the facts' articles, in order. */ headlines?: readonly string[] },
): Item[] {
  const { types, seed, maxPerArticle } = ctx.options;
  const enabled = new Set(types.length ? types : DEFAULT_TYPES);
  const max = maxPerArticle > 0 ? maxPerArticle : Infinity;
  const items: Item[] = [];
  byArticle(facts).forEach((group, i) => {
    const headline = ctx.headlines?.[i] ?? ctx.headlines?.[0] ?? '';
    const ranked = [...group].sort(bestFirst);
    // The headline and the sentences the facts came from: where a wrong option might be listed
    // with the answer ("Sweden, Belgium, England win three points").
    const sentences = [...new Set([headline, ...ranked.map((f) => f.sentence)])];
    const candidates = articleCandidates(ranked, enabled, ctx.pool, seed, sentences);
    const statements = enabled.has('statements') ? (unasked: Fact[]) => statementsCandidates(unasked, ctx.pool, seed) : undefined;
    const chosen = selectSet(ranked, candidates, { types: [...enabled], max, headline, statements });
    const mentions = articleMentions(group);
    items.push(...chosen.map((item) => withAbsoluteDates(item, mentions)));
  });
  return items;
}
