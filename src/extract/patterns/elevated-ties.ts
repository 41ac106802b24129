import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, namedEntityEndingAt, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';
import type { ArticleContext } from '../article-context.js';
import { resolveTwoOf } from '../resolve-references.js';

/**
 * "India and Kuwait on Sunday decided to elevate their bilateral relationship to a 'strategic
 * partnership'" → "To what level did India and Kuwait elevate their bilateral relationship in
 * December 2024?" → strategic partnership. The level two countries raise their ties to is what a
 * visit or a summit is remembered by ("Comprehensive Strategic Partnership").
 */
const RE =
  /(?:(?:have|has|had)\s+)?(?:(?:decided|agreed|resolved)\s+to\s+)?(?<verb>elevated?|upgraded?|raised?)\s+(?<rel>(?:their|its|the)\s+(?:bilateral\s+|two-way\s+)?(?:relationship|relations|ties|partnership)(?:\s+with\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)\s+to\s+(?:the\s+level\s+of\s+)?(?:an?\s+|the\s+)?['‘"“]?(?<level>(?:[A-Za-z-]+\s+){0,4}?(?:[Pp]artnership|[Rr]elationship))\b['’"”]?/dg;
/** "on Sunday", "today", "on December 22": a time between the subject and its verb. */
const TIME_BEFORE = /(?:\s+(?:on\s+\S+(?:\s+\d{1,2})?|today|yesterday|last\s+week|this\s+week))?\s*$/;
const BASE: Record<string, string> = { elevate: 'elevate', elevated: 'elevate', upgrade: 'upgrade', upgraded: 'upgrade', raise: 'raise', raised: 'raise' };

const find: FindDrafts<'elevated-ties'> = (s, ctx) => {
  const drafts: FactDraft<'elevated-ties'>[] = [];
  if (!/\b(?:elevate|upgrade|raise)d?\b/.test(s.text) || !/\b(?:[Pp]artnership|[Rr]elationship)\b/.test(s.text)) return drafts;
  for (const m of s.text.matchAll(RE)) {
    const subject = partiesBefore(s, m.index, ctx);
    const level = m.groups!.level.trim();
    // ("raised their ties to a new relationship": a level is named, not only "new".)
    if (!subject || /^(?:new|better|higher|next|closer|stronger|deeper)\s/i.test(level) || !/\s/.test(level)) continue;
    const when = inMonthOf(s, ctx);
    const rel = m.groups!.rel;
    drafts.push({
      pattern: 'elevated-ties',
      question: `To what level did ${subject} ${BASE[m.groups!.verb]} ${rel}${when}?`,
      answer: level,
      answerText: level,
      answerStart: m.indices!.groups!.level![0],
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [level],
      statement: `${subject} ${BASE[m.groups!.verb]}d ${rel} to ${/^[aeiou]/i.test(level) ? 'an' : 'a'} ${level}${when}.`,
    });
  }
  return drafts;
};

/** "India and Kuwait (on Sunday)", "India": the countries or bodies named right before `at`. */
function partiesBefore(s: Sentence, at: number, ctx: ArticleContext): string | null {
  const head = s.text.slice(0, at).replace(TIME_BEFORE, '');
  // ("India and the Philippines focused on … as they elevated their relations to …": "they" is
  // the pair that opens the sentence.)
  if (/\bthey$/.test(head.trimEnd())) {
    const party = (e: Entity) => e.cls === 'place' || e.cls === 'organisation';
    const first = s.entities.find((e) => e.start === (s.text.startsWith('The ') ? 4 : 0) && party(e));
    const and = first && /^ and (?:the )?/.exec(s.text.slice(first.end));
    const second = and && s.entities.find((e) => e.start === first!.end + and[0].length && party(e));
    return first && second && first.end < second.start ? `${first.canonical} and ${second.canonical}` : null;
  }
  // ("The two countries have resolved to elevate their ties …": the two the story is about.)
  // (Only "the two …" is resolved so: "both countries" has no reading of its own.)
  const pair = /^[Tt]he two (?:countries|nations)$/.exec(head.trim());
  if (pair) {
    const named = resolveTwoOf(pair[0], ctx, s);
    return named && named !== pair[0] ? named : null;
  }
  const last = namedEntityEndingAt(s, head.length, ['place', 'organisation']);
  if (!last) return null;
  const and = /\s+and\s+$/.exec(s.text.slice(0, last.start));
  const first: Entity | null = and ? namedEntityEndingAt(s, and.index, ['place', 'organisation']) : null;
  return first ? `${first.canonical} and ${last.canonical}` : last.canonical;
}

export default definePattern({
  id: 'elevated-ties',
  describe: 'To what level two countries raised their ties ("a strategic partnership")',
  find,
});
