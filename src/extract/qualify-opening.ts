/**
 * "The committee includes the Leader of Opposition …" after "a selection committee headed by the
 * Prime Minister …"; "The rate has remained unchanged since …" after "the policy repo rate": a
 * sentence that opens on a bare common noun means the one the sentences before qualified. The
 * cloze says it as they did ("The selection committee …", "The repo rate …"), or stays as it was.
 */
import type { Sentence } from '../types.js';
import type { ArticleContext } from './article-context.js';
import { reEscape } from '../util/re-escape.js';

/** Nouns whose bare form already says which one in a news report. */
const SELF_NAMED = new Set(['government', 'centre', 'court', 'police', 'army', 'navy', 'state', 'country', 'city', 'company', 'president', 'minister', 'year', 'day', 'week', 'month', 'world', 'nation', 'people', 'public', 'event', 'ceremony', 'meeting', 'report', 'study', 'scheme', 'mission', 'index', 'bill', 'decision', 'move', 'plan']);
/** Words before a noun that qualify nothing. */
const NOT_QUALIFIER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|new|same|other|first|last|such|any|each|every|own|previous|current|said|whole|entire|more|most|less|one|two|three|and|or|of|in|on|at|to|for|by|with|from|is|was|are|were)$/;
/** Sentences back the qualified noun is looked for in. */
const LOOK_BACK = 2;

export function qualifyOpening(cloze: string, ctx: ArticleContext, sentence: Sentence): string {
  const m = /^The ([a-z]{3,})\b/.exec(cloze);
  // ("The process of landfall will …": a noun with its own "of" complement says which already.)
  if (!m || SELF_NAMED.has(m[1]) || /^\s+of\s/.test(cloze.slice(m[0].length))) return cloze;
  const noun = m[1];
  const re = new RegExp(`(?<![\\w-])([a-z][a-z-]{2,}) ${reEscape(noun)}\\b`, 'g');
  for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - LOOK_BACK); k--) {
    const prior = ctx.analyzed.sentences[k];
    // Only a noun before it names a kind ("selection committee", "repo rate"); an adjective
    // says something of it ("high probability", "normal monsoon") that need not hold here.
    const isNoun = (at: number) => prior.tokens.some((t) => t.start === at && t.pos === 'NOUN');
    const found = [...prior.text.matchAll(re)].filter((x) => isNoun(x.index!)).map((x) => x[1]).filter((q) => !NOT_QUALIFIER.test(q));
    // One way of qualifying it only: two ("repo rate", "bank rate") leave it open.
    if (new Set(found).size === 1) return `The ${found[0]} ${noun}${cloze.slice(m[0].length)}`;
    if (found.length) return cloze;
  }
  return cloze;
}
