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
/** The kind written small just before the name ("joint military exercise Nomadic Elephant"). */
const KIND_BEFORE = /\b(?:exercise|summit|festival|conference|dialogue|conclave)\s+$/;
/** "The last edition was held in …": which event's, the report of one event leaves unsaid. */
/** "last", "next": an edition before or after the report's own. */
export const OTHER_EDITION_WORD = 'last|previous|preceding|next|upcoming';
const OTHER_EDITION = new RegExp(`^The\\s+(${OTHER_EDITION_WORD})\\s+edition\\s+(?!of\\b)`);

export function nameThisEdition(text: string, ctx: ArticleContext): string {
  const other = OTHER_EDITION.test(text);
  if (!other && !THIS_EDITION.test(text)) return text;
  const event = headlineEvent(ctx);
  if (!event) return text;
  if (other) return text.replace(OTHER_EDITION, (_m, which: string) => `The ${which} edition of ${event} `);
  return ofItsOwnKind(text.replace(THIS_EDITION, `${event} `), event);
}

/**
 * "Nomadic Elephant is the 16th edition of the (Nomadic Elephant) exercise, which is an annual …"
 * counts the event against itself: the card says "Nomadic Elephant, an annual …, is in its 16th
 * edition."
 */
function ofItsOwnKind(text: string, event: string): string {
  const at = text.indexOf(' edition of the ');
  const be = text.startsWith(`${event} is the `) ? 'is' : text.startsWith(`${event} was the `) ? 'was' : null;
  if (at < 0 || !be) return text;
  const ordinal = text.slice(`${event} ${be} the `.length, at);
  const rest = text.slice(at + ' edition of the '.length);
  // ("Kho Kho World Cup was the first edition of the Kho Kho World Cup, organised with the backing
  // of the IOA": the edition, and what the clause after it tells of it.)
  const told = rest.startsWith(`${event}, `) ? /^((?:organised|organized|held|hosted|played|staged|conducted)\s[^;]+)$/.exec(rest.slice(event.length + 2)) : null;
  if (told) return `The ${ordinal} edition of the ${event} ${be} ${told[1]}`;
  const kind = rest.startsWith(`${event} `) ? rest.slice(event.length + 1) : rest;
  const m = /^(?:exercise|summit|festival|conference|dialogue|conclave|games|event)(?:,\s+which\s+is\s+(an? [^.;]+))?\.$/i.exec(kind);
  if (!m) return text;
  return m[1] ? `${event}, ${m[1]}, ${be} in its ${ordinal} edition.` : `${event} ${be} in its ${ordinal} edition.`;
}

/** The one named event the headline and the lead both name, or null. */
function headlineEvent(ctx: ArticleContext): string | null {
  const lead = ctx.analyzed.sentences[0];
  if (!lead) return null;
  const named = lead.entities.filter((e) => e.cls === 'term' && (EVENT_HEAD.test(e.text) || EVENT_HEAD.test(lead.text.slice(Math.max(0, e.start - 12), e.start)) || KIND_BEFORE.test(lead.text.slice(Math.max(0, e.start - 12), e.start))) && ctx.headlineKey.includes(` ${normalizeKey(e.text)} `));
  // ("the India-US Joint Military Exercise Yudh Abhyas-2024": of a kind and its name, the name.)
  const own = named.filter((e) => !/\b(?:Exercise|Summit|Games|Festival|Conference|Meet|Dialogue)$/.test(e.text));
  const names = new Set((own.length ? own : named).map((e) => e.text));
  return names.size === 1 ? [...names][0] : null;
}
