/**
 * "Who took oath as the deputy chief ministers of the state?": a report about one state calls it
 * "the state" after naming it; a card read alone says which. The state is the one the article
 * names most, at least twice and twice as often as any other; else the text is left as it is
 * (and the dangling check decides).
 */
import { regionNamed } from '../lexicon/index.js';
import { normalizeKey } from '../util/ids.js';
import type { ArticleContext } from './article-context.js';

const THE_STATE = /\b(of|in|for|across) the state\b(?![-'’]|\s+(?:of|government|governments|assembly|capital|police|level|election|elections|budget)\b)/g;
const STATE = new WeakMap<ArticleContext, string | null>();

export function nameTheState(text: string, ctx: ArticleContext): string {
  if (!text.includes('the state')) return text;
  const state = storyState(ctx);
  return state ? text.replace(THE_STATE, (_, prep: string) => `${prep} ${state}`) : text;
}

function storyState(ctx: ArticleContext): string | null {
  let found = STATE.get(ctx);
  if (found !== undefined) return found;
  const counts = new Map<string, { name: string; n: number }>();
  for (const { entity } of ctx.timeline) {
    if (entity.cls !== 'place' || entity.placeKind !== 'region' || regionNamed(entity.canonical)?.kind !== 'state') continue;
    const key = normalizeKey(entity.canonical);
    const c = counts.get(key) ?? { name: entity.canonical, n: 0 };
    c.n++;
    counts.set(key, c);
  }
  const [first, second] = [...counts.values()].sort((a, b) => b.n - a.n);
  found = first && first.n >= 2 && (!second || first.n >= 2 * second.n) ? first.name : null;
  STATE.set(ctx, found);
  return found;
}
