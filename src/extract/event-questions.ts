import { answerTypeOf } from './answer-type.js';
import { dateAnswer } from './format-date.js';
import type { FactDraft } from './draft.js';
import type { Entity, Sentence } from '../types.js';
import { hostChosen } from './host-chosen.js';
import { OTHER_EDITION_WORD } from './this-edition.js';

export const EVENT_NOUNS =
  'meeting|meetings|summit|conference|talks|election|elections|referendum|referendums|ceremony|festival|match|final|tournament|championship|games|olympics|competition|exhibition|expo|fair|rally|protest|protests|attack|blast|explosion|stampede|earthquake|fire|crash|accident|launch|visit|dialogue|session|forum|event|exercise|exercises|drill|drills|race|concert|auction|trial|hearing|vote|strike|riots|clashes|signing|funeral|wedding|inauguration|celebrations?';

const VERBS: Record<string, (np: string, plural: boolean, aux: string) => string> = {
  held: (np, plural, aux) => (/will/.test(aux) ? `will ${np} be held` : /being/.test(aux) ? `${/^(?:is|are)/.test(aux) ? (plural ? 'are' : 'is') : plural ? 'were' : 'was'} ${np} being held` : `${plural ? 'were' : 'was'} ${np} held`),
  'took place': (np) => `did ${np} take place`,
  'takes place': (np, plural) => `${plural ? 'do' : 'does'} ${np} take place`,
  'will take place': (np) => `will ${np} take place`,
  'set to take place': (np, plural) => `${plural ? 'were' : 'was'} ${np} set to take place`,
  'scheduled to take place': (np, plural) => `${plural ? 'were' : 'was'} ${np} scheduled to take place`,
  happened: (np) => `did ${np} happen`,
  occurred: (np) => `did ${np} occur`,
  began: (np) => `did ${np} begin`,
  opened: (np) => `did ${np} open`,
  'broke out': (np) => `did ${np} break out`,
};

/** Event nouns match capitalised too, as in a name: "the 22nd Fan Expo Canada". */
const EVENT_NOUN_RE = EVENT_NOUNS.split('|').map((n) => `[${n[0]}${n[0].toUpperCase()}]${n.slice(1)}`).join('|');
/** A venue may be classed as an organisation ("the Metro Toronto Convention Centre"). */
const VENUE = /\b(Centre|Center|Hall|Stadium|Arena|Park|Square|Palace|House|Building|Auditorium|Ground|Grounds|Bridge|Temple|Mosque|Church|Cathedral|Museum|Gallery|Theatre|Theater)$/;

const VERB_HINT = new RegExp(`\\b(?:${Object.keys(VERBS).join('|')})\\b`);

const RE = new RegExp(
  `(?<np>\\b(?:[Tt]he|[Aa]n?|[Tt]his year's|[A-Z][\\w’'-]*(?:’s|'s))\\s+(?:(?!(?:in|of|at|on|for|to|from|with|by|and|the)\\s)[\\w’'+-]+\\s+){0,6}?(?:${EVENT_NOUN_RE})(?:\\s+[A-Z][\\w-]*){0,2}` +
    // (The complement's words are no auxiliary: "the session of the Committee is being held".)
    `(?:\\s+(?:on|of|between|for|against|at)\\s+(?:(?!(?:is|are|was|were|being|been|will|be)\\s)[\\w’'+-]+\\s+){0,3}?(?!(?:is|are|was|were|being|been|will|be)\\s)[\\w’'+-]+)?)` +
    `\\s+(?<aux>(?:was|were|is|are|will be|has been|had been|is being|are being|was being|were being)\\s+)?(?<verb>${Object.keys(VERBS).join('|')})\\b(?<rest>[^;]*)`,
  'dg',
);

type EventPatternId = 'event-place' | 'event-time';

/** "The last edition of ", "the first edition of ": an edition before or after the story's own. */
const OTHER_EDITION_OF = new RegExp(`\\b(?:${OTHER_EDITION_WORD}|earlier|past|coming|first|inaugural|maiden)\\s+(?:edition|round|leg|phase|session)\\s+of\\s+$`, 'i');

/** "arrived at the Museum of Modern Art in Rio de Janeiro to attend the 17th BRICS Summit": where
 *  someone came to attend a named summit is where it was held. */
const ATTEND_HINT = /\bto\s+(?:attend|participate in|take part in)\s+the\b/;
const CAME_TO_ATTEND = /\b(?:arrived|landed|reached)\s(?:at\s[^,;]{2,60}?\s)?in\s+(?<place>\p{Lu}[\p{L}-]*(?:\s+(?:de\s+|da\s+)?\p{Lu}[\p{L}-]*){0,3})\s+to\s+(?:attend|participate in|take part in)\s+(?<np>the\s+(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}+-]*\s+){1,5}(?:Summit|Conference|Meeting|Forum|Games|Olympics))\b/u;
function cameToAttend(s: Sentence): FactDraft<'event-place'>[] {
  const m = CAME_TO_ATTEND.exec(s.text);
  if (!m) return [];
  const at = m.index + m[0].indexOf(m.groups!.place, m[0].indexOf(' in ') + 1);
  const place = s.entities.find((e) => e.start === at && e.cls === 'place');
  if (!place) return [];
  return [placeDraft(`Where was ${m.groups!.np} held?`, place, s)];
}

/** "INS Tushil was commissioned into the Indian Navy at Kaliningrad", "attended the Commissioning
 *  Ceremony of INS Tushil at Russia's Kaliningrad": where a warship was commissioned. */
const SHIP = String.raw`(?<ship>(?:INS|ICGS|INSV)\s+\p{Lu}[\p{L}-]*)`;
const INTO_SERVICE = String.raw`(?:\s+into\s+the\s+(?:Indian\s+)?(?:Navy|Coast\s+Guard))?`;
const COMMISSIONED_AT = new RegExp(
  String.raw`(?:${SHIP}\s+(?:was|has\s+been|is|will\s+be)\s+(?:formally\s+)?commissioned${INTO_SERVICE}|\bcommissioned\s+${SHIP.replace('?<ship>', '?<ship3>')}${INTO_SERVICE}|[Cc]ommissioning\s+(?:[Cc]eremony\s+)?of\s+${SHIP.replace('?<ship>', '?<ship2>')})\s+at\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?`,
  'u',
);
/** A port's name the analyser made nothing of, before a day, a comma or the sentence's end. */
const PORT_WORD = /^\p{Lu}\p{Ll}+(?=\s+(?:on|in|this|last)\b|[,.;]|$)/u;
function commissionedAt(s: Sentence): FactDraft<'event-place'>[] {
  const m = COMMISSIONED_AT.exec(s.text);
  if (!m) return [];
  const at = m.index + m[0].length;
  // ("at Russia's Kaliningrad": a port after its country's possessive may be no entity of its own.)
  const word = PORT_WORD.exec(s.text.slice(at))?.[0];
  const loose = word && !s.entities.some((e) => e.start <= at && e.end > at) ? ({ text: word, cls: 'place', placeKind: 'city', start: at, end: at + word.length, canonical: word } as Entity) : undefined;
  // (Or one the analyser read as a term: "Kaliningrad" without its country after it.)
  const named = s.entities.find((e) => e.start === at && (e.cls === 'place' || (e.cls === 'term' && PORT_WORD.test(e.text))));
  const place = named ? { ...named, cls: 'place' as const } : loose;
  if (!place) return [];
  return [placeDraft(`Where was ${m.groups!.ship ?? m.groups!.ship2 ?? m.groups!.ship3} commissioned?`, place, s)];
}

/** "Where was … held?" → the place (a country asked as one). */
function placeDraft(question: string, place: Entity, s: Sentence): FactDraft<'event-place'> {
  return {
    pattern: 'event-place',
    question,
    answer: place.canonical,
    answerText: place.text,
    answerStart: place.start,
    answerType: place.cls === 'place' && answerTypeOf(place) === 'country' ? 'country' : 'place',
    sentenceIndex: s.index,
    confidence: 0.85,
    about: [place.canonical],
    statement: undefined,
  };
}

/**
 * The questions of the event-place or event-time pattern for a sentence. One reading of the
 * sentence finds both (they share the event and its verb), made once per sentence.
 */
export function eventQuestions<Id extends EventPatternId>(s: Sentence, id: Id): FactDraft<Id>[] {
  let found = FOUND.get(s);
  if (!found) FOUND.set(s, (found = findBoth(s)));
  return found.filter((d): d is FactDraft<Id> => d.pattern === id);
}

const FOUND = new WeakMap<Sentence, FactDraft<EventPatternId>[]>();

/**
 * An event with where and when: "the meeting … held in Tokyo on Saturday" → "Where was the …
 * meeting held?" → Tokyo, and "When was … held?" → 2 November 2013 (Saturday).
 */
const findBoth = (s: Sentence) => {
  const drafts: FactDraft<EventPatternId>[] = [];
  if (ATTEND_HINT.test(s.text)) drafts.push(...cameToAttend(s));
  if (/\b[Cc]ommission(?:ed|ing)\b/.test(s.text)) drafts.push(...commissionedAt(s));
  drafts.push(...hostChosen(s));
  if (!VERB_HINT.test(s.text)) return drafts;
  for (const m of s.text.matchAll(RE)) {
    const g = m.groups!;
    const np = g.np.replace(/^(The|A|An)\s/, (d) => d.toLowerCase());
    if (/^(this|that|these|those|its|their|his|her)\b/i.test(np) || !saysWhich(np)) continue;
    // ("The last edition of the exercise … was held at …": where another edition was is not this one's.)
    if (OTHER_EDITION_OF.test(s.text.slice(0, m.index))) continue;
    // ("Where was an Investiture Ceremony held?": where and when a ceremony was held are the day's
    // arrangements, no news; the honour or the oath is.)
    if (/\b[Cc]eremon(?:y|ies)\b/.test(np)) continue;
    const plural = /(s|talks|games)$/.test(np.split(/\s+(?:on|of|between|for|against|at)\s+/)[0]) && !/(ss|us|is)$/.test(np.split(' ')[0]);
    const frame = VERBS[g.verb](np, plural, g.aux ?? '');
    const restStart = m.indices!.groups!.rest![0];
    const restEnd = restStart + g.rest.length;
    const inRest = s.entities.filter((e) => e.start >= restStart && e.end <= restEnd);
    const place = inRest.find(
      (e) => (e.cls === 'place' || (e.cls === 'organisation' && VENUE.test(e.text))) && /\b(in|at|near)\s+(the\s+)?$/.test(s.text.slice(restStart, e.start)),
    );
    // "in September and October": one of two dates is half an answer.
    // ("from December 8 to 13": the start of a range is half an answer too.)
    // ("held in 2019 and 2022": so is one of two years.)
    const date = inRest.find((e) => e.cls === 'date' && e.resolved && !/^\s*(?:,\s*)?(?:and|or|to|&)\s+(?:\p{Lu}|\d)/u.test(s.text.slice(e.end)) && !/^\s*(?:to|-|–|till|until)\s*\d/.test(s.text.slice(e.end)) && !/(?:\p{Lu}\p{Ll}+|\d{4}),?\s+(?:and|or|to)\s+$/u.test(s.text.slice(0, e.start)));
    // "began at Kisama near Kohima": the place "near" another is not where it happened.
    const nearAnother = place && /\bnear\s+(?:the\s+)?$/.test(s.text.slice(restStart, place.start)) && !/^\s*near\s+(?:the\s+)?$/.test(s.text.slice(restStart, place.start));
    if (place && !nearAnother && /^\s*(?:in|at|near)\b/.test(g.rest)) {
      drafts.push(placeDraft(`Where ${frame}?`, place, s));
    }
    if (date) {
      drafts.push({
        pattern: 'event-time',
        question: `When ${frame}?`,
        answer: dateAnswer(date.text, date.resolved),
        answerText: date.text.replace(/^(on|in|at|by|during)\s+/i, ''),
        answerType: 'date',
        sentenceIndex: s.index,
        confidence: 0.75,
        about: [],
      });
    }
  }
  return drafts;
};


/**
 * "the first meeting" could be any meeting; "the two-plus-two ministerial meeting on security",
 * "the Hajj stampede" or "the stampede at Islam's most holy site" say which one.
 */
function saysWhich(np: string): boolean {
  const [head, complement] = np.split(/\s+(?=(?:on|of|between|for|against|at)\s)/);
  if (complement) return true;
  const words = head.split(/\s+/).slice(1, -1);
  if (words.some((w) => /^[A-Z0-9]/.test(w))) return true;
  // ("a simple but impressive ceremony": one told of for the first time, by how it was, is no
  // event a student could be asked about by name.)
  if (/^an?\s/i.test(head)) return false;
  return words.filter((w) => !/^(first|second|third|next|last|new|latest|recent|main|final|same|other|annual|simple|impressive|grand|brief|special|solemn|colourful|colorful|glittering|big|huge|massive|historic|and|but)$/i.test(w)).length >= 2;
}
