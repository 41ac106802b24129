/**
 * The countries a story is set in: the one it names most (its home, "India" in an Indian
 * report), and both countries of a bilateral story ("India signed 8 MoUs with Mauritius").
 * Asking for them tests nothing a reader of the headline does not know: no blank, no subject
 * question has one for its answer, except where it is the news (a rank, an Nth, its lead).
 */
import { headlineNewsOf } from '../util/became-of.js';
import type { Entity, Sentence } from '../types.js';
import { namedInHeadline, type ArticleContext } from './article-context.js';
import { normalizeKey } from '../util/ids.js';
import { cityNamed, countryNamed, regionNamed } from '../lexicon/index.js';

/** "to bolster _____'s intelligence operations" (India, in a story about an Indian launch): the
 *  country the article keeps naming, as the owner of something, is known to every reader. */
export function homePossessive(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' || e.placeKind !== 'country' || !/^['’]s?\b/.test(s.text.slice(e.end))) return false;
  // "as _____'s first CDS": whose record it is modifies the record; its holder is the news.
  if (RECORD_AFTER.test(s.text.slice(e.end))) return true;
  const key = normalizeKey(e.canonical);
  const count = ctx.mentions.get(key) ?? 0;
  for (const o of s.entities) if (o.cls === 'place' && o.placeKind === 'country' && (ctx.mentions.get(normalizeKey(o.canonical)) ?? 0) > count) return false;
  return homeCountryOf(ctx) === key;
}

/** "… to incentivize ship building in _____" (India, in an Indian report): the country the
 *  article keeps naming, past its lead, is where everything happens, not a fact of its own. */
export function homeInPassing(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' || e.placeKind !== 'country') return false;
  const key = normalizeKey(e.canonical);
  const named = ctx.mentions.get(key) ?? 0;
  // (Named three times or more, it is the setting wherever it stands; twice, only past the
  // lead and after "in", "of" ….)
  const passing = named >= 3 || (named === 2 && s.index > 0 && /\b(?:in|of|for|across|throughout)\s+$/.test(s.text.slice(0, e.start)));
  // ("India signed 8 MoUs with Mauritius": both countries of a diplomatic story are its setting;
  // in "India beat Pakistan by five wickets" the other side is the news.)
  return passing && (homeCountryOf(ctx, true) === key || (named >= 3 && (diplomaticHeadlineNames(e, ctx) || pairedWithCountry(e, s, ctx))));
}

/** "_____ successfully test-fired a medium-range missile …" (India, in an Indian report whose
 *  headline opens on India too): the country a story is about, as the subject it opens on, is
 *  known to every reader of the headline. */
export function homeOpensLead(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' || e.placeKind !== 'country' || e.start !== 0 || s.paragraph !== 0) return false;
  const key = normalizeKey(e.canonical);
  if (homeCountryOf(ctx, true) !== key) return false;
  // ("Timor-Leste becomes member of ASEAN …": what became of the country the headline opens on is
  // the news, the country its answer.)
  if (headlineNewsOf(ctx.analyzed.article.title, e.text) || headlineNewsOf(ctx.analyzed.article.title, e.canonical)) return false;
  return ctx.headlineKey.startsWith(` ${key} `) || ctx.headlineKey.startsWith(` ${normalizeKey(e.text)} `);
}

/** "Retail inflation in _____ declined to 5.10 per cent" (India, under "India's retail inflation
 *  eases to 5.10 pc"): the home country the headline names, beside a figure of its own, is where
 *  the figure was measured; the figure is the news. */
export function homeBesideFigure(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' || e.placeKind !== 'country' || !namedInHeadline(e, ctx)) return false;
  if (homeCountryOf(ctx, true) !== normalizeKey(e.canonical)) return false;
  return s.entities.some((o) => o.cls === 'percent' || o.cls === 'money' || o.cls === 'ordinal' || (o.cls === 'number' && /\d/.test(o.text)));
}

/** "the relationship between _____ and Japan" in a story that keeps naming both: the pair is
 *  the story's setting, and either half is known from the other (in a diplomatic story, any
 *  pair of them joined by "and"). */
function pairedWithCountry(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  return s.entities.some((o) => {
    if (o === e || o.cls !== 'place' || o.placeKind !== 'country' || (ctx.mentions.get(normalizeKey(o.canonical)) ?? 0) < 3) return false;
    const [a, b] = o.start < e.start ? [o, e] : [e, o];
    // ("_____ and Bangladesh on Saturday signed 22 agreements", under a headline of agreements
    // signed: the two sides of a diplomatic story, as the pair that acted, too.)
    return /^\s+(?:and|&)\s+$/.test(s.text.slice(a.end, b.start)) && (/\bbetween\s+(?:the\s+)?$/i.test(s.text.slice(0, a.start)) || DIPLOMATIC.test(ctx.analyzed.article.title));
  });
}

const DIPLOMATIC = /\b(?:MoUs?|pacts?|agreements?|accords?|ties|talks|visits?|summit|sign|signs|signed|bilateral|relations|deals?|partnership|treaty)\b/i;

function diplomaticHeadlineNames(e: Entity, ctx: ArticleContext): boolean {
  return DIPLOMATIC.test(ctx.analyzed.article.title) && namedInHeadline(e, ctx);
}

const RECORD_AFTER = /^['’]s?\s+(?:first|second|third|\d{1,3}(?:st|nd|rd|th)|largest|biggest|highest|longest|oldest|youngest|only|own|top)\b/;

/** Whether a country is the frame of a story of its own states and cities ("Kerala, Himachal
 *  Pradesh and Tamil Nadu top the SDG index …"): "Which country has projected a marginal
 *  improvement …?" asks what every reader of such a story knows. A story of one foreign city
 *  ("the earthquake struck Palu in Indonesia") is no such frame: there the country is news. */
export function isHomeCountry(e: Entity, ctx: ArticleContext): boolean {
  return e.cls === 'place' && e.placeKind === 'country' && domesticFrame(ctx) === normalizeKey(e.canonical);
}

/** The capital of a story's home country ("President Droupadi Murmu presented the awards in
 *  _____" → New Delhi): where its ceremonies happen, known to every reader of such a story. */
export function isHomeCapital(e: Entity, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' || e.placeKind === 'country') return false;
  const home = domesticFrame(ctx);
  const country = home ? countryNamed(home) : null;
  return country !== null && country !== undefined && country.capitals.some((c) => normalizeKey(c) === normalizeKey(e.canonical));
}

/** "… the month-long fair on river banks in _____" (Prayagraj, under "Prayagraj, Jan 31: …"): the
 *  town the story was filed from, named again past its lead sentence, is where it all happens. */
// ("Kishtwar, Aug 19: The death toll in the cloudburst that struck … Kishtwar district has
// climbed to _____", under "Death toll in Kishtwar cloudburst …": in the lead too, where the
// headline names the town as well.)
export function datelineTownPastLead(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  const place = ctx.analyzed.article.place;
  return e.cls === 'place' && e.placeKind !== 'country' && (s.index > 0 || namedInHeadline(e, ctx)) && !!place && normalizeKey(place) === normalizeKey(e.canonical);
}

/** Whether a country is where the story was filed ("New Delhi, Nov 24: … India continues to
 *  remain a strong advocate …"): the country a subject question would answer with its own
 *  reader's home. */
export function isDatelineCountry(e: Entity, ctx: ArticleContext): boolean {
  const place = ctx.analyzed.article.place;
  if (e.cls !== 'place' || e.placeKind !== 'country' || !place) return false;
  const country = cityNamed(place)?.country ?? regionNamed(place)?.country ?? countryNamed(place)?.name;
  return country !== undefined && normalizeKey(country) === normalizeKey(e.canonical);
}

/** India's national institutions, named as its own reports name them. */
// ("India successfully flight-tested … Agni-Prime …, conducted by … DRDO": its defence, space and
// money bodies too.)
const INDIAN_INSTITUTIONS = /\bUnion (?:[Cc]abinet|[Mm]inister|[Bb]udget|[Gg]overnment|[Hh]ome [Mm]inister)\b|\b(?:Lok Sabha|Rajya Sabha|NITI Aayog|DRDO|ISRO|Indian (?:Army|Navy|Air Force|Coast Guard|Space Research Organisation)|Reserve Bank of India|RBI|India Meteorological Department|NDRF|Election Commission of India)\b/;

/** Words only Indian reports use of their own country: the "Shri" before an official's name, a
 *  sum in rupees or counted in lakh and crore. */
const INDIAN_USAGE = /\bShri\s+\p{Lu}|₹\s?\d|\bRs\.?\s?\d|\d\s+(?:lakh|crore)\b/u;

/** States and cities a story must name in one country to be set in it. */
const DOMESTIC_PLACES = 3;
const FRAME = new WeakMap<ArticleContext, string | null>();

function domesticFrame(ctx: ArticleContext): string | null {
  let frame = FRAME.get(ctx);
  if (frame === undefined) {
    const inside = new Map<string, Set<string>>();
    for (const { entity } of ctx.timeline) {
      if (entity.cls !== 'place' || (entity.placeKind !== 'region' && entity.placeKind !== 'city')) continue;
      const country = regionNamed(entity.canonical)?.country ?? cityNamed(entity.canonical)?.country;
      if (!country) continue;
      const key = normalizeKey(country);
      inside.set(key, (inside.get(key) ?? new Set()).add(normalizeKey(entity.canonical)));
    }
    const ranked = [...inside].map(([key, places]) => [key, places.size] as const).sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    frame = first && first[1] >= DOMESTIC_PLACES && (!second || first[1] >= 2 * second[1]) ? first[0] : null;
    // ("The Union cabinet on Tuesday approved …": India's own institutions set a story in India
    // however few of its places it names.)
    if (!frame && !second && ctx.analyzed.sentences.some((x) => INDIAN_INSTITUTIONS.test(x.text))) frame = 'india';
    // ("Prime Minister Shri Narendra Modi inaugurated the Navi Mumbai International Airport …,
    // ₹60,000 crore PM Setu scheme": India's honorific and its way of counting money set a story
    // in India too, where it names no other country's places.)
    if (!frame && (!first || first[0] === 'india') && !second && ctx.analyzed.sentences.some((x) => INDIAN_USAGE.test(x.text))) frame = 'india';
    // ("NEW DELHI, June 30: … at a time India is facing various security challenges": the
    // country a story was filed from, where it names no other country's places.)
    const place = ctx.analyzed.article.place;
    const filedIn = place ? (cityNamed(place)?.country ?? regionNamed(place)?.country) : undefined;
    if (!frame && filedIn && (!first || (first[0] === normalizeKey(filedIn) && !second))) frame = normalizeKey(filedIn);
    FRAME.set(ctx, frame);
  }
  return frame;
}

/** The home country's name as the article writes it ("India"), when one country dominates. */
export function homeCountryName(ctx: ArticleContext): string | null {
  const key = homeCountryOf(ctx, true);
  return key ? (ctx.timeline.find(({ entity }) => entity.placeKind === 'country' && normalizeKey(entity.canonical) === key)?.entity.canonical ?? null) : null;
}

const HOME = new WeakMap<ArticleContext, { best: string | null; dominant: boolean }>();
/** The country the article names most (its demonyms count: "Indian" is India); `dominant`: only
 *  if it is named half as often again as any other (a match report names its teams alike). */
export function homeCountryOf(ctx: ArticleContext, dominant = false): string | null {
  let home = HOME.get(ctx);
  if (!home) {
    const counts = new Map<string, number>();
    for (const { entity } of ctx.timeline) {
      if (entity.cls !== 'place' || entity.placeKind !== 'country') continue;
      const key = normalizeKey(entity.canonical);
      counts.set(key, ctx.mentions.get(key) ?? 0);
    }
    let best: string | null = null;
    let most = 0;
    let second = 0;
    for (const [key, n] of counts) {
      if (n > most) [best, most, second] = [key, n, most];
      else if (n > second) second = n;
    }
    HOME.set(ctx, (home = { best, dominant: most >= 1.5 * second }));
  }
  return dominant && !home.dominant ? null : home.best;
}

/** "The mound-burial system of the Ahom dynasty in _____ 'Moidams' was included in the UNESCO
 *  World Heritage List" (Assam, under "Moidams of Assam's Ahom dynasty included …"): a state or
 *  town the headline names and the story keeps naming is where the news happened; beside the
 *  headline's own term in its sentence, the term is what to ask. */
export function settingBesideTerm(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' || e.placeKind === 'country' || !namedInHeadline(e, ctx)) return false;
  if ((ctx.mentions.get(normalizeKey(e.canonical)) ?? 0) < 3) return false;
  return s.entities.some((o) => o !== e && (o.cls === 'term' || o.cls === 'organisation') && namedInHeadline(o, ctx) && !o.text.includes(e.text));
}
