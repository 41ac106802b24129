/**
 * Re-join tokens wink split inside dotted acronyms: after a hyphen it reads "Japan-U.S." as
 * "U" "." "S.", which also starts a false sentence. Works on offsets, so it is
 * independent of which acronym it is.
 */
import type { RawEntity, RawToken } from './nlp.js';

export interface RepairedTokens {
  tokens: RawToken[];
  /** Old token index → new token index. */
  map: number[];
  /** New tokens that are figures wink could not see as such ("Rs2.37" cut to "Rs" "2.37"). */
  figures: number[];
  /** New tokens that join a figure and the capitals glued to it ("3D", "5G"): no number's. */
  codes: number[];
}

const LETTER = /^\p{Lu}$/u;
const LETTER_DOT = /^(?:\p{Lu}\.)+$/u;
/** A rupee sign glued to the figure's first digits: "Rs2", "Rs27", "Rs.5", "Rs3647". */
const GLUED_CURRENCY = /^(Rs\.?|Re\.?|INR)(\d{1,9})$/;
/** Capitals ending in a digit: "PM2", "PM10". */
const CODE_WITH_DIGIT = /^\p{Lu}{1,5}\d+$/u;

export function joinDottedAcronyms(text: string, tokens: readonly RawToken[]): RepairedTokens {
  const out: RawToken[] = [];
  const map: number[] = [];
  const figures: number[] = [];
  const codes: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // A run of touching pieces that together spell "X.Y." (e.g. "U" "." "S.").
    if (LETTER.test(tokens[i].text) || LETTER_DOT.test(tokens[i].text)) {
      while (j + 1 < tokens.length && tokens[j + 1].start === tokens[j].end && /^(?:\.|(?:\p{Lu}\.?)+)$/u.test(tokens[j + 1].text)) j++;
    }
    const joined = text.slice(tokens[i].start, tokens[j].end);
    if (j > i && LETTER_DOT.test(joined)) {
      for (let k = i; k <= j; k++) map.push(out.length);
      out.push({ text: joined, pos: 'PROPN', start: tokens[i].start, end: tokens[j].end });
      i = j + 1;
      continue;
    }
    // "PM2" "." "5": a code with a decimal in it ("PM2.5"), the pieces touching.
    const [dot, tail] = [tokens[i + 1], tokens[i + 2]];
    if (CODE_WITH_DIGIT.test(tokens[i].text) && dot?.text === '.' && dot.start === tokens[i].end && tail?.start === dot.end && /^\d+$/.test(tail.text)) {
      map.push(out.length, out.length, out.length);
      out.push({ text: text.slice(tokens[i].start, tail.end), pos: 'PROPN', start: tokens[i].start, end: tail.end });
      i += 3;
      continue;
    }
    // "Rs2.37 lakh crore", "Rs27,341 crore": wink reads the sign and the first digits as one
    // word ("Rs2" "." "37"); the sign is a word of its own, the touching pieces one number.
    const glued = GLUED_CURRENCY.exec(tokens[i].text);
    if (glued) {
      let k = i;
      while (tokens[k + 2] && /^[.,]$/.test(tokens[k + 1].text) && tokens[k + 1].start === tokens[k].end && tokens[k + 2].start === tokens[k + 1].end && /^\d+(?:\.\d+)?$/.test(tokens[k + 2].text) && (tokens[k + 1].text === ',' ? /^\d{2,3}(?:\.\d+)?$/.test(tokens[k + 2].text) : k === i)) k += 2;
      const at = tokens[i].start + glued[1].length;
      map.push(out.length);
      out.push({ text: glued[1], pos: 'NOUN', start: tokens[i].start, end: at });
      for (let n = i + 1; n <= k; n++) map.push(out.length);
      figures.push(out.length);
      out.push({ text: text.slice(at, tokens[k].end), pos: 'NUM', start: at, end: tokens[k].end });
      i = k + 1;
      continue;
    }
    // "3D", "5G", "4K": wink reads a figure apart from the capital glued to it ("3" "D"); the
    // touching pieces are one word, a technology's name, no number.
    const letters = tokens[i + 1];
    // (Those three letters only: "Section 6A", "Article 21A" are a law's numbering.)
    if (/^\d{1,2}$/.test(tokens[i].text) && letters?.start === tokens[i].end && /^[DGK]$/.test(letters.text) && !(tokens[i + 2]?.start === letters.end && /^[\p{L}\d]/u.test(tokens[i + 2].text))) {
      map.push(out.length, out.length);
      codes.push(out.length);
      out.push({ text: text.slice(tokens[i].start, letters.end), pos: 'PROPN', start: tokens[i].start, end: letters.end });
      i += 2;
      continue;
    }
    // "111th", "211th": wink reads the hundreds apart from an "11th"/"12th"/"13th" ("1" "11th");
    // the touching pieces are one ordinal.
    const next = tokens[i + 1];
    if (/^\d+$/.test(tokens[i].text) && next?.start === tokens[i].end && /^1[123]th$/.test(next.text)) {
      map.push(out.length, out.length);
      out.push({ text: text.slice(tokens[i].start, next.end), pos: next.pos, start: tokens[i].start, end: next.end });
      i += 2;
      continue;
    }
    // "Rs.2,000": after a glued currency sign wink reads "2" "," "000"; the touching groups of a
    // thousands separator (or of an Indian lakh, "1,25,000") are one number.
    if (/^\d{1,3}$/.test(tokens[i].text)) {
      let k = i;
      // ("Rs3,647.62 crore": the last group may carry the decimals.)
      while (tokens[k + 2] && tokens[k + 1].text === ',' && tokens[k + 1].start === tokens[k].end && tokens[k + 2].start === tokens[k + 1].end && /^\d{2,3}(?:,\d{2,3})*(?:\.\d+)?$/.test(tokens[k + 2].text)) k += 2;
      if (k > i) {
        for (let n = i; n <= k; n++) map.push(out.length);
        out.push({ text: text.slice(tokens[i].start, tokens[k].end), pos: 'NUM', start: tokens[i].start, end: tokens[k].end });
        i = k + 1;
        continue;
      }
    }
    map.push(out.length);
    out.push(tokens[i]);
    i++;
  }
  return { tokens: out, map, figures, codes };
}

/** Entities the joins above made overlap ("Rs.2" and "000 crore" over "Rs.2,000 crore") are one,
 *  of the first one's type. */
export function mergeOverlapping(entities: readonly RawEntity[]): RawEntity[] {
  const out: RawEntity[] = [];
  for (const e of entities) {
    const prev = out[out.length - 1];
    if (prev && e.first <= prev.last) {
      prev.last = Math.max(prev.last, e.last);
      // (The hundreds of "111th" joined to its "11th": the whole is the ordinal.)
      if (prev.type === 'CARDINAL' && e.type === 'ORDINAL' && e.first === prev.first) prev.type = 'ORDINAL';
    }
    else out.push({ ...e });
  }
  return out;
}
