import { answerTypeOf } from '../answer-type.js';
import type { FactDraft } from '../draft.js';
import { pronounPerson } from '../article-context.js';
import { definePattern, subjectEndingAt, type FindDrafts } from '../pattern.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { wordCount } from '../text-utils.js';
import { homeCountryName } from '../setting-country.js';
import { countryOfDemonym } from '../../lexicon/index.js';
import type { Entity } from '../../types.js';

/**
 * A name and its superlative in apposition: "Lake Chilika, the largest brackish water lagoon in
 * Asia, …" → "Which is the largest brackish water lagoon in Asia?" → Lake Chilika; "Aditya-L1,
 * India's first space-based mission to study the Sun, …" → "Which is India's first space-based
 * mission to study the Sun?". Records like these are what "places in news" and "firsts" ask.
 * Only a superlative that says where or of what ("in Asia", "India's"), so the question has one
 * answer.
 */
const SUPERLATIVE = '(?:largest|biggest|oldest|longest|highest|tallest|smallest|deepest|busiest|richest|most populous|most populated|second[- ]largest|third[- ]largest|second[- ]highest|second[- ]longest)';
const RANK = `(?:first|second|third|fourth|fifth|\\d{1,3}(?:st|nd|rd|th)|${SUPERLATIVE}|most\\s+[a-z]+(?:\\s+and\\s+[a-z]+)?)`;
/** The cheap test first: most sentences hold no superlative. */
const HINT = new RegExp(`\\b${SUPERLATIVE}\\b|[’']s\\s+(?:first|second|third|most|[a-z]+est)\\b`);
/** The day a deed was done may stand between the name and its apposition ("inaugurated
 *  Sudarshan Setu on Sunday, India's longest cable-stayed bridge, …"). */
const WHEN_ASIDE = '(?:\\s+(?:on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday))?';
const AFTER = new RegExp(`^${WHEN_ASIDE},\\s+(?<what>the\\s+${SUPERLATIVE}\\s+(?:[\\w’'-]+\\s+){0,5}?[\\w’'-]+\\s+(?:in|of|on)\\s+(?:the\\s+)?[^,;.]{2,40})(?=,)`);
/** "Aditya-L1, India's first space-based mission to study the Sun, …": the owner says of what.
 *  ("the Dhola-Sadia Bridge, the country's longest river bridge, …": the story's country too.) */
// ("launched the Bharat Forecast System (BFS) on Monday, the world’s highest-resolution numerical
// weather prediction model with a spatial resolution of 6 kilometers.": its short form first, a
// superlative joined to its measure, the sentence's end or a "with" closing it.)
const AFTER_OWNED = new RegExp(`^(?:\\s*\\(\\p{Lu}[\\p{Lu}\\d-]{1,9}\\))?${WHEN_ASIDE},\\s+(?<what>(?:\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,3}|the\\s+(?:country|nation|world|state))[’']s\\s+${RANK}(?:-[a-z]+)?\\s+(?:[\\w’'-]+\\s+){0,9}?[\\w’'-]+)(?=,|\\s+(?:with|which|that)\\s|\\.?$)`, 'u');

/** "India's highest civilian award", "the country's third-highest civilian honour". */
const HONOUR_KIND = /\b(?:honou?rs?|awards?|decorations?|prizes?)$/;

/** "D. Gukesh became the youngest world chess champion ever after …", "He is the youngest world
 *  chess champion", "became the busiest port in South Asia": a record someone or something
 *  became or holds now, said as the clause's predicate (the words after it only say how; not
 *  "the oldest woman to scale Everest", which the ordinal pattern asks whole). ("Kasparov was
 *  the youngest …" held it once.) */
/** Where a record holds, said after it ("the busiest port in South Asia"); a city after it says
 *  where it was set ("the youngest champion in Singapore"). */
const SCOPE = '(?:India|(?:South|Southeast|South-East|East|West|Central|North|Northern|Southern|Western|Eastern)\\s+(?:Asia|Europe|Africa|America)|Asia|Europe|Africa|Latin America|North America|South America|the Indian Ocean region|the Asia-Pacific)';
const BECAME = new RegExp(
  `(?<subjEnd>)(?<verb>became|becomes|has become|have become|had become|is)\\s+the\\s+(?<what>(?:youngest|oldest|fastest|most\\s+(?:successful|decorated|capped|prolific)|${SUPERLATIVE})\\s+(?:(?!to\\s)[a-zA-Z][\\w’'-]*\\s+){0,4}?(?!to\\s)[a-z][\\w’'-]*(?:\\s+(?:ever|in history|in the (?:world|country)|in\\s+${SCOPE}|in\\s+(?:[A-Z][\\w-]*\\s+){1,3}history))?)(?=\\s+(?:after|by|when|with|at|on|as|in)\\b|\\s*[,.;]|$)`,
  'dg',
);

/** "The EU, as a bloc, is India's largest trading partner in goods", "The Atal Rohtang Tunnel is the
 *  world's longest highway tunnel": a record of an owner's,
 *  said as the predicate (an aside saying in what capacity may stand before the verb). */
const BECAME_OWNED = new RegExp(
  `(?<subjEnd>)(?:,\\s+as\\s+an?\\s+[a-z]+,)?\\s+(?<verb>became|becomes|has become|have become|is|remains)\\s+(?<what>(?:\\p{Lu}[\\p{L}.-]*(?:\\s\\p{Lu}[\\p{L}.-]*){0,3}|the\\s+world)[’']s\\s+${SUPERLATIVE}\\s+(?:[a-z][\\w’'-]*\\s+){0,4}?[a-z][\\w’'-]*)(?=\\s+(?:after|by|when|with|at|on|as|since)\\b|\\s*[,.;]|$)`,
  'dgu',
);

const find: FindDrafts<'superlative'> = (s, ctx) => {
  const drafts: FactDraft<'superlative'>[] = [];
  if (!HINT.test(s.text) && !/\b(?:youngest|oldest|fastest|most\s+(?:successful|decorated|capped|prolific))\b/.test(s.text)) return drafts;
  for (const m of [...s.text.matchAll(BECAME), ...(HINT.test(s.text) ? s.text.matchAll(BECAME_OWNED) : [])]) {
    const at = m.indices!.groups!.subjEnd![0];
    const subject = subjectEndingAt(s, at, ['person', 'place', 'organisation', 'term']) ?? (/^(?:He|She)\s+$/.test(s.text.slice(0, at)) ? pronounPerson(ctx, s, 0) : null);
    const what = m.groups!.what.trim();
    const verb = m.groups!.verb === 'is' || m.groups!.verb === 'remains' ? 'is' : 'became';
    // ("India's largest trading partner": the owner stands for the article.)
    const record = /^(?:\p{Lu}|the\s)/u.test(what) ? what : `the ${what}`;
    // (Two words at least: "the youngest ever" names no record.)
    if (!subject || wordCount(what) < 3 || hasDanglingReference(what)) continue;
    // ("… after the Iranian became the most successful foreigner": a people's name for a person
    // the sentence named before, never their country.)
    if (countryOfDemonym(subject.text) && /\bthe\s+$/i.test(s.text.slice(Math.max(0, subject.start - 4), subject.start))) continue;
    if (countrysPlaceInWorld(what, subject)) continue;
    drafts.push({
      pattern: 'superlative',
      question: `${subject.cls === 'person' ? 'Who' : 'Which'} ${verb} ${record}?`,
      answer: subject.canonical,
      answerText: subject.text,
      answerStart: subject.start,
      answerType: answerTypeOf(subject),
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [subject.canonical],
      statement: `${subject.canonical} ${verb} ${record}.`,
    });
  }
  if (!HINT.test(s.text)) return drafts;
  for (const e of s.entities) {
    if (e.cls !== 'place' && e.cls !== 'organisation' && e.cls !== 'term' && e.cls !== 'person') continue;
    const m = AFTER.exec(s.text.slice(e.end)) ?? AFTER_OWNED.exec(s.text.slice(e.end));
    // ("Bharat Ratna, India's highest civilian award": an honour's standing is no news of the
    // story's, and its name reads badly described: "How many India's highest civilian award …".)
    if (!m || HONOUR_KIND.test(m.groups!.what)) continue;
    // ("the country's longest river bridge" → "India's …": the story's own country, named; with
    // none, a card read alone could not say which.)
    const home = /^the\s+(?:country|nation)['’]s\s/.test(m.groups!.what) ? homeCountryName(ctx) : undefined;
    if (countrysPlaceInWorld(m.groups!.what, e)) continue;
    if (home === null) continue;
    const what = home ? m.groups!.what.trim().replace(/^the\s+(?:country|nation)(?=['’]s\s)/, home) : m.groups!.what.trim();
    if (wordCount(what) > 14 || hasDanglingReference(what)) continue;
    drafts.push({
      pattern: 'superlative',
      question: `${e.cls === 'person' ? 'Who' : 'Which'} is ${what}?`,
      answer: e.canonical,
      answerText: e.text,
      answerStart: e.start,
      answerType: answerTypeOf(e),
      sentenceIndex: s.index,
      confidence: 0.85,
      about: [e.canonical],
      statement: `${e.canonical} is ${what}.`,
    });
  }
  return drafts;
};

/** "India is the world's third-largest greenhouse gas emitter", "India, the world's …, ranked …":
 *  a country's place in the world, told beside its news, is background; a thing's, "the world's
 *  longest highway tunnel", is asked. */
function countrysPlaceInWorld(what: string, e: Entity): boolean {
  return /^the\s+world['’]s\s/.test(what) && answerTypeOf(e) === 'country';
}

export default definePattern({
  id: 'superlative',
  describe: 'Which is the largest, oldest, first … of somewhere, named in apposition, or became the youngest …',
  find,
});
