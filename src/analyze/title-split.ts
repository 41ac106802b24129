/**
 * Split the leading title off a name run: "Foreign Minister Sergei Lavrov" → title
 * "Foreign Minister", name from word 2. A title is title words ending in an office word,
 * optionally with a complement ("Minister of External Affairs", "Ambassador to the United States").
 */
import { cityNamed, compoundRanks, countryNamed, courtesyHonorifics, isCommonWord, isGivenName, organisationNamed, regionNamed, titleHeads, titleHeadsBeforeFullName, titleModifiers } from '../lexicon/index.js';
import type { Word } from './words.js';

const TITLE_HEADS = titleHeads();
const TITLE_MODIFIERS = titleModifiers();
const HONORIFICS = courtesyHonorifics();
const FULL_NAME_HEADS = titleHeadsBeforeFullName();
const COMPOUND_RANKS = compoundRanks();

export interface TitleSplit {
  /** Index of the first name word (= number of title words). */
  nameStart: number;
  /** False when only honorifics ("Mr", "Mrs") stood before the name: no office to report. */
  hasRole: boolean;
  /** True when the title carries its own complement ("… of Finance", "… to the United States"). */
  hasComplement: boolean;
}

const HOLDER_TURN = new Set(['new', 'outgoing', 'incoming']);
const LINKS = new Set(['of', 'for', 'to', 'on']);
const MAX_COMPLEMENT_WORDS = 4;

/** Whether a rank of two words ("Group Captain") starts at word i. */
export function opensCompoundRank(words: readonly Word[], i: number): boolean {
  return i + 1 < words.length && COMPOUND_RANKS.has(`${words[i].lower} ${words[i + 1].lower}`);
}

/** "Chief Minister-elect Bhagwant Mann", "Chief Minister-designate …": the office to come is a
 *  title too, read as the office itself. */
function withoutToCome(lower: string): string {
  return lower.replace(/-(?:elect|designate)$/, '');
}

export function isTitleWord(lower: string): boolean {
  const word = withoutToCome(lower);
  return TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word) || TITLE_HEADS.has(singular(word));
}

/** Plural office words ("Ministers") mark a group, not one person, but are still title words. */
function singular(lower: string): string {
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** "vice-president", "lieutenant-general": title words joined by hyphens read as their last
 *  office word. */
function hyphenedHead(lower: string): string | null {
  if (!lower.includes('-')) return null;
  const parts = lower.split('-');
  const last = parts.pop()!;
  return TITLE_HEADS.has(last) && parts.every((p) => TITLE_MODIFIERS.has(p) || TITLE_HEADS.has(p)) ? last : null;
}

/** The title at the start of `words`, or null when the run does not start with one. */
export function splitTitle(words: readonly Word[]): TitleSplit | null {
  let i = 0;
  let titleEnd = 0;
  let hasComplement = false;
  let onlyHonorifics = true;
  while (i < words.length) {
    // ("Padma Shri Dr R Ravi Kannan": an honour the person holds, written before their title, is
    // no part of their name.)
    if (i === 0 && words.length > 3 && words[0].lower === 'padma' && /^(?:shri|sri|bhushan|vibhushan)$/.test(words[1].lower)) {
      i = 2;
      continue;
    }
    if (opensCompoundRank(words, i)) {
      onlyHonorifics = false;
      i += 2;
      titleEnd = i;
      continue;
    }
    const bare = withoutToCome(words[i].lower);
    const w = hyphenedHead(bare) ?? bare;
    if (TITLE_HEADS.has(w)) {
      if (FULL_NAME_HEADS.has(w) && words.length - (i + 1) < 2) break;
      // ("Justice MS Raman", "Dr MS Swaminathan": an honorific's letters in capitals, after a title
      // and before a name, are the person's initials.)
      if (HONORIFICS.has(w) && i > 0 && /^\p{Lu}{2}$/u.test(words[i].text) && i + 1 < words.length) break;
      if (!HONORIFICS.has(w)) onlyHonorifics = false;
      i++;
      titleEnd = i;
      continue;
    }
    if (TITLE_MODIFIERS.has(w)) {
      i++;
      continue;
    }
    // ("New Maharashtra Governor Bhagat Singh Koshyari": the holder's turn opening the title; only
    // there, "New Delhi" being a name.)
    if (i === 0 && HOLDER_TURN.has(w) && placeBeforeTitle(words, 1) > 1) {
      i++;
      continue;
    }
    // ("New Maharashtra Governor Bhagat Singh Koshyari": a state or country before the office is
    // the office's, where a title word follows it.)
    const place = placeBeforeTitle(words, i);
    if (place > i) {
      i = place;
      continue;
    }
    if (titleEnd > 0 && titleEnd === i && LINKS.has(w)) {
      // ("Chief Minister of Assam Himanta Biswa Sarma": a known place or body ends the complement;
      // a portfolio, which no list holds, runs to the name's last two words.)
      const known = knownComplementEnd(words, i + 1);
      const end = known > i + 1 ? known : Math.max(modifierComplementEnd(words, i + 1), portfolioEnd(words, i + 1, words[i - 1].lower));
      if (end > i + 1) {
        i = end;
        titleEnd = end;
        hasComplement = true;
        continue;
      }
    }
    break;
  }
  // ("Double Olympic-medallist Manu Bhaker": a compound in lower case after its hyphen describes
  // the person after it; the name is the two words or more that follow.)
  if (titleEnd === 0) return portfolioTitle(words) ?? describedBefore(words);
  // ("Air Officer Commanding", "Presiding Officer": a participle after the head is the title's.)
  if (words.length - titleEnd === 1 && /^(?:Commanding|Presiding|Officiating|Designate|General)$/.test(words[titleEnd].text)) return { nameStart: words.length, hasRole: !onlyHonorifics, hasComplement };
  // ("German Consul General Kolkata Barbara Voss": the post's city after the title, a name of
  // two words after it.)
  // (Only a post held in a city: "former BJP MLA Kota Srinivasa Rao" is the actor Kota Srinivasa
  // Rao, a Telugu name opening on its family's, no MLA of the city of Kota.)
  if (!onlyHonorifics && words.length - titleEnd >= 3 && cityNamed(words[titleEnd].text) && words.slice(0, titleEnd).some((w) => POSTED_IN_CITY.test(w.lower))) return { nameStart: titleEnd + 1, hasRole: true, hasComplement: true };
  // ("the Director General of Medical Education and Training": a title that would end on "and"
  // or "of" runs on; the words after it are the office's, no one's name.)
  if (/^(?:and|&|of|for)$/.test(words[titleEnd - 1]?.lower ?? '')) return null;
  return { nameStart: titleEnd, hasRole: !onlyHonorifics, hasComplement };
}

/** Title words of posts held in a city, which a city's name may follow: "Consul General Kolkata". */
const POSTED_IN_CITY = /^(?:consul|consul-general|consulate|commissioner|collector|mayor|director|bureau|correspondent|head)$/;

/** End (exclusive) of a place of one or two words at `i` that a title word follows, or `i`. */
function placeBeforeTitle(words: readonly Word[], i: number): number {
  for (const n of [2, 1]) {
    const next = words[i + n];
    if (!next || (!TITLE_HEADS.has(next.lower) && !TITLE_MODIFIERS.has(next.lower))) continue;
    const name = words.slice(i, i + n).map((w) => w.text).join(' ');
    if (/^\p{Lu}/u.test(name) && (regionNamed(name) ?? countryNamed(name) ?? cityNamed(name))) return i + n;
  }
  return i;
}

function describedBefore(words: readonly Word[]): TitleSplit | null {
  let last = -1;
  words.forEach((w, i) => {
    if (/^\p{Lu}\p{Ll}+-\p{Ll}{3,}$/u.test(w.text)) last = i;
  });
  return last >= 0 && words.length - (last + 1) >= 2 ? { nameStart: last + 1, hasRole: true, hasComplement: false } : null;
}

/** Portfolio words the lexicon cannot list before "Minister": "Public Distribution Minister Ram
 *  Vilas Paswan", "Jal Shakti Minister C R Patil": up to four capitalised words, the word
 *  "Minister", then a name of two or more words. */
function portfolioTitle(words: readonly Word[]): TitleSplit | null {
  const head = words.findIndex((w, i) => i > 0 && i <= 4 && w.lower === 'minister');
  if (head < 0 || words.length - (head + 1) < 2) return null;
  if (!words.slice(0, head).every((w) => /^\p{Lu}/u.test(w.text) || w.lower === 'and' || w.lower === '&')) return null;
  return { nameStart: head + 1, hasRole: true, hasComplement: false };
}

/** "Minister of New and Renewable Energy Pralhad Joshi": a minister's portfolio is any capitalised
 *  words (with "and") up to the person's name, which keeps its last two words. */
function portfolioEnd(words: readonly Word[], start: number, head: string): number {
  if (head !== 'minister' && head !== 'secretary') return start;
  const end = words.length - 2;
  // ("Minister of Petroleum and Natural Gas": everyday words after the "and" end the portfolio;
  // no one is called Natural Gas.)
  if (end > start && words[end - 1].lower === 'and' && words.slice(end).every((w) => isCommonWord(w.lower) && !isGivenName(w.lower))) return words.length;
  if (end <= start || end - start > 5) return start;
  for (let j = start; j < end; j++) if (!/^\p{Lu}/u.test(words[j].text) && words[j].lower !== 'and' && words[j].lower !== '&') return start;
  if (!/^\p{Lu}/u.test(words[end - 1].text)) return start;
  // ("Minister for Federal Capital Territory Nyesom Ezenwo Wike": a word before the last two that
  // is no English word a portfolio is made of, after one that is, opens a name of three.)
  return end - 1 > start && !portfolioWord(words[end - 1].lower) && portfolioWord(words[end - 2].lower) ? end - 1 : end;
}

/** A word a portfolio may be made of: an everyday word, a title's modifier or a word of English
 *  shape ("Territory", "Affairs", "Development", "Tourism"). */
function portfolioWord(lower: string): boolean {
  return isCommonWord(lower) || isCommonWord(lower.replace(/s$/, '')) || TITLE_MODIFIERS.has(lower) || ENGLISH_ENDING.test(lower);
}
// (A final "s" takes in "Affairs", "Sports", "Waterways", "Industries".)
const ENGLISH_ENDING = /(?:ment|tion|sion|ure|ism|ity|ance|ence|ing|ry|ship|ness|al|ive|ous|cy|ogy|s)$/;

/** End (exclusive) of a complement that is a known place or body ("of Assam", "of the United
 *  Nations"), or `start` when none is. */
function knownComplementEnd(words: readonly Word[], start: number): number {
  let k = start;
  if (k < words.length && words[k].lower === 'the') k++;
  for (let n = Math.min(MAX_COMPLEMENT_WORDS, words.length - k); n >= 1; n--) {
    const phrase = words.slice(k, k + n).map((w) => w.text).join(' ');
    // ("Crown Prince of Abu Dhabi Sheikh Mohammed …", "Mayor of Mumbai X": a city too.)
    if (countryNamed(phrase) || organisationNamed(phrase) || regionNamed(phrase) || (n <= 3 && cityNamed(phrase))) return k + n;
  }
  return start;
}

/** End (exclusive) of a complement of department words ("of Home Affairs"), or `start`. */
function modifierComplementEnd(words: readonly Word[], start: number): number {
  let k = start;
  if (k < words.length && words[k].lower === 'the') k++;
  let j = k;
  while (j < words.length && (TITLE_MODIFIERS.has(words[j].lower) || ((words[j].lower === 'and' || words[j].lower === '&') && j > k))) j++;
  return j > k ? j : start;
}
