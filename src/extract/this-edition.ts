/**
 * "This is the 20th edition of the Annual Exercise …": in a report of one event, the edition the
 * report counts is the event's own, which the headline names ("… Yudh Abhyas-2024 commences …").
 * The card says which: "Yudh Abhyas-2024 is the {{c1::20th}} edition …"; without a named event the
 * text is left as it is (and the dangling check decides).
 */
import { normalizeKey } from '../util/ids.js';
import type { ArticleContext } from './article-context.js';

const THIS_EDITION = /^This\s+(?=(?:is|was|marks|marked)\s+the\s+(?:\{\{c\d+::)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\}\})?\s+edition\b)/;
/** Kinds of event a report counts the editions of. */
const EVENT_HEAD = /\b(?:Exercise|Summit|Games|Festival|Conference|Olympiad|Championships?|Cup|Expo|Dialogue|Meet|Conclave|Utsav|Mahotsav|Abhyas)\b|^(?:Exercise|Operation)\s/;

export function nameThisEdition(text: string, ctx: ArticleContext): string {
  if (!THIS_EDITION.test(text)) return text;
  const event = headlineEvent(ctx);
  return event ? text.replace(THIS_EDITION, `${event} `) : text;
}

/** The one named event the headline and the lead both name, or null. */
function headlineEvent(ctx: ArticleContext): string | null {
  const lead = ctx.analyzed.sentences[0];
  if (!lead) return null;
  const named = lead.entities.filter((e) => e.cls === 'term' && (EVENT_HEAD.test(e.text) || EVENT_HEAD.test(lead.text.slice(Math.max(0, e.start - 12), e.start))) && ctx.headlineKey.includes(` ${normalizeKey(e.text)} `));
  // ("the India-US Joint Military Exercise Yudh Abhyas-2024": of a kind and its name, the name.)
  const own = named.filter((e) => !/\b(?:Exercise|Summit|Games|Festival|Conference|Meet|Dialogue)$/.test(e.text));
  const names = new Set((own.length ? own : named).map((e) => e.text));
  return names.size === 1 ? [...names][0] : null;
}
