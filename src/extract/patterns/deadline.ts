import type { FactDraft } from '../draft.js';
import { definePattern, subjectEndingAt, type FindDrafts } from '../pattern.js';
import { tidyClause, upperFirst } from '../text-utils.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { withThe } from '../../util/definite-article.js';

/**
 * Deadlines a court or a government sets, as rulings and orders are asked: "The Supreme Court has
 * set a three-month deadline for the President to decide on Bills reserved by the Governor" →
 * "What deadline did the Supreme Court set for the President to decide on Bills reserved by the
 * Governor?" → three months; "The court gave the Centre four weeks to respond" → "How much time
 * did the court give the Centre to respond?" → four weeks.
 */
const COUNT = '(?<n>\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)';
const UNIT = '(?<unit>day|week|month|year)';
/** "has set a three-month deadline for …", "fixed a 90-day time limit for …". */
const SET = new RegExp(`(?<subjEnd>)(?:has\\s+|had\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?<verb>set|fixed|prescribed|laid down|imposed)\\s+an?\\s+${COUNT}[-\\s]${UNIT}(?:-long)?\\s+(?:deadline|timeline|time limit|time-limit|time frame|timeframe)\\s+for\\s+(?<rest>[^,;.()]{8,120})`, 'gdu');
/** "gave the Centre four weeks to respond", "granted the State two months to file …". */
const GAVE = new RegExp(`(?<subjEnd>)(?:has\\s+|had\\s+|on\\s+\\p{Lu}\\p{Ll}+\\s+)?(?<verb>gave|granted|allowed)\\s+(?<whom>(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,4})\\s+${COUNT}\\s+${UNIT}s\\s+to\\s+(?<rest>[^,;.()]{4,100})`, 'gdu');
const HINT = /\b(?:deadline|timeline|time limit|time-limit|time ?frame|(?:gave|granted|allowed)\s+[^,;.]{2,40}\s(?:days|weeks|months|years)\s+to)\b/;
const BASE: Record<string, string> = { set: 'set', fixed: 'fix', prescribed: 'prescribe', 'laid down': 'lay down', imposed: 'impose', gave: 'give', granted: 'grant', allowed: 'allow' };
/** Who sets deadlines: a court, a body of government, a regulator. */
const SETTER = /\b(?:Court|Bench|Tribunal|Commission|Government|Centre|Ministry|Cabinet|Board|Authority|Council|Parliament|Assembly)\b|^(?:SC|HC|NGT|RBI|SEBI|EC|ECI)$/;

const find: FindDrafts<'deadline'> = (s) => {
  if (!HINT.test(s.text)) return [];
  const drafts: FactDraft<'deadline'>[] = [];
  for (const [re, gave] of [[SET, false], [GAVE, true]] as const) {
    for (const m of s.text.matchAll(re)) {
      const setter = subjectEndingAt(s, m.indices!.groups!.subjEnd![0], ['organisation']);
      if (!setter || !SETTER.test(setter.canonical)) continue;
      const g = m.groups!;
      // ("Bills reserved … by the Governor": a court's deadline binds any Governor, and the
      // question says so rather than point at one the card never names.)
      const rest = tidyClause(g.rest).replace(/\bthe (Governor|Speaker|Chief Minister)\b(?!\s+(?:of\b|\p{Lu}))/gu, 'a $1');
      if (hasDanglingReference(rest) || /\b(?:it|this|that|they|he|she)\b/.test(rest)) continue;
      const [ns] = m.indices!.groups!.n!;
      const written = s.text.slice(ns, m.indices!.groups!.unit![1] + (gave ? 1 : 0));
      const plural = g.n === 'one' || g.n === '1' ? '' : 's';
      const answer = `${g.n} ${g.unit}${plural}`;
      const who = withThe(setter.canonical);
      drafts.push({
        pattern: 'deadline',
        question: gave ? `How much time did ${who} ${BASE[g.verb]} ${g.whom} to ${rest}?` : `What deadline did ${who} ${BASE[g.verb]} for ${rest}?`,
        answer,
        answerText: written,
        answerStart: ns,
        answerType: 'number',
        sentenceIndex: s.index,
        confidence: 0.85,
        about: [setter.canonical],
        statement: gave ? `${upperFirst(who)} ${g.verb} ${g.whom} ${answer} to ${rest}.` : `${upperFirst(who)} ${g.verb} a deadline of ${answer} for ${rest}.`,
      });
    }
  }
  return drafts;
};

export default definePattern({
  id: 'deadline',
  describe: 'What deadline a court or government set, or how much time it gave someone to act',
  find,
});
