/**
 * "The western Indian city of Ahmedabad … was on Wednesday officially endorsed as the host city
 * for the 2030 Commonwealth Games" → "Which city was chosen to host the 2030 Commonwealth
 * Games?" → Ahmedabad: the place a body chose to host a named event, the news of such a story.
 */
import { answerTypeOf } from './answer-type.js';
import type { FactDraft } from './draft.js';
import type { Sentence } from '../types.js';

const CHOSEN = '(?:endorsed|confirmed|chosen|selected|named|picked|approved|ratified|announced|declared|awarded)';
const EVENT = String.raw`the\s+(?:(?:19|20)\d\d\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Games|Olympics|Paralympics|Cup|Championships?|Summit|Expo|Olympiad)(?:\s+(?:19|20)\d\d)?`;
/** The place opening the sentence (after "The … city of"), chosen further on as the host. */
const HOST_CHOSEN = new RegExp(
  String.raw`^(?:The\s+(?:[\p{L}-]+\s+){0,3}(?:city|state|country|nation)\s+of\s+)?(?<place>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\b[^;]{0,80}?\s+(?:was|were|has\s+been|have\s+been|is)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:(?:officially|formally|unanimously|also)\s+)*${CHOSEN}\s+as\s+(?:the\s+)?host\s+(?<kind>city|country|nation|venue)\s+(?:for|of)\s+(?<event>${EVENT})\b`,
  'u',
);
const HINT = /\bas\s+(?:the\s+)?host\s+(?:city|country|nation|venue)\b/;

export function hostChosen(s: Sentence): FactDraft<'event-place'>[] {
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
