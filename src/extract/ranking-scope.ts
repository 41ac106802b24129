/**
 * "Singapore and the US are at the second and third positions, respectively.", "For the eighth
 * straight time, the list is topped by Switzerland": in a story of one index, a sentence that
 * tells places without naming a list means that index. The card names it ("In the Global
 * Competitiveness Index, …", "the Global Competitiveness Index is topped by …"), or a student
 * could not tell which ranking the places are in.
 */
import type { Sentence } from '../types.js';
import { namedInHeadline, type ArticleContext } from './article-context.js';
import { isAcronymOf } from '../util/acronym.js';
import { isCommonWord } from '../lexicon/index.js';

/** "the second and third positions", "the 28th position", "fourth spot", "ranked 28th". */
// ("Bihar has been adjudged as the worst performer": the best and the worst are places too.)
const PLACE_TOLD = /\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:and\s+(?:\w+)\s+)?(?:positions?|spots?|rank|place)\b|ranked\s+(?:at\s+)?(?:the\s+)?\d{1,3}(?:st|nd|rd|th)?\b|(?:best|worst|top|bottom)[\s-]+perform(?:er|ers|ing)\b)/i;
/** A sentence that says which list it tells of, or in which contest the places were won. */
const LIST_SAID = /\b(?:index|indices|ranking|rankings|list|report|survey|table|tally|standings|race|election|poll|polls|exam|examination|match|final|league|tournament|championship|games|olympics|category|categories)\b/i;
/** "the list is topped by …": a bare "the list", no "of …" after it to say which. */
// ("Tamil Nadu tops the ranking with an index score of 80.89": the ranking too.)
const BARE_LIST = /\b([Tt])he (?:list|rankings?)\b(?!\s+of\b)/;
/** The name of an index or ranking, its edition's year aside. */
const INDEX_NAME = /\b(?:Index|Ranking|Rankings)$/;
const EDITION = /\s+(?:19|20)\d\d(?:-\d{2,4})?$/;

const SCOPE = new WeakMap<ArticleContext, string | null>();

/** The one index the headline names, if the article names exactly one and no other list. */
function storyIndex(ctx: ArticleContext): string | null {
  let name = SCOPE.get(ctx);
  if (name === undefined) {
    const named = ctx.timeline.map((t) => t.entity).filter((e) => e.cls === 'term' || e.cls === 'organisation');
    const names = new Set(named.filter((e) => INDEX_NAME.test(e.canonical.replace(EDITION, '')) && namedInHeadline(e, ctx)).map((e) => e.canonical.replace(EDITION, '')));
    // ("India's tentative list … the World Heritage List": with any list named, "the list" may be either.)
    const otherList = named.some((e) => /\bList$/.test(e.canonical));
    name = names.size === 1 && !otherList ? [...names][0] : null;
    SCOPE.set(ctx, name);
  }
  return name;
}

/** Whether the sentence names the index itself, in full or by its short form ("The CCPI 2026 …"). */
// (In the words the card keeps: a clause cut from "… in NITI Aayog's SDG India Index 2023-24, …,
// while Bihar has been adjudged as the worst performer" names none.)
function namesIndex(sentence: Sentence, name: string, kept: string): boolean {
  return sentence.entities.some((e) => (e.canonical.replace(EDITION, '') === name || isAcronymOf(e.text, name)) && kept.includes(e.text));
}

/** The text with the story's index named for its bare "the list", or before it where its
 *  sentence tells places of no list it names. */
export function inRankingOf(text: string, ctx: ArticleContext, sentence: Sentence): string {
  const bare = BARE_LIST.test(sentence.text);
  if (!bare && !PLACE_TOLD.test(sentence.text)) return text;
  const name = storyIndex(ctx);
  const kept = text.replace(/\{\{c\d+::([^}]*)\}\}/g, '$1');
  if (!name || text.includes(name) || namesIndex(sentence, name, kept)) return text;
  if (bare) return text.replace(BARE_LIST, (_, t: string) => `${t}he ${name}`);
  // (A sentence that opens on its own scope, "In Nepal (ranked 112), …", is left as it is.)
  if (LIST_SAID.test(kept) || /^(?:In|Among|On)\s/.test(text)) return text;
  const first = /^\p{Lu}\p{Ll}+\b/u.exec(text)?.[0];
  const rest = first && isCommonWord(first.toLowerCase()) ? text[0].toLowerCase() + text.slice(1) : text;
  return `In the ${name}, ${rest}`;
}
