/**
 * The body a story is set in: "The _____ ceremonially commissioned the Imphal into its fleet"
 * (Indian Navy, under "Indian Navy inducts … destroyer Imphal"). Where a sentence opens on an
 * organisation the headline names and holds another name of the headline after it, that other
 * name is the news and the body doing it only the story's setting; no blank asks it. (After
 * its verb the body may be the news: "became a permanent member of the G20".)
 */
import type { Entity, Sentence } from '../types.js';
import type { ArticleContext } from './article-context.js';
import { normalizeKey } from '../util/ids.js';

export function settingBody(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  if (e.cls !== 'organisation' || !/^(?:The\s+)?$/.test(s.text.slice(0, e.start))) return false;
  const headline = ` ${normalizeKey(ctx.analyzed.article.title)} `;
  const named = (x: Entity) => headline.includes(` ${normalizeKey(x.canonical)} `) || headline.includes(` ${normalizeKey(x.text)} `);
  return named(e) && s.entities.some((o) => o.start > e.end && o.cls !== 'organisation' && o.cls !== 'date' && o.cls !== 'ordinal' && named(o));
}
