/**
 * "The western Indian city of Ahmedabad … was on Wednesday officially endorsed as the host city
 * for the 2030 Commonwealth Games" → "Which city was chosen to host the 2030 Commonwealth
 * Games?" → Ahmedabad: the place a body chose to host a named event, the news of such a story.
 */
import { answerTypeOf } from './answer-type.js';
import type { FactDraft } from './draft.js';
import type { Sentence } from '../types.js';

const CHOSEN = '(?:endorsed|confirmed|chosen|selected|named|picked|approved|ratified|announced|declared|awarded)';
const EVENT = String.raw`[Tt]he\s+(?:(?:19|20)\d\d\s+)?(?:\p{Lu}[\p{L}\d'’-]*\s+){0,5}(?:Games|Olympics|Paralympics|Cup|Championships?|Summit|Expo|Olympiad)(?:\s+(?:19|20)\d\d)?`;
/** The place opening the sentence (after "The … city of"), chosen further on as the host. */
const HOST_CHOSEN = new RegExp(
  String.raw`^(?:The\s+(?:[\p{L}-]+\s+){0,3}(?:city|state|country|nation)\s+of\s+)?(?<place>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\b[^;]{0,80}?\s+(?:was|were|has\s+been|have\s+been|is)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:(?:officially|formally|unanimously|also)\s+)*${CHOSEN}\s+as\s+(?:the\s+)?host\s+(?<kind>city|country|nation|venue)\s+(?:for|of)\s+(?<event>${EVENT})\b`,
  'u',
);
const HINT = /\bas\s+(?:the\s+)?host\s+(?:city|country|nation|venue)\b/;
/** "… for the FIH Hockey World Cup 2026, to be co-hosted by Belgium and the Netherlands", "the 2026
 *  Asian Games will be hosted by Japan": the event, then who hosts it. */
const HOSTED_BY = new RegExp(String.raw`(?<event>${EVENT})(?:,\s+to\s+be|\s+(?:will\s+be|is\s+to\s+be|is\s+being|was|were))\s+(?<co>co-)?hosted\s+(?:jointly\s+)?by\s+(?:the\s+)?`, 'u');

export function hostChosen(s: Sentence): FactDraft<'event-place'>[] {
  if (/\bhosted\s+by\b/.test(s.text)) return hostedBy(s);
  if (!HINT.test(s.text)) return [];
  const m = HOST_CHOSEN.exec(s.text);
  if (!m) return [];
  const at = m[0].indexOf(m.groups!.place);
  const place = s.entities.find((e) => e.start === at && e.cls === 'place');
  if (!place) return [];
  const kind = m.groups!.kind === 'nation' ? 'country' : m.groups!.kind;
  const event = m.groups!.event;
  return [{
    pattern: 'event-place',
    question: `Which ${kind} was chosen to host ${event}?`,
    answer: place.canonical,
    answerText: place.text,
    answerStart: place.start,
    answerType: answerTypeOf(place) === 'country' ? 'country' : 'place',
    sentenceIndex: s.index,
    confidence: 0.9,
    about: [place.canonical],
    statement: `${place.canonical} was chosen to host ${event}.`,
  }];
}

/** "Which countries will co-host the FIH Hockey World Cup 2026?" → Belgium and the Netherlands. */
function hostedBy(s: Sentence): FactDraft<'event-place'>[] {
  const m = HOSTED_BY.exec(s.text);
  if (!m) return [];
  const after = m.index + m[0].length;
  const first = s.entities.find((e) => e.start === after && e.cls === 'place');
  if (!first) return [];
  const and = /^\s+and\s+(?:the\s+)?/.exec(s.text.slice(first.end));
  const second = and ? s.entities.find((e) => e.start === first.end + and[0].length && e.cls === 'place') : undefined;
  const hosts = second ? [first, second] : [first];
  const countries = hosts.every((h) => answerTypeOf(h) === 'country');
  const kind = countries ? 'country' : 'city';
  const ahead = /\bwill\s+be|to\s+be\b/.test(m[0]);
  const co = m.groups!.co ? 'co-' : '';
  const event = m.groups!.event.replace(/^The\b/, 'the');
  const which = `Which ${second ? (kind === 'city' ? 'cities' : 'countries') : kind} ${ahead ? `will ${co}host` : `${co}hosted`} ${event}?`;
  const answer = hosts.map((h) => h.canonical).join(' and ');
  const end = (second ?? first).end;
  return [{
    pattern: 'event-place',
    question: which,
    answer,
    answerText: s.text.slice(first.start, end),
    answerStart: first.start,
    answerType: countries ? 'country' : 'place',
    sentenceIndex: s.index,
    confidence: 0.85,
    about: hosts.map((h) => h.canonical),
    statement: `${answer} ${ahead ? 'will' : ''} ${co}host${ahead ? '' : 'ed'} ${event}.`.replace(/\s+/g, ' '),
  }];
}
