/**
 * "Who took oath as the deputy chief ministers of the state?": a report about one state calls it
 * "the state" after naming it; a card read alone says which. The state is the one the article
 * names most, at least twice and twice as often as any other; else the text is left as it is
 * (and the dangling check decides).
 */
import { cityNamed, regionNamed } from '../lexicon/index.js';
import { normalizeKey } from '../util/ids.js';
import { knownNames } from '../util/known-names.js';
import type { ArticleContext } from './article-context.js';

const THE_STATE = /\b(of|in|for|across) the state\b(?![-'’]|\s+(?:of|[Gg]overnments?|[Aa]ssembly|capital|[Pp]olice|level|elections?|[Bb]udget|[Cc]abinet)\b)/g;
/** "The state cabinet approved …", "the state government will bear …": the state's own body. */
const STATE_BODY = /\b([Tt]he) state ([Cc]abinet|[Gg]overnment)\b/g;
/** "highlights the state's commitment to wildlife conservation": the state's own. */
const STATE_OWNS = /\b([Tt]he) state['’]s\b/g;
const STATE = new WeakMap<ArticleContext, string | null>();

export function nameTheState(text: string, ctx: ArticleContext): string {
  if (!/\b[Tt]he state\b/.test(text)) return text;
  const state = storyState(ctx);
  return state ? text.replace(THE_STATE, (_, prep: string) => `${prep} ${state}`).replace(STATE_BODY, (_, the: string, body: string) => `${the} ${state} ${body}`).replace(STATE_OWNS, `${state}’s`) : text;
}

/** The one state a headline names ("Odisha cabinet approves …"), or null. */
function headlineState(ctx: ArticleContext): string | null {
  const states = knownNames(ctx.analyzed.article.title, (name) => {
    const region = regionNamed(name);
    return region?.kind === 'state' ? region.name : null;
  });
  return states.size === 1 ? [...states][0] : null;
}

/** The one state a story is of ("the state" it means), or null. */
export function storyState(ctx: ArticleContext): string | null {
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
  // (A state the headline names, where the body names no other: "Odisha cabinet approves …"; or
  // names others once each, in passing: "Hemant Soren takes oath as Jharkhand chief minister" over
  // "Bihar’s Leader of Opposition …, West Bengal Chief Minister … were also present".)
  if (!found) {
    const headline = headlineState(ctx);
    if (headline && (!first || first.n < 2 || normalizeKey(first.name) === normalizeKey(headline))) found = headline;
  }
  // ("Bhopal (Madhya Pradesh): … This is the seventh tiger reserve of the state.": the state the
  // dateline names, where the body names no other.)
  // ("BHOPAL: … the eighth tiger reserve of the state": a dateline's city of one known state says which.)
  const { place, placeState } = ctx.analyzed.article;
  const cityState = place ? cityNamed(place)?.state : undefined;
  const filed = placeState ?? (cityState && regionNamed(cityState)?.kind === 'state' ? cityState : undefined);
  if (!found && filed && (!first || (first.n < 2 && normalizeKey(first.name) === normalizeKey(filed)))) found = filed;
  STATE.set(ctx, found);
  return found;
}
