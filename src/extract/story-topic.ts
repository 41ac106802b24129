/**
 * "Prime Minister Narendra Modi also reviewed the preparedness for _____ on Sunday" → Cyclone
 * Remal, under "Cyclone Remal makes landfall, crosses West Bengal and Bangladesh coasts": the name
 * the headline gives and the story keeps naming is its subject, known to every reader. Blanked
 * past the lead, in a sentence about something else (one that shares under half the headline's
 * words), it asks nothing the sentence is about.
 */
import type { Entity, Sentence } from '../types.js';
import { isNamed, namedInHeadline, type ArticleContext } from './article-context.js';
import { normalizeKey } from '../util/ids.js';
import { MONTH_ALTERNATION } from '../util/calendar.js';
import { countryOfDemonym } from '../lexicon/index.js';
import { TOPIC_MENTIONS } from '../util/topic-mentions.js';

/** Words too common to say what a headline is about. */
const STOP = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'its', 'his', 'her', 'their', 'into', 'over', 'after', 'before', 'amid', 'says', 'said', 'has', 'have', 'was', 'were', 'are', 'will', 'not', 'new', 'but', 'than', 'out', 'off', 'all']);

/** The headline's content words, as stems of six letters (read once per article). */
const HEAD_WORDS = new WeakMap<ArticleContext, Set<string>>();
function contentWords(text: string): Set<string> {
  return new Set(normalizeKey(text).split(' ').filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 6)));
}

export function topicElsewhere(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (s.index === 0 || !isNamed(e) || (ctx.mentions.get(normalizeKey(e.canonical)) ?? 0) < TOPIC_MENTIONS || !namedInHeadline(e, ctx)) return false;
  let head = HEAD_WORDS.get(ctx);
  if (!head) HEAD_WORDS.set(ctx, (head = contentWords(ctx.analyzed.article.title)));
  if (!head.size) return false;
  const own = contentWords(s.text);
  let shared = 0;
  for (const w of own) if (head.has(w)) shared++;
  return shared / head.size < 0.5;
}

/** "The output of India's eight _____ increased 6.3% year-on-year in August" → core sectors, under
 *  "India's core sector growth rises to highest in 15 months": in a data release, the measure the
 *  headline says rose or fell is the story's subject; its sentence's figure is the news. */
export function measureOfDataRelease(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'term' && e.cls !== 'organisation') return false;
  // ("India's manufacturing _____ hit another new high in August" → PMI, under "HSBC India
  // Manufacturing PMI Indicates Fastest Improvement …": a statistic's short name the headline
  // gives is what the story reports on; where it stood is the news.)
  const measure = MEASURE_NAME.exec(e.text);
  if (measure && measure[0].length >= e.text.trim().length - 1 && new RegExp(`\\b${measure[0]}\\b`).test(ctx.analyzed.article.title)) return true;
  if (e.cls !== 'term' || !DATA_CHANGE.test(ctx.analyzed.article.title)) return false;
  // ("The _____ growth number was better than expected" → Q4 GDP, "The GDP growth rate in _____ was
  // 6.2%" → Q3 of FY25, "_____ in FY25 rose by 9.8%" → Nominal GDP: the release's measure or
  // period by its name, beside the figure that is the fact.)
  if (/^\p{Lu}/u.test(e.text)) return (MEASURE_NAME.test(e.text) || PERIOD_NAME.test(e.text)) && s.entities.some((o) => o.cls === 'percent' || o.cls === 'money' || (o.cls === 'number' && o !== e)) || (PERIOD_NAME.test(e.text) && /\b(?:growth|rate)\b/.test(s.text));
  // ("The population of _____ in Gujarat has been estimated at 7,672" under "Population of wild
  // asses … has been rising": a count in figures is the release's figure too.)
  const key = normalizeKey(e.text).replace(/s$/, '');
  return ctx.headlineKey.includes(` ${key}`) && s.entities.some((o) => o.cls === 'percent' || (o.cls === 'number' && /\d/.test(o.text) && !/^(?:19|20)\d\d$/.test(o.text)));
}
/** "In _____, the merchandise trade deficit stood at USD 50.9 billion" → January-March 2024, "Net
 *  FDI flows were USD 2 billion in _____" → Q4 FY24: the period a figure of money or a share is
 *  given for is the frame of the figure, which is the fact; a student learns the figure. */
export function periodOfFigure(e: Entity, s: Sentence): boolean {
  const period = (e.cls === 'date' && PERIOD_SPAN.test(e.text)) || (e.cls === 'term' && PERIOD_NAME.test(e.text));
  return period && s.entities.some((o) => o !== e && (o.cls === 'money' || o.cls === 'percent'));
}
/** A quarter, a half or a financial year, by its months or its name: "January-March 2024", "the
 *  April-June quarter", "FY24", "2023-24". */
const PERIOD_SPAN = new RegExp(`^(?:(?:the\\s+)?${MONTH_ALTERNATION}\\s*[-–]\\s*${MONTH_ALTERNATION}(?:\\s+(?:quarter|period))?(?:,?\\s+(?:19|20)\\d\\d(?:[-–]\\d\\d)?)?|(?:the\\s+)?(?:first|second|third|fourth|last|March|June|September|December)\\s+(?:quarter|half)(?:\\s+of\\s+\\S+(?:\\s\\S+){0,3})?|(?:FY|Q[1-4]\\s*FY)\\s?\\d{2,4}(?:[-–]\\d{2})?|(?:19|20)\\d\\d[-–]\\d\\d)$`);
/** "_____'s trade deficit narrowed in November" → India, under "Trade Deficit Narrows In November
 *  …": the country whose figure a data release's lead opens on owns the release; which figure
 *  moved, and by how much, is the news. */
export function ownerOfDataRelease(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' || e.placeKind !== 'country' || s.index !== 0 || e.start !== 0) return false;
  return DATA_CHANGE.test(ctx.analyzed.article.title) && OWNED_MEASURE.test(s.text.slice(e.end));
}
/** "'s trade deficit", "'s retail inflation", "'s GDP growth": a country's measure after its possessive. */
const OWNED_MEASURE = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:trade\s+deficit|current\s+account\s+deficit|fiscal\s+deficit|exports|imports|merchandise\s+exports|GDP|gross\s+domestic\s+product|economy|inflation|unemployment|industrial\s+output|forex\s+reserves|foreign\s+exchange\s+reserves|growth)\b/u;

/** Names of a statistic a release gives, and of the period it is for. */
const MEASURE_NAME = /\b(?:GDP|GVA|GNI|CPI|WPI|IIP|GST|PMI)\b/;
const PERIOD_NAME = /^(?:Q[1-4]|H[12]|FY\s?\d{2,4})\b/;
/** A headline's word for a figure that moved. */
const DATA_CHANGE = /\b(?:narrows?|narrowed|widens?|widened|rises?|rising|rose|falls?|falling|fell|grows?|grew|growth|slows?|slowed|dips?|dipped|jumps?|jumped|surges?|surged|declines?|declined|eases?|eased|cools?|cooled|softens?|softened|accelerates?|slips?|slipped|highest|lowest)\b/i;

/** "… defence cooperation between the Indian Army and the _____" → Sri Lankan Army, under "India-Sri
 *  Lanka joint military exercise …": the armed force of a country the headline names, in a story of
 *  that country's drills or ties, is the story's party by another name; which force is no fact. */
const FORCE = /^(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:Army|Navy|Air\s+Force|Coast\s+Guard|Armed\s+Forces|Defence\s+Forces?|Marines)$/u;
export function forceOfHeadlineCountry(e: Entity, ctx: ArticleContext): boolean {
  if (e.cls !== 'organisation' && e.cls !== 'term') return false;
  const people = FORCE.exec(e.text)?.[1];
  const country = people ? countryOfDemonym(people) : null;
  return !!country && [country.name, ...country.aliases].some((n) => ctx.headlineKey.includes(` ${normalizeKey(n)} `));
}
