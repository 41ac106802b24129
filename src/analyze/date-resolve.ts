/**
 * Resolve a date expression against the article's date, the way news uses dates:
 * - a bare weekday ("on Saturday") is the most recent such day on or before the article date;
 * - a bare month ("in September") is the most recent such month (news reports the past),
 *   unless the sentence talks about the future ("will", "scheduled", "next");
 * - "last December" is the most recent December before this month, "April this year" is this year's;
 * - a month and day without a year is the nearest such day (within six months either way);
 * - "next year", "early next year" → the year; explicit dates stand as written.
 * chrono-node reads the date formats; these rules decide the year it cannot know.
 * Returns `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or undefined when the expression names no date
 * (or needs an article date the article lacks).
 */
import { lazyRequire } from '../util/lazy-require.js';

// Loaded when a date needs more than the fast reader (~0.12 s saved on start-up otherwise);
// its English entry only, as the package's main entry loads every locale (~0.08 s more).
const chrono = lazyRequire<typeof import('chrono-node/en')>('chrono-node/en');
import { readDateParts } from './date-components.js';

export interface DayDate {
  y: number;
  m: number;
  d: number;
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SEASONS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/** Words that put a sentence in the future, where a bare weekday or month means the next one. */
// ("the swearing in … may take place as early as Monday": a possibility ahead is the future too.)
export const FUTURE_CUES = /\b(?:will|shall|scheduled|set to|due|plans?|planned|expected|upcoming|to be held|going to|next|would|(?:may|might)\s+(?!have\b)|likely to|as early as)\b/i;
/** A fixed reference for reading explicit dates when the article has none. */
const NEUTRAL_REF = new Date(Date.UTC(2000, 5, 15, 12));

export function parseIsoDay(iso: string | null): DayDate | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

const DECADE_WORDS = /^(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:nineteen[\s-]+)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/;

export function resolveDate(expression: string, ref: DayDate | null, sentence = ''): string | undefined {
  // "February 6 - this year": a dash between date parts reads as a space.
  const text = expression.toLowerCase().replace(/\s+[-–—]\s+/g, ' ').replace(/\s+/g, ' ').trim();
  const year = /^(?:(?:in|since|by|from|until|before|after|of|the year|early|late|mid|mid-)\s*)?(\d{4})$/.exec(text);
  if (year) return plausibleYear(Number(year[1]));
  if (/\d{4}s\b|\bcentury\b|\bdecade\b|\bweek(?:end)?s?\b/.test(text)) return undefined;
  // A decade in words ("the sixties") is no date either; chrono, which finds none, is slow to say so.
  if (DECADE_WORDS.test(text)) return undefined;
  if (!ref) return explicitOnly(text);

  const near = /^(?:earlier |later )?(today|tonight|yesterday|tomorrow)$/.exec(text);
  if (near) return isoOf(addDays(ref, near[1] === 'yesterday' ? -1 : near[1] === 'tomorrow' ? 1 : 0));
  const rel = /\b(last|this|next|previous|coming|past)\s+(year|month)\b/.exec(text);
  if (rel && !MONTH_NAME.test(text)) return relativePeriod(rel[1], rel[2], ref);
  const season = /\b(?:(last|this|next)\s+)?(spring|summer|autumn|fall|winter)\b/.exec(text);
  if (season) return String(seasonYear(season[1], SEASONS[season[2]], ref));
  const monthMatch = chronoComponents(text, ref);
  if (!monthMatch) return undefined;
  const { year: y, month, day, weekday } = monthMatch;
  if (y !== undefined) return format(y, month, day);
  const modifier = /\b(last|this|next|previous|coming)\b/.exec(text)?.[1];
  const future = FUTURE_CUES.test(sentence);
  if (month !== undefined && day !== undefined) return format(nearestYear(month, day, ref, modifier, future), month, day);
  if (month !== undefined) {
    const yearWord = /\b(last|this|next)\s+year\b/.exec(text)?.[1];
    if (yearWord) return format(ref.y + (yearWord === 'last' ? -1 : yearWord === 'next' ? 1 : 0), month);
    return format(monthYear(month, ref, modifier, future), month);
  }
  if (weekday !== undefined) return isoOf(weekdayDate(weekday, ref, modifier));
  if (monthMatch.exactDay) return isoOf(monthMatch.exactDay);
  return undefined;
}

interface Components {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** For relative days chrono computed ("yesterday", "two days ago"). */
  exactDay?: DayDate;
}

function chronoComponents(text: string, ref: DayDate): Components | null {
  const quick = readDateParts(text);
  if (quick) return quick;
  const instant = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
  const result = chrono().casual.parse(text, { instant, timezone: 0 })[0];
  if (!result) return null;
  const s = result.start;
  const out: Components = {};
  if (s.isCertain('year')) out.year = s.get('year') ?? undefined;
  if (s.isCertain('month')) out.month = s.get('month') ?? undefined;
  if (s.isCertain('day')) out.day = s.get('day') ?? undefined;
  if (s.isCertain('weekday') && !s.isCertain('day')) out.weekday = s.get('weekday') ?? undefined;
  const relativeDay = /\b(?:today|yesterday|tomorrow|tonight|ago|later|earlier)\b/.test(text);
  if (relativeDay && out.year !== undefined && out.month !== undefined && out.day !== undefined) {
    out.exactDay = { y: out.year, m: out.month, d: out.day };
  }
  if (/\b(?:today|tonight|this morning|this afternoon|this evening)\b/.test(text)) out.exactDay = ref;
  if (WEEKDAYS.some((w) => text.includes(w)) && out.weekday === undefined && out.day === undefined) {
    out.weekday = WEEKDAYS.findIndex((w) => text.includes(w));
  }
  return out;
}

/** Without an article date only a date that names its year resolves. */
function explicitOnly(text: string): string | undefined {
  // Without the article's day, only a date that writes its year is a date ("yesterday" would
  // be read against chrono's reference day, a day in 2000).
  if (!/\b\d{4}\b|['’]\d{2}\b/.test(text)) return undefined;
  const result = chrono().casual.parse(text, NEUTRAL_REF)[0];
  if (!result || !result.start.isCertain('year')) return undefined;
  const s = result.start;
  return format(s.get('year')!, s.isCertain('month') ? s.get('month')! : undefined, s.isCertain('day') ? s.get('day')! : undefined);
}

function relativePeriod(word: string, unit: string, ref: DayDate): string {
  const step = word === 'last' || word === 'previous' || word === 'past' ? -1 : word === 'this' ? 0 : 1;
  if (unit === 'year') return String(ref.y + step);
  const index = ref.y * 12 + (ref.m - 1) + step;
  return format(Math.floor(index / 12), (index % 12) + 1);
}

function seasonYear(word: string | undefined, month: number, ref: DayDate): number {
  if (word === 'next') return month > ref.m ? ref.y : ref.y + 1;
  if (word === 'last') return month < ref.m ? ref.y : ref.y - 1;
  return ref.y;
}

/** Year of a bare or modified month name. */
function monthYear(month: number, ref: DayDate, modifier: string | undefined, future: boolean): number {
  if (modifier === 'last' || modifier === 'previous') return month < ref.m ? ref.y : ref.y - 1;
  if (modifier === 'next' || modifier === 'coming') return month > ref.m ? ref.y : ref.y + 1;
  if (modifier === 'this') return ref.y;
  if (month <= ref.m) return future && month < ref.m ? ref.y + 1 : ref.y;
  // A later month: last year's in a report of the past, this year's when the sentence looks ahead.
  return future ? ref.y : ref.y - 1;
}

/** Year of a month-day: the nearest to the article date, or as the modifier says. */
function nearestYear(month: number, day: number, ref: DayDate, modifier: string | undefined, future: boolean): number {
  const refTime = Date.UTC(ref.y, ref.m - 1, ref.d);
  // "will be held from November 20": the next such day.
  if (future && !modifier) return Date.UTC(ref.y, month - 1, day) >= refTime ? ref.y : ref.y + 1;
  if (modifier === 'last') return Date.UTC(ref.y, month - 1, day) < refTime ? ref.y : ref.y - 1;
  if (modifier === 'next') return Date.UTC(ref.y, month - 1, day) > refTime ? ref.y : ref.y + 1;
  let best = ref.y;
  let bestGap = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const gap = Math.abs(Date.UTC(y, month - 1, day) - refTime);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/** "on Saturday": the most recent Saturday on or before the article date; "next Saturday" after it. */
function weekdayDate(weekday: number, ref: DayDate, modifier: string | undefined): DayDate {
  const base = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  const today = base.getUTCDay();
  let shift: number;
  if (modifier === 'next' || modifier === 'coming') shift = ((weekday - today + 7) % 7) || 7;
  else if (modifier === 'last' || modifier === 'previous') shift = -(((today - weekday + 7) % 7) || 7);
  else shift = -((today - weekday + 7) % 7);
  base.setUTCDate(base.getUTCDate() + shift);
  return { y: base.getUTCFullYear(), m: base.getUTCMonth() + 1, d: base.getUTCDate() };
}

function plausibleYear(y: number): string | undefined {
  return y >= 1000 && y <= 2999 ? String(y) : undefined;
}

function format(y: number, m?: number, d?: number): string {
  let out = String(y).padStart(4, '0');
  if (m !== undefined) out += `-${String(m).padStart(2, '0')}`;
  if (m !== undefined && d !== undefined) out += `-${String(d).padStart(2, '0')}`;
  return out;
}

function addDays(d: DayDate, days: number): DayDate {
  const t = new Date(Date.UTC(d.y, d.m - 1, d.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function isoOf(d: DayDate): string {
  return format(d.y, d.m, d.d);
}
