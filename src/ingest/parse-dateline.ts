/**
 * Datelines: the line under a headline ("November 02, 2013 04:44 pm | Updated 10:56 pm IST - MOSCOW",
 * "NEW DELHI, November 2, 2013", "Friday, August 21, 2015") and the place prefix on a first
 * paragraph ("MOSCOW: …", "NEW DELHI, Nov 2 (Reuters) - …", "Evansville, Indiana - …").
 */
import { findDate } from './parse-date.js';
import { normalizeSpace, titleCasePlace, wordCount } from './text-shape.js';
import { cityNamed, countryNamed, isCommonWord, regionNamed } from '../lexicon/index.js';

export interface Dateline {
  date: string | null;
  place: string | null;
  /** "Bhopal (Madhya Pradesh): …": the state the town's brackets name. */
  state?: string;
}

const WEEKDAY_RE = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi;
const TIME_RE = /\b\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?(?![\w])|\b\d{1,2}\s*[ap]\.?m\.?(?![\w])/gi;
const ZONE_RE =
  /\b(?:IST|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|EET|EEST|BST|JST|KST|MSK|AEST|AEDT|HKT|SGT|PKT|NZST|NZDT)\b(?:\s*[+-]\d{1,2}(?::?\d{2})?)?/g;
const STAMP_WORD_RE =
  /\b(?:last\s+updated|first\s+published|updated|published|posted|modified|dateline|on|at)\b\s*:?/gi;
const STAMP_KEYWORD_RE = /\b(?:updated|published|posted|modified)\b/i;
/** Spaced dashes separate segments; a hyphen inside a name ("Port-au-Prince") does not. */
const SPACED_DASH_RE = /(?:^|\s)[-–—]+(?=\s|$)/g;
const SEGMENT_SPLIT_RE = /[|•·,:;/()[\]]/;

/** Words that make a dateline segment a byline or an agency, not a place. */
const BYLINE_WORDS = new Set([
  'by', 'staff', 'reporter', 'reporters', 'correspondent', 'special', 'our', 'bureau', 'desk', 'news',
  'service', 'agency', 'agencies', 'pti', 'ians', 'ani', 'reuters', 'ap', 'afp', 'upi', 'press', 'trust',
  'of', 'india', 'associated', 'the', 'editor', 'online', 'web', 'team', 'wire', 'writer', 'wires',
  'express', 'news', 'network', 'dpa', 'xinhua', 'tass', 'efe', 'bloomberg', 'and', 'with', 'inputs',
  'from',
]);

function isBylineSegment(segment: string): boolean {
  if (/^by\s/i.test(segment)) return true;
  const words = segment.toLowerCase().split(/\s+/);
  return words.every((w) => BYLINE_WORDS.has(w.replace(/[^a-z]/g, '')));
}

/** 1–4 capitalised words ("MOSCOW", "New Delhi", "Washington D.C."). */
function isPlaceSegment(segment: string): boolean {
  const words = segment.split(/\s+/);
  return words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w));
}

/**
 * If `line` is a dateline (a date and/or update stamp, optionally a place or byline, and
 * hardly any other words), its date and place; otherwise null.
 */
export function parseDatelineLine(raw: string): Dateline | null {
  const line = normalizeSpace(raw);
  if (line === '' || line.length > 160 || wordCount(line) > 20) return null;
  const found = findDate(line);
  const hasStamp = STAMP_KEYWORD_RE.test(line) && (found !== null || TIME_RE.test(line));
  TIME_RE.lastIndex = 0;
  if (!found && !hasStamp) return null;

  let rest = found ? `${line.slice(0, found.index)} | ${line.slice(found.index + found.length)}` : line;
  rest = rest.replace(SPACED_DASH_RE, ' | ').replace(TIME_RE, ' | ').replace(ZONE_RE, ' ').replace(WEEKDAY_RE, ' ').replace(STAMP_WORD_RE, ' | ');

  let place: string | null = null;
  let otherWords = 0;
  for (const segment of rest.split(SEGMENT_SPLIT_RE)) {
    const s = segment.trim();
    if (s === '' || !/\p{L}/u.test(s)) continue;
    if (isBylineSegment(s)) continue;
    if (isPlaceSegment(s)) place ??= titleCasePlace(s);
    else otherWords += wordCount(s);
  }
  // A sentence that merely mentions a date has many other words; a dateline has almost none.
  if (otherWords > 2) return null;
  return { date: found?.iso ?? null, place };
}

const MONTH_DAY = String.raw`(?:[A-Z][a-z]{2,8}(?:\.\s*|\s+)\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?)`;
const AGENCY = String.raw`(?:\s*\((?<agency>[^()]{1,40})\))?`;
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*)*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?`;
const MIXED_PLACE = String.raw`\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*){0,3}`;
const START_OF_TEXT = String.raw`(?=[\p{Lu}\p{N}"“‘'])`;
/** "Tokyo [Japan], August 30 (ANI): …": the country in brackets after a foreign place, as Indian wires write it. */
// ("Luanda (Angola), Nov 9: …": or in round brackets; "Thiruvananthapuram (Kerala) [India], May 3
// (ANI): …": the state in round brackets, then the country.)
const BRACKET_COUNTRY = String.raw`(?:\s*\(\p{Lu}[\p{L} .]{1,30}\)(?=\s*[,[]))?(?:\s*\[\p{Lu}[\p{L} .]{1,30}\])?`;

/** "MOSCOW: …", "NEW DELHI, Nov 2 (Reuters) - …", "WASHINGTON (AP) — …" */
const CAPS_DATELINE_RE = new RegExp(
  // ("NEW DELHI :India has improved …": a colon glued to the text after a place in capitals.)
  String.raw`^(${CAPS_PLACE})${BRACKET_COUNTRY}(?:,\s*(${MONTH_DAY}))?${AGENCY}(?:\s*(?::|[-–—]+)\s+|\s*:(?=\p{Lu}))${START_OF_TEXT}`,
  'u',
);
/** "Evansville, Indiana, United States - …" (mixed case needs a spaced dash to be safe). */
const MIXED_DATELINE_RE = new RegExp(
  String.raw`^(${MIXED_PLACE})(?:,\s*(${MONTH_DAY}))?${AGENCY}\s+[-–—]+\s+${START_OF_TEXT}`,
  'u',
);

/** "Sriharikota: India on Thursday …" (mixed case with a colon: a place of up to three words,
 *  never a label such as "Note:" or "Also Read:"), with a day and an agency perhaps: "New Delhi,
 *  March 10 (IANS): …". */
// ("New Delhi [India] August 5 (ANI): …": the day after the bracketed country, without a comma.)
// ("Rio de Janeiro [Brazil], July 7 (ANI): …": a particle inside the town's name.)
const MIXED_COLON_DATELINE_RE = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?:(?:[ -]|\s(?:de|da|del|do|dos|des|du|la|le|al|el)\s)\p{Lu}\p{Ll}+){0,2})${BRACKET_COUNTRY}(?:(?:,\s*|(?<=\])\s+)(${MONTH_DAY}))?${AGENCY}\s?:\s+${START_OF_TEXT}`, 'u');
/** "Sydney: fast and fluent Lakshya Sen …": a known town, its colon, then the story in lower case. */
const LOWER_AFTER_COLON_DATELINE_RE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}):\s+(?=\p{Ll})/u;
/** "Gangtok:The Sikkim Krantikari Morcha …": a known town glued to its text by the colon. */
const GLUED_COLON_DATELINE_RE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}):(?=\p{Lu}\p{Ll})/u;
/** "New Delhi, Jul 27 (PTI) Lok Sabha passed …", "NEW DELHI, May 13 (PTI) The …": wire copy with no
 *  mark after the agency. The day and the bracketed agency together make it a dateline. */
// ("Kishtwar, Aug 19, KNT: The death toll …": the agency after a comma and before a colon.)
// ("Ostrava (Czech Republic), June 24 (IANS) Two-time …": the country in brackets after the town.)
const AGENCY_DATELINE_RE = new RegExp(
  String.raw`^(${MIXED_PLACE}|${CAPS_PLACE})${BRACKET_COUNTRY},\s*(${MONTH_DAY})\s*(?:\((?:\p{Lu}[\p{L}.]{1,15})(?:[ /&]\p{Lu}[\p{L}.]*){0,2}\)|,\s*\p{Lu}{2,6}\s*:)\s+${START_OF_TEXT}`,
  'u',
);
const LABEL_WORDS = /^(?:note|update|updated|breaking|also|read|watch|see|photo|video|editor|disclaimer|summary|context|background|why|what|how|who|when|where|example|question|answer|source|sources|credit|image|caption|warning|tip|quote|highlights?|key|takeaways?|live|exclusive|opinion|analysis|explained|correction|clarification|q|a)$/i;

export interface LeadingDateline extends Dateline {
  /** The paragraph without its dateline prefix. */
  text: string;
}

/**
 * Strips a dateline prefix from a first paragraph. `year` resolves a day-and-month-only date.
 * Returns null when the paragraph does not start with one.
 */
/** "NEW DELHI/GUWAHATI:": more filing places after slashes, read as if only the first were there. */
// ("Ahmedabad/New Delhi: …", "NEW DELHI/MUMBAI: …", "New Delhi/Patna/Ranchi: …".)
const SECOND_PLACE = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})(?:\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}){1,4}(?=[:,])/u;

export function stripLeadingDateline(given: string, year?: number): LeadingDateline | null {
  const found = stripDatelineOnce(given, year);
  // ("Chitradurga, Karnataka - March 22nd: The …": a place, then the day after a dash.)
  // (Stripped whether or not the article's year is known; dated only where it is.)
  const day = found && found.place ? DAY_ONLY_DATELINE_RE.exec(found.text) : null;
  const valid = day ? findDate(day[1], year ?? 2000) : null;
  const when = day && year !== undefined ? findDate(day[1], year) : null;
  return found && day && valid && wordCount(found.text.slice(day[0].length)) >= 3 ? { ...found, text: found.text.slice(day[0].length).trim(), date: found.date ?? when?.iso ?? null } : found;
}

function stripDatelineOnce(given: string, year?: number): LeadingDateline | null {
  const slash = SECOND_PLACE.exec(given);
  const paragraph = slash ? slash[1] + given.slice(slash[0].length) : given;
  const glued = GLUED_COLON_DATELINE_RE.exec(paragraph) ?? LOWER_AFTER_COLON_DATELINE_RE.exec(paragraph);
  const colon = MIXED_COLON_DATELINE_RE.exec(paragraph) ?? (glued && cityNamed(glued[1]) ? glued : null);
  const m = CAPS_DATELINE_RE.exec(paragraph) ?? MIXED_DATELINE_RE.exec(paragraph) ?? AGENCY_DATELINE_RE.exec(paragraph) ?? (colon && !colon[1].split(/[ -]/).some((w) => LABEL_WORDS.test(w)) ? colon : null);
  if (!m) return placeAndCountry(paragraph) ?? pipedPlace(paragraph) ?? dashedPlace(paragraph) ?? cityAndDay(paragraph, year) ?? deskPath(paragraph) ?? bureau(paragraph) ?? bareDateline(paragraph, year);
  const placePart = m[1];
  if (wordCount(placePart) > 6) return null;
  const text = paragraph.slice(m[0].length).trim();
  if (wordCount(text) < 3) return null;
  const place = titleCasePlace(placePart.split(',')[0].trim());
  const date = m[2] ? (findDate(m[2], year)?.iso ?? null) : null;
  // ("Bhopal (Madhya Pradesh): …": PTI's state in brackets after the town, read where an agency
  // would stand.)
  const region = m.groups?.agency ? regionNamed(m.groups.agency.trim()) : null;
  return region?.kind === 'state' ? { text, place, date, state: region.name } : { text, place, date };
}

/** "Hanoi, Vietnam: India today signed …": a town and its country or state, then a colon. */
const PLACE_AND_COUNTRY_RE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}),\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s?:\s+(?=[\p{Lu}\p{N}"“‘'])/u;

/** "Bengaluru | Indian Space Research Organisation (ISRO) on Tuesday said …": a known town and a bar. */
const PIPED_PLACE_RE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) ?\| (?=\p{Lu})/u;

function pipedPlace(paragraph: string): LeadingDateline | null {
  const m = PIPED_PLACE_RE.exec(paragraph);
  if (!m || !cityNamed(m[1])) return null;
  const text = paragraph.slice(m[0].length).trim();
  return wordCount(text) < 3 ? null : { text, place: m[1], date: null };
}

/** "Kolkata- Cyclone Amphan has made landfall …": a known town with its dash glued on. */
const DASHED_PLACE_RE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)[-–—] (?=\p{Lu})/u;

function dashedPlace(paragraph: string): LeadingDateline | null {
  const m = DASHED_PLACE_RE.exec(paragraph);
  if (!m || !cityNamed(m[1])) return null;
  const text = paragraph.slice(m[0].length).trim();
  return wordCount(text) < 3 ? null : { text, place: m[1], date: null };
}

/** "Mumbai, April 29 Maharashtra Cabinet, chaired by …": a known town and its day, no mark after. */
const CITY_DAY_RE = new RegExp(String.raw`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?),\s*(${MONTH_DAY})\s+(?=\p{Lu})`, 'u');

function cityAndDay(paragraph: string, year?: number): LeadingDateline | null {
  const m = CITY_DAY_RE.exec(paragraph);
  if (!m || !cityNamed(m[1])) return null;
  const text = paragraph.slice(m[0].length).trim();
  return wordCount(text) < 3 ? null : { text, place: m[1], date: findDate(m[2], year)?.iso ?? null };
}

/** "TIL Desk/National/Sriharikota(AP)/ India successfully …": a news desk's path to the story,
 *  its last step the place it was filed from. */
const DESK_PATH_RE = /^\p{Lu}[\p{L} ]{0,20}\bDesk\/(?:\p{Lu}[\p{L} ]{0,20}\/){0,3}(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:\s?\(\p{Lu}{1,5}\))?\/\s*(?=\p{Lu})/u;

function deskPath(paragraph: string): LeadingDateline | null {
  const m = DESK_PATH_RE.exec(paragraph);
  if (!m) return null;
  const text = paragraph.slice(m[0].length).trim();
  return wordCount(text) < 3 ? null : { text, place: m[1], date: null };
}

/** "TNI Bureau: Mukhi, the first cheetah …", "Express News Service: …": the outlet's desk that
 *  filed the story, no place and no part of it. */
const BUREAU_RE = /^(?:\p{Lu}[\p{L}&]*\s+){1,3}(?:Bureau|Desk|News Service|Web Team|News Network)\s?:\s+(?=[\p{Lu}\p{N}"“‘'])/u;

function bureau(paragraph: string): LeadingDateline | null {
  const m = BUREAU_RE.exec(paragraph);
  if (!m) return null;
  const text = paragraph.slice(m[0].length).trim();
  return wordCount(text) < 3 ? null : { text, place: null, date: null };
}

function placeAndCountry(paragraph: string): LeadingDateline | null {
  const m = PLACE_AND_COUNTRY_RE.exec(paragraph);
  if (!m || !(countryNamed(m[2]) ?? regionNamed(m[2])) || LABEL_WORDS.test(m[1])) return null;
  const text = paragraph.slice(m[0].length).trim();
  return wordCount(text) < 3 ? null : { text, place: m[1], date: null };
}

/** "Newdelhi:16/5/23:Safety …": a place and a day in figures, each closed by a colon. */
const NUMERIC_DAY_DATELINE_RE = /^(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\s*:\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*:\s*(?=\p{Lu})/u;
/** "New Delhi, July 14 The Centre on Monday cleared …", "New Delhi, Feb 20 Setting aside …": a
 *  place and a day with no mark after it, a capitalised word opening the story (a month's day is
 *  never followed by one in a sentence). */
const BARE_DAY_DATELINE_RE = new RegExp(String.raw`^(${MIXED_PLACE}|${CAPS_PLACE}),\s*(${MONTH_DAY})\s+(?=(?:The|A|An|In|On|At|As|After|Amid|Ahead|With|While|During|Following|According|Speaking|Addressing|India|Prime|President|Union|Chief|\p{Lu}\p{Ll}+ing)\b)`, 'u');
/** "New Delhi, Seeking to strengthen …": a city and a comma before a sentence's own first word. */
const CITY_COMMA_RE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}),\s+(\p{Lu}\p{Ll}+)\b/u;

/** Datelines with no day and no agency that the forms above miss: only a known city before a
 *  word that opens a sentence (an everyday word or a participle, never a name: "Mumbai, Pune and
 *  Delhi …" is no dateline), or a day written in figures between colons. */
/** "March 22nd: The Indian Space Research Organisation …": a day alone and a colon, no place. */
const DAY_ONLY_DATELINE_RE = new RegExp(String.raw`^(${MONTH_DAY})\s*:\s+(?=\p{Lu})`, 'u');

function bareDateline(paragraph: string, year?: number): LeadingDateline | null {
  const dayOnly = DAY_ONLY_DATELINE_RE.exec(paragraph);
  if (dayOnly && findDate(dayOnly[1], year ?? 2000) && wordCount(paragraph.slice(dayOnly[0].length)) >= 3) return { text: paragraph.slice(dayOnly[0].length).trim(), place: null, date: year === undefined ? null : (findDate(dayOnly[1], year)?.iso ?? null) };
  const day = BARE_DAY_DATELINE_RE.exec(paragraph);
  if (day && !/\d{4}$/.test(day[2]) && wordCount(day[1]) <= 4) {
    return { text: paragraph.slice(day[0].length).trim(), place: titleCasePlace(day[1].split(',')[0].trim()), date: findDate(day[2], year)?.iso ?? null };
  }
  const numeric = NUMERIC_DAY_DATELINE_RE.exec(paragraph);
  if (numeric) {
    const [, place, day, month, yy] = numeric;
    const year = yy.length === 2 ? 2000 + Number(yy) : Number(yy);
    const date = Number(month) <= 12 && Number(day) <= 31 ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : null;
    return { text: paragraph.slice(numeric[0].length).trim(), place: titleCasePlace(place), date };
  }
  const city = CITY_COMMA_RE.exec(paragraph);
  if (!city || !cityNamed(city[1]) || cityNamed(city[2]) || /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*$/.test(city[2])) return null;
  if (!isCommonWord(city[2].toLowerCase()) && !/ing$/.test(city[2])) return null;
  const text = paragraph.slice(city[0].length - city[2].length).trim();
  return wordCount(text) < 3 ? null : { text, place: city[1], date: null };
}
