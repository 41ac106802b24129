/**
 * The body a story is set in: "The _____ ceremonially commissioned the Imphal into its fleet"
 * (Indian Navy, under "Indian Navy inducts … destroyer Imphal"). Where a sentence opens on an
 * organisation the headline names and holds another name of the headline after it, that other
 * name is the news and the body doing it only the story's setting; no blank asks it; nor where
 * the story keeps naming it. (After its verb the body may be the news: "became a permanent
 * member of the G20".)
 */
import { headlineNewsOf } from '../util/became-of.js';
import type { Entity, Sentence } from '../types.js';
import { namedInHeadline, type ArticleContext } from './article-context.js';
import { normalizeKey } from '../util/ids.js';
import { courtEpithetMentions } from './court-names.js';

export function settingBody(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'organisation' || !/^(?:The\s+)?$/.test(s.text.slice(0, e.start))) return false;
  const named = (x: Entity) => namedInHeadline(x, ctx);
  // ("African Union becomes permanent member of G20 …": a body the headline opens on, by a verb of
  // what became of it, is the news, not where it is set.)
  if (headlineNewsOf(ctx.analyzed.article.title, e.canonical)) return false;
  // ("_____ has achieved a significant milestone by launching its GSLV-F15 rocket" under "ISRO's
  // 100th Mission …": the body the story keeps naming is its setting, whatever else the lead holds.)
  return named(e) && ((ctx.mentions.get(normalizeKey(e.canonical)) ?? 0) + courtEpithetMentions(e.canonical, ctx.analyzed.article.paragraphs) >= STORY_BODY_MENTIONS || s.entities.some((o) => o.start > e.end && o.cls !== 'organisation' && o.cls !== 'date' && o.cls !== 'ordinal' && named(o)));
}

/** Mentions that make a headline's body the one the story is about. */
const STORY_BODY_MENTIONS = 3;

/** "… at the 2023 Asian Games in Hangzhou, _____" (China), or "in _____, China", under a headline
 *  that prints "Hangzhou, China": where the story is set, in the words of its headline. */
export function headlinePlacePair(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place') return false;
  const paired = (a: Entity, b: Entity) => a.end + 2 === b.start && s.text.slice(a.end, b.start) === ', ';
  const other = s.entities.find((o) => o.cls === 'place' && (paired(o, e) || paired(e, o)));
  if (!other) return false;
  const [inner, outer] = other.start < e.start ? [other, e] : [e, other];
  return ctx.headlineKey.includes(` ${normalizeKey(inner.text)} ${normalizeKey(outer.text)} `);
}

/** "To ensure the city reflects the festive spirit, the _____ government has been instructed …"
 *  (Delhi) in a report filed from New Delhi: the government of the place the story is filed from
 *  is its setting, no place to learn.
 *  ("… appointed by the _____ government, has begun probing the Karur stampede" → Tamil Nadu, in a
 *  report that names Tamil Nadu in three sentences: the state the story happens in governs it.) */
export function datelineGovernment(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'place' || !/^\s+(?:state\s+)?government\b/.test(s.text.slice(e.end))) return false;
  const key = normalizeKey(e.canonical);
  if ((ctx.mentions.get(key) ?? 0) >= SETTING_MENTIONS) return true;
  const place = ctx.analyzed.article.place;
  return !!place && (normalizeKey(place) === key || normalizeKey(place).endsWith(` ${key}`));
}
/** Mentions that make a place the story's setting. */
const SETTING_MENTIONS = 3;

/** "the _____ on Wednesday decided to declare human-wildlife conflict a state-specific disaster"
 *  (Kerala Government, under "Kerala cabinet declares …"): the government or cabinet of the place
 *  the headline names is who acts in every line of the story, no fact of it; what it decided is. */
export function headlineGovernment(e: Entity, ctx: ArticleContext): boolean {
  if (e.cls !== 'organisation') return false;
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2})\s+(?:[Ss]tate\s+)?(?:[Gg]overnment|[Cc]abinet|[Gg]ovt)$/u.exec(e.text);
  return !!m && ctx.headlineKey.includes(` ${normalizeKey(m[1])} `);
}
