/**
 * "India comes in at number _____ for anticipated emissions" (172), "What was India’s rank in the
 * Human Development Index?" (130th): a place in a ranking. Its wrong options are places near it,
 * a few apart, and never past the last place the article gives ("out of 180 nations"): 212 beside
 * 172 in a ranking of 180 is no option.
 */
import type { Fact } from '../types.js';
import { parseNumber } from './number-forms.js';

/** Words right before a blank or an answer that make it a place in a ranking. */
const RANK_BEFORE = /\b(?:number|No\.?|rank(?:ed|s)?|placed|position|spot)\s+(?:at\s+)?$/i;
/** "176th position", "130th place": a place after an ordinal. */
const RANK_AFTER = /^(?:st|nd|rd|th)?\s+(?:rank|position|place|spot)\b/i;
/** A question that asks for a rank. */
const RANK_ASKED = /\b(?:rank|position)\b/i;
/** "out of 180 nations", "among 193 countries": how many a ranking ranks. */
const RANKED_TOTAL = /\b(?:out\s+of|among|of)\s+(\d{2,3})\s+(?:countries|nations|economies|states|cities|districts|universities|institutions|territories|participants)\b/gi;

/** Whether the fact's answer is a place in a ranking. */
export function isRank(fact: Fact): boolean {
  if (fact.answerType !== 'number' || !/^\d{1,3}(?:st|nd|rd|th)?$/.test(fact.answer)) return false;
  if (/(?:st|nd|rd|th)$/.test(fact.answer) && RANK_ASKED.test(fact.question)) return true;
  const at = fact.sentence.indexOf(fact.answer);
  return at >= 0 && (RANK_BEFORE.test(fact.sentence.slice(0, at)) || RANK_AFTER.test(fact.sentence.slice(at + fact.answer.length)));
}

/** How far apart the wrong places stand: a few places near the top, more further down. */
export function rankStep(answer: string): number {
  return Math.max(1, Math.round((parseNumber(answer)?.value ?? 0) / 40));
}

/** The last place the article's rankings give, or null where it names no total. */
export function rankedTotal(sentences: readonly string[]): number | null {
  let total: number | null = null;
  for (const s of sentences) for (const m of s.matchAll(RANKED_TOTAL)) total = Math.max(total ?? 0, Number(m[1]));
  return total;
}
