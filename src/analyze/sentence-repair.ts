/**
 * Fix wink's sentence boundaries: no split after an abbreviation or initial that cannot end a
 * sentence, a closing quote after the full stop stays with its sentence, and a "sentence" that
 * starts in lower case continues the previous one ('"Really?" she asked.').
 */
import type { RawToken } from './nlp.js';
import { CALENDAR_ALTERNATION } from '../util/calendar.js';

/** Abbreviations that are always followed by more of the same sentence. */
const NEVER_FINAL = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'maj', 'adm', 'cmdr',
    'sen', 'rep', 'gov', 'pres', 'rev', 'hon', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'jan', 'feb',
    'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'approx',
    'est', 'fig', 'vol', 'pp', 'ch', 'art', 'sec', 'dept', 'univ', 'messrs', 'jr', 'sr',
  ],
);
const CLOSERS = new Set(['”', '’', ')', ']', '»']);
const AMBIGUOUS_QUOTES = new Set(['"', "'"]);
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const INITIAL = /^\p{Lu}\.$/u;

export function repairSentences(tokens: readonly RawToken[], spans: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const cur: [number, number] = [span[0], span[1]];
    const prev = out[out.length - 1];
    if (prev) {
      // Closing quotes and brackets at the start belong to the sentence before.
      while (cur[0] <= cur[1] && isCloser(tokens, prev, tokens[cur[0]].text)) {
        prev[1] = cur[0];
        cur[0]++;
      }
      if (cur[0] > cur[1]) continue;
      if (continuesSentence(tokens, prev, cur)) {
        prev[1] = cur[1];
        continue;
      }
    }
    out.push(cur);
  }
  return out;
}

function isCloser(tokens: readonly RawToken[], prev: [number, number], text: string): boolean {
  if (CLOSERS.has(text)) return true;
  if (!AMBIGUOUS_QUOTES.has(text)) return false;
  let count = 0;
  for (let i = prev[0]; i <= prev[1]; i++) if (tokens[i].text === text) count++;
  return count % 2 === 1;
}

function continuesSentence(tokens: readonly RawToken[], prev: [number, number], cur: [number, number]): boolean {
  const last = tokens[prev[1]];
  const next = tokens[cur[0]];
  const lastWord = last.text === '.' && prev[1] > prev[0] ? tokens[prev[1] - 1] : last;
  const bare = lastWord.text.replace(/\.$/, '').toLowerCase();
  const endsWithDot = last.text.endsWith('.');
  if (endsWithDot && NEVER_FINAL.has(bare)) return true;
  // "News.Az reports", "Amazon.in said": a full stop with no space after it is inside a name.
  if (endsWithDot && next.start === last.end && /^\p{L}/u.test(next.text)) return true;
  // "Delhi's PM2.5 pollution": a full stop between digits, no space either side, is a decimal point.
  // ("just .7 behind Wang": so is one glued to the digits after it, with no nought before.)
  if (last.text === '.' && next.start === last.end && /^\d/.test(next.text)) return true;
  // "J. K. Rowling": an initial followed by another name part.
  // ("Project 15B. INS Visakhapatnam …": a letter glued to a number is no initial.)
  const gluedToNumber = prev[1] > prev[0] && tokens[prev[1] - 1].end === last.start && /\d$/.test(tokens[prev[1] - 1].text);
  if (INITIAL.test(last.text) && !gluedToNumber && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)) return true;
  // "the U.S. missile system": an acronym then lower case is not a sentence end.
  if (DOTTED_ACRONYM.test(last.text) && /^[\p{Ll}\d]/u.test(next.text)) return true;
  return /^\p{Ll}/u.test(next.text);
}

/**
 * Split where wink missed a boundary after an abbreviation: "in Washington D.C. The team …",
 * "at 5 p.m. Officials said …", "a throw of 86.67 m. The two other …" (wink keeps "m." whole).
 * The next word must be capitalised and not a name.
 */
export function splitAfterAbbreviations(tokens: readonly RawToken[], spans: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    let start = a;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      const next = tokens[i + 1];
      const unit = i > a && isUnitAfterNumber(t, tokens[i - 1]);
      // ("a newer IE. Its goal …": wink keeps an acronym's full stop on it too.)
      const abbreviation = /^(?:\p{L}\.){2,}$/u.test(t.text) || /^\p{Lu}{2,6}\.$/u.test(t.text) || unit;
      // ("under Project 15B. Last year, …": wink reads "B." after "15" as an initial; glued to a
      // number it is none, and a capital after it opens a sentence.)
      const numberLetter = i > a && /^\p{Lu}\.$/u.test(t.text) && tokens[i - 1].end === t.start && /\d$/.test(tokens[i - 1].text);
      if ((!abbreviation && !numberLetter) || next.start === t.end || !/^\p{Lu}/u.test(next.text)) continue;
      if (numberLetter) {
        out.push([start, i]);
        start = i + 1;
        continue;
      }
      const lowerAbbrev = t.text === t.text.toLowerCase();
      // ("85.29m. South Africa's Douw Smit …": after a unit a name opens the next sentence too;
      // "5 p.m. Sunday" may run on.)
      // ("The 400 m. Olympic final": a measure after a determiner names the event.)
      // ("in the 400m. Gulveer Singh also won …": a name of two capitalised words after it opens the
      // next sentence, determiner or not.)
      const after = tokens[i + 2];
      const measureEnds = unit && (i < a + 2 || tokens[i - 2].pos !== 'DET' || (next.pos === 'PROPN' && !!after && /^\p{Lu}/u.test(after.text) && after.pos === 'PROPN'));
      // ("till 9 p.m. Gusty winds uprooted …": a capitalised word with a lower-case one after it,
      // no day nor month, opens the next sentence though the tagger took it for a name.)
      const opensClause = lowerAbbrev && !unit && next.pos === 'PROPN' && !!after && /^\p{Ll}/u.test(after.text) && after.start > next.end && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !DAY_OR_MONTH.test(next.text);
      if (FUNCTION_POS.has(next.pos) || (lowerAbbrev && next.pos !== 'PROPN') || measureEnds || opensClause) {
        out.push([start, i]);
        start = i + 1;
      }
    }
    out.push([start, b]);
  }
  return out;
}

/** "86.67 m.", "40 kg.": a short lower-case unit with its full stop, right after a number. */
function isUnitAfterNumber(t: RawToken, before: RawToken): boolean {
  return /^\p{Ll}{1,3}\.$/u.test(t.text) && before.pos === 'NUM' && !NEVER_FINAL.has(t.text.slice(0, -1));
}

const DAY_OR_MONTH = new RegExp(`^${CALENDAR_ALTERNATION}$`);
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADP', 'SCONJ', 'CCONJ', 'ADV', 'AUX']);
