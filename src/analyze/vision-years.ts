/**
 * "adopted the Bangkok Vision 2030", "the UN's Agenda 2030": a plan named for the year it aims at
 * has the year in its name, and so has a budget its fiscal year ("the Union Budget
 * 2025-26"). The analyser reads the year as a date of its own, so a blank on the
 * name leaves its year beside it and one on the year asks half a name; the whole is one term.
 */
import type { Sentence } from '../types.js';
import { entitiesWithin, replaceWith } from './entity-spans.js';

/** Capitalised words ending on a plan's head word, then the year it aims at. */
const PLAN_YEAR = /\b(?:\p{Lu}[\p{L}-]*\s){0,4}(?:Vision|Agenda|Mission|Roadmap|Strategy|Plan|Compact|Framework|Declaration)\s(?:19|20)\d\d\b(?![-–]\d)/gu;

/** "the Union Budget 2025-26", "the Interim Budget 2024–25": a budget by its fiscal year. (A survey's
 *  years are its edition's, which other rules read.) */
const FISCAL_YEAR = /\b(?:\p{Lu}[\p{L}-]*\s){0,3}Budget\s(?:19|20)\d\d[-–](?:\d\d|(?:19|20)\d\d)\b(?![-–]\d)/gu;

export function withVisionYears(sentences: Sentence[]): void {
  for (const s of sentences) {
    const plan = /(?:Vision|Agenda|Mission|Roadmap|Strategy|Plan|Compact|Framework|Declaration)\s(?:19|20)\d\d/.test(s.text);
    const fiscal = /Budget\s(?:19|20)\d\d[-–]\d/.test(s.text);
    if (!plan && !fiscal) continue;
    for (const m of [...(plan ? s.text.matchAll(PLAN_YEAR) : []), ...(fiscal ? s.text.matchAll(FISCAL_YEAR) : [])]) {
      // ("The Bangkok Vision 2030 was adopted": a sentence's opening "The" is no part of the name.)
      const article = /^(?:The|A)\s/.exec(m[0])?.[0].length ?? 0;
      const start = m.index! + article;
      const end = m.index! + m[0].length;
      const name = m[0].slice(article);
      s.entities = replaceWith(s.entities, entitiesWithin(s.entities, start, end), { text: name, cls: 'term', start, end, canonical: name });
    }
  }
}
