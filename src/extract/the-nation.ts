/**
 * "Who was the first Indian Prime Minister to undertake a bilateral visit to the Southeast Asian
 * nation?": a report of a visit calls the country by a phrase of where it lies after naming it; a
 * card read alone says which. The country is the one foreign country the headline names; else the
 * text is left as it is (and the dangling check decides).
 */
import { countryNamed } from '../lexicon/index.js';
import type { ArticleContext } from './article-context.js';
import { knownNames } from '../util/known-names.js';

/** "the Southeast Asian nation", "the island nation", "the Gulf country", "the Himalayan kingdom". */
const THE_NATION = /\b([Tt]he) ((?:(?:Southeast|South|East|West|North|Central|Western|Eastern|Northern|Southern|Indian Ocean|Pacific|Caribbean|Gulf|Nordic|Baltic|Balkan|African|Asian|European|Arab|Latin American|Himalayan|Andean|Mediterranean|island|landlocked|archipelagic)\s+){1,3})(nation|country|kingdom|state|republic)\b(?!['’]s?\s+(?:capital|president|prime minister)\b)/g;
const NATION = new WeakMap<ArticleContext, string | null>();

export function nameTheNation(text: string, ctx: ArticleContext): string {
  if (!/\b[Tt]he (?:[\p{L} ]+ )?(?:nation|country|kingdom|state|republic)\b/u.test(text)) return text;
  const nation = headlineCountry(ctx);
  if (!nation) return text;
  // (Not "the South Asian nation", which India is too; nor "the state", unless an island's or a
  // Gulf one: "the state" is most often India's.)
  return text.replace(THE_NATION, (whole, _the: string, where: string, noun: string) => (/^South\s+Asian\s+$/.test(where) || (noun === 'state' && !/\b(?:island|Gulf|Himalayan)\b/.test(where)) ? whole : nation));
}

/** The one country other than India the headline names ("PM Modi arrives in Brunei …"), or null. */
function headlineCountry(ctx: ArticleContext): string | null {
  let found = NATION.get(ctx);
  if (found !== undefined) return found;
  const countries = knownNames(ctx.analyzed.article.title, (name) => countryNamed(name)?.name);
  countries.delete('India');
  found = countries.size === 1 ? [...countries][0] : null;
  NATION.set(ctx, found);
  return found;
}
