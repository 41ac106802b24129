/**
 * wink's numeric and date entities as our entity drafts: numbers and ordinals with values,
 * money, percent, and dates resolved against the article date. Adjacent date pieces are merged
 * ("April" + "this year") and a leading "early/late/mid" is kept with the date it modifies.
 */
import { isGluedLabel } from './proper-runs.js';
import type { EntityClass } from '../types.js';
import type { RawEntity, RawToken } from './nlp.js';
import { numberValue, ordinalValue } from './number-words.js';
import { resolveDate, type DayDate } from './date-resolve.js';

export interface TokenEntity {
  first: number;
  last: number;
  cls: EntityClass;
  value?: number;
  resolved?: string;
}

const CLASS_OF: Record<string, EntityClass> = {
  CARDINAL: 'number', ORDINAL: 'ordinal', MONEY: 'money', PERCENT: 'percent', DATE: 'date', DURATION: 'number',
};
const MONTH_WORD = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
const INDIAN_UNIT = /^(?:lakhs?|crores?)$/i;
const GLUED_UNIT = /^(?:m|km|cm|mm|kg|g|s|ft|kmph|km\/h|mph|MW|GW|kW|bn|mn|cr)$/;
/** Spans of time a hyphen joins to a number ("a 15-day notice", "a 21-day lockdown"). */
/** What a win's margin is counted in. */
const MARGIN_UNIT = /^(?:runs|wickets|goals|points|strokes|votes)$/i;
const HYPHEN_TIME_UNIT = /^(?:hour|day|week|month|year)$/i;
const CURRENCY_WORD = /^(?:Rs\.?|INR|USD|US\$|Rupees?)$/;
/** Countries whose dollar a code before "$" names: "NZ $ 26 million", "A$ 3 billion". */
const DOLLAR_COUNTRY = /^(?:US|NZ|A|AU|C|CA|HK|S|NT)$/;
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const DATE_MODIFIERS = new Set(['early', 'late', 'mid', 'mid-', 'earlier', 'later']);
const CLAUSE_BREAK = /^[,;:()“”"]$/;
/** How far back a future cue ("will be held in …") may stand from its date. */
const CONTEXT_TOKENS = 8;

export function numericEntities(
  text: string, tokens: readonly RawToken[], raw: readonly RawEntity[], sFirst: number, sLast: number, ref: DayDate | null,
): TokenEntity[] {
  const inSentence = raw.filter((e) => e.first >= sFirst && e.last <= sLast && CLASS_OF[e.type]);
  const merged = mergeDates(text, tokens, inSentence);
  const out: TokenEntity[] = [];
  let covered = -1;
  for (let e of merged) {
    let first = e.first;
    // (The "’18" of a "2017-’18" the year before took in.)
    if (first <= covered) continue;
    // "Article 19(1)(a)": a clause label glued on in brackets counts nothing.
    if (first === e.last && first - 2 >= sFirst && isGluedLabel(tokens, first - 2)) continue;
    // "PM2.5": a code joined from its pieces (token-repair.ts) is a name, not the number in it.
    if (first === e.last && /^\p{Lu}+\d/u.test(tokens[first].text)) continue;
    // "until 2026", "by 2030": wink puts the preposition in a duration; the year alone is the date.
    const lead = tokens[first];
    // ("Since 2007 the programme has …": a sentence's first "Since" is tagged a conjunction.)
    const year = e.type === 'DURATION' && first + 1 === e.last && (lead.pos === 'ADP' || /^(?:since|until|till|by)$/i.test(lead.text)) && /^(?:1[89]|20)\d\d$/.test(tokens[e.last].text);
    if (year) first++;
    // wink calls "from November 20 to December 11" a duration: a span of dates is still a date.
    const cls = year || (e.type === 'DURATION' && MONTH_WORD.test(text.slice(tokens[first].start, tokens[e.last].end))) ? 'date' : CLASS_OF[e.type];
    const surface = () => text.slice(tokens[first].start, tokens[e.last].end);
    if (cls === 'date') {
      // "since February 2023", "by March 6": the preposition is no part of the date.
      if (first < e.last && /^(?:since|until|till|by|before|after)$/i.test(tokens[first].text)) first++;
      // ("From the beginning of September 2024", "by the end of March": the part of the month is
      // the sentence's words around it; the date is the month.)
      if (first + 2 <= e.last && /^(?:beginning|start|end|middle|close)$/i.test(tokens[first].text) && tokens[first + 1].text.toLowerCase() === 'of') first += 2;
      // "Pradhan Mantri Jan Dhan Yojana": a month's short form alone between capitalised words is
      // part of a name, not a date.
      if (first === e.last && MONTH_ABBREVIATION.test(tokens[first].text) && isNamePart(tokens, first, first, sFirst, sLast)) continue;
      if (first - 1 >= sFirst && DATE_MODIFIERS.has(tokens[first - 1].text.toLowerCase())) first--;
      // ("introduced in 2017-’18": a financial year written with an apostrophe is one date; a
      // blank of its "18" would split it.)
      const span = Math.max(fiscalYearEnd(tokens, e.last, sLast), dayRangeEnd(tokens, e.last, sLast));
      if (span > e.last) e = { ...e, last: (covered = span) };
      const resolved = resolveDate(surface(), ref, contextBefore(text, tokens, first, sFirst));
      out.push(resolved ? { first, last: e.last, cls, resolved } : { first, last: e.last, cls });
      continue;
    }
    // ("an additional return of Rs 62, 635 crores": a thousands comma typed with a space, a group
    // of three digits and a unit after it, is inside the figure; a blank of "Rs 62" would split it.)
    if (/^\d{1,3}$/.test(tokens[e.last].text) && e.last + 3 <= sLast && tokens[e.last + 1].text === ',' && /^\d{3}$/.test(tokens[e.last + 2].text) && /^(?:lakhs?|crores?|million|billion)$/i.test(tokens[e.last + 3].text)) e = { ...e, last: e.last + 2 };
    // "₹11.11 lakh crore", "30 lakh families": the Indian units belong to the number.
    let last = e.last;
    while (last + 1 <= sLast && INDIAN_UNIT.test(tokens[last + 1].text)) last++;
    // "a throw of 66.37m", "a 5km walk": a unit written onto the number is part of it.
    if (last === e.last && last + 1 <= sLast && tokens[last + 1].start === tokens[last].end && GLUED_UNIT.test(tokens[last + 1].text)) last++;
    // "a ₹30,000-crore package": the unit joined by a hyphen is the amount's too.
    // ("a Rs 100-lakh crore master plan": and a unit after the hyphened one.)
    if (last === e.last && last + 2 <= sLast && tokens[last + 1].text === '-' && INDIAN_UNIT.test(tokens[last + 2].text) && tokens[last + 1].start === tokens[last].end) {
      last += 2;
      while (last + 1 <= sLast && INDIAN_UNIT.test(tokens[last + 1].text)) last++;
    }
    // ("without a prior 15-day notice": so is a span of time; a blank of the bare number would
    // split the word.)
    if (last === e.last && last + 2 <= sLast && tokens[last + 1].text === '-' && HYPHEN_TIME_UNIT.test(tokens[last + 2].text) && tokens[last + 1].start === tokens[last].end && tokens[last + 2].start === tokens[last + 1].end) last += 2;
    // ("defeating South Africa by 7 runs", "won by six wickets": a margin's unit is the margin's; a
    // bare "7" is read in every other figure of a sheet.)
    if (last === e.last && last + 1 <= sLast && first - 1 >= sFirst && /^by$/i.test(tokens[first - 1].text) && MARGIN_UNIT.test(tokens[last + 1].text)) last++;
    if (last !== e.last) e = { ...e, last };
    // ("over half a dozen explosions": the "half" is the count's too.)
    if (first - 1 >= sFirst && /^half$/i.test(tokens[first - 1].text) && /^an?$/i.test(tokens[first].text)) first--;
    // "Rs 1.31 lakh crore": the currency word is part of the amount, never a name of its own.
    let money = cls === 'money';
    if (first - 1 >= sFirst && CURRENCY_WORD.test(tokens[first - 1].text)) {
      first--;
      money = true;
    }
    // ("fell to –0.58 per cent": a minus typed as a dash, against the figure and apart from the word
    // before, is the figure's sign; the tokens part it.)
    const signed = (cls === 'percent' || cls === 'number') && first - 1 >= sFirst && /^[–−]$/.test(tokens[first - 1].text) && tokens[first - 1].end === tokens[first].start && (first - 2 < sFirst || tokens[first - 2].end < tokens[first - 1].start) && /^\d/.test(tokens[first].text);
    if (signed) first--;
    const words = surface();
    // "FIRST Global Challenge", "Second World War": a capitalised number word inside a name.
    if ((cls === 'ordinal' || cls === 'number') && isNamePart(tokens, first, e.last, sFirst, sLast)) continue;
    // ("Earth Observation Satellite (EOS)-6": a number hyphened onto a name or its bracket is the
    // code's, no figure of its own.)
    if (cls === 'number' && /^[-–]/.test(tokens[first].text) && first - 1 >= sFirst && tokens[first - 1].end === tokens[first].start && /[)\p{L}]$/u.test(tokens[first - 1].text)) continue;
    const value = cls === 'ordinal' ? ordinalValue(words) : numberValue(words.replace(/(\d),\s(\d{3})\b/g, '$1,$2').replace(/^[–−]/, '-'));
    // "the third one": a lone "one" used as a pronoun is no number worth asking about.
    if (cls === 'number' && /^one$/i.test(words) && !isNounNext(tokens, e.last, sLast)) continue;
    if (value === null && !money) continue;
    const kind = money ? 'money' : cls;
    // ("NZ $ 26 million": the code says whose dollars; an amount without it is another currency.)
    if (money && tokens[first].text === '$' && first - 1 >= sFirst && DOLLAR_COUNTRY.test(tokens[first - 1].text)) first--;
    out.push(value === null ? { first, last: e.last, cls: kind } : { first, last: e.last, cls: kind, value });
  }
  return out;
}

/** "from October 18-21", "November 10-21": a month, then a span of its days glued by a dash. */
function dayRangeEnd(tokens: readonly RawToken[], last: number, sLast: number): number {
  if (!MONTH_WORD.test(tokens[last].text) || last + 1 > sLast) return last;
  const next = tokens[last + 1];
  if (/^\d{1,2}[-–]\d{1,2}$/.test(next.text)) return last + 1;
  if (last + 3 > sLast || !/^\d{1,2}$/.test(next.text)) return last;
  const [dash, day] = [tokens[last + 2], tokens[last + 3]];
  return /^[-–]$/.test(dash.text) && dash.start === next.end && day.start === dash.end && /^\d{1,2}$/.test(day.text) ? last + 3 : last;
}

/** "2017-’18": the last token of a year, a hyphen, an apostrophe and two digits, all glued. */
function fiscalYearEnd(tokens: readonly RawToken[], last: number, sLast: number): number {
  if (last + 3 > sLast || !/^(?:19|20)\d\d$/.test(tokens[last].text)) return last;
  const [dash, mark, digits] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  const glued = dash.start === tokens[last].end && mark.start === dash.end && digits.start === mark.end;
  return glued && /^[-–]$/.test(dash.text) && /^['’]$/.test(mark.text) && /^\d\d$/.test(digits.text) ? last + 3 : last;
}

/** Join date entities that touch or are separated by a comma ("Friday, July 21, 2017"; "April this year"). */
function mergeDates(text: string, tokens: readonly RawToken[], ents: RawEntity[]): RawEntity[] {
  const out: RawEntity[] = [];
  for (const e of ents) {
    const prev = out[out.length - 1];
    if (prev && prev.type === 'DATE' && e.type === 'DATE') {
      const gap = text.slice(tokens[prev.last].end, tokens[e.first].start);
      if (/^\s*,?\s*$/.test(gap)) {
        out[out.length - 1] = { ...prev, last: e.last };
        continue;
      }
    }
    out.push({ ...e });
  }
  return out;
}

/** The clause before a date, where "will", "scheduled" or "next" would tell it is ahead. */
function contextBefore(text: string, tokens: readonly RawToken[], first: number, sFirst: number): string {
  let k = first;
  while (k - 1 >= sFirst && first - k < CONTEXT_TOKENS && !CLAUSE_BREAK.test(tokens[k - 1].text)) k--;
  return k < first ? text.slice(tokens[k].start, tokens[first - 1].end) : '';
}

function isNamePart(tokens: readonly RawToken[], first: number, last: number, sFirst: number, sLast: number): boolean {
  if (first !== last || !/^\p{Lu}\p{L}+$/u.test(tokens[first].text)) return false;
  const next = last + 1 <= sLast ? tokens[last + 1] : null;
  const prev = first - 1 >= sFirst ? tokens[first - 1] : null;
  const nameNext = next !== null && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
  const namePrev = prev !== null && prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text) && first > sFirst + 1;
  return first > sFirst ? nameNext || namePrev : nameNext && tokens[first].text === tokens[first].text.toUpperCase();
}

function isNounNext(tokens: readonly RawToken[], last: number, sLast: number): boolean {
  if (last + 1 > sLast) return false;
  const next = tokens[last + 1];
  return next.pos === 'NOUN' || next.pos === 'PROPN' || next.text === 'of';
}
