/**
 * A minister's portfolio written before the office word: "Tourism Minister G Kishan Reddy",
 * "Social Justice and Empowerment Minister Thaawarchand Gehlot", "Consumer Affairs, Food and
 * Public Distribution Minister Pralhad Joshi". A run of names stops at "and" and commas, so the
 * portfolio's first half stands before the run; this reads it back and writes the office the
 * way a quiz asks it: "Minister of Social Justice and Empowerment".
 */
import type { RawToken } from './nlp.js';
import { countryNamed, countryOfDemonym, organisationNamed, regionNamed } from '../lexicon/index.js';

/** Words that make "… Minister" an office of its own or a rank, not a portfolio ("Chief
 *  Minister", "Foreign Minister": the Minister of Foreign Affairs), or a second office before
 *  "and" ("Chief Minister and Health Minister …"). */
const NOT_PORTFOLIO = /^(?:prime|chief|deputy|union|cabinet|foreign|home|junior|senior|state|former|first|acting|interim|minister|ministers|president|governor|secretary|meanwhile|however|also|further|furthermore|besides|moreover|earlier|later|separately)$/i;

/** Capitalised words joined by commas and ending in "and" right before the run. */
const HALF_BEFORE = /(?:^|[\s(“"‘'])(?:Union\s+)?((?:\p{Lu}\p{Ll}+,?\s+){1,5}(?:and|&)\s+)$/u;

/** "Social Justice and " before the run starting at `first`, or '' when no portfolio half is there. */
export function portfolioHalfBefore(text: string, tokens: readonly RawToken[], first: number, sFirst: number): string {
  const from = tokens[sFirst]?.start ?? 0;
  const m = HALF_BEFORE.exec(text.slice(Math.max(from, tokens[first].start - 80), tokens[first].start));
  if (!m) return '';
  // "India and Japan Defence Ministers …": a country, region or body before "and" is an owner,
  // not a portfolio; "Chief Minister and Deputy Chief Minister …" two offices.
  const words = m[1].replace(/\s+(?:and|&)\s+$/, '').split(/,?\s+/);
  for (let n = 1; n <= words.length; n++) {
    for (let at = 0; at + n <= words.length; at++) {
      const phrase = words.slice(at, at + n).join(' ');
      if (countryNamed(phrase) || countryOfDemonym(phrase) || regionNamed(phrase) || organisationNamed(phrase)) return '';
    }
  }
  if (words.some((w) => NOT_PORTFOLIO.test(w))) return '';
  // ("Modi and Parliamentary Affairs Minister Kiren Rijiju": one word before "and" is a portfolio
  // only when it names one; a surname there is the first of two people.)
  if (words.length === 1 && !ONE_WORD_PORTFOLIOS.has(words[0].toLowerCase())) return '';
  return m[1];
}

/** Portfolios of one word, as they stand before "and" ("Tourism and Culture Minister …"). */
const ONE_WORD_PORTFOLIOS = new Set(
  ('finance home defence defense health education railways railway information electronics communications coal mines law tourism culture commerce ' +
    'industry industries agriculture labour labor employment petroleum power environment housing shipping ports steel textiles food science ' +
    'sports youth cooperation chemicals fertilizers fertilisers fisheries revenue planning personnel statistics women water energy transport ' +
    'aviation forests forest trade technology welfare tribal minority skill parliamentary external rural urban road civil consumer social ' +
    'jal ayush heavy micro earth animal dairying panchayati information broadcasting irrigation excise taxation cinematography medical').split(' '),
);

/** The office of a portfolio minister: "Minister of " and the portfolio, or null when `title`
 *  is not one ("Foreign Minister", "Chief Minister" read through their own words) or has no
 *  half before it (a lone "Health Minister" may hold a state's portfolio or the Union's: the
 *  office is left as written). */
export function portfolioOffice(title: string, ownerWord: string | null, halfBefore: string): string | null {
  if (halfBefore === '') return null;
  if (title !== 'Minister' && !title.endsWith(' Minister')) return null;
  const own = [ownerWord, title.slice(0, -'Minister'.length).trim()].filter(Boolean).join(' ');
  if (own === '' || own.split(/\s+/).some((w) => NOT_PORTFOLIO.test(w))) return null;
  return `Minister of ${halfBefore}${own}`;
}
