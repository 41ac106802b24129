import type { Sentence } from '../../types.js';
import type { ArticleContext } from '../article-context.js';
import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { homeCountryName } from '../setting-country.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { wordCount } from '../text-utils.js';

/**
 * A running total the news moves: "…, taking the number of wetlands of international importance
 * in the country to 75", "This brings the total number of such sites in India to 85", "raising
 * the tally of tiger reserves to 58" → "What was the total number of Ramsar sites in India in
 * August 2024?" → 85. How many of a kind a country has (Ramsar sites, tiger reserves, World
 * Heritage Sites, GI tags) is what exams ask of these reports, more than the day's addition.
 */
const VERB = String.raw`(?:tak(?:es|ing|en)|took|bring(?:s|ing)?|brought|rais(?:es|ing|ed)|push(?:es|ing|ed)|increas(?:es|ing|ed))`;
const TALLY = new RegExp(
  String.raw`\b${VERB}\s+(?:the|its|our|their|(?<owner>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s)\s+(?:total\s+)?(?:number|tally|count|total)\s+of\s+(?<what>[^\s,;:][^,;:]{2,79}?) to (?<num>\d+(?:,\d+)*|[a-z]+(?:-[a-z]+)?)(?=[\s,.;]|$)`,
  'du',
);
/** "the count of cheetahs at the Kuno National Park has gone up to 20", "the total number of
 *  Ramsar sites now stands at 85": the total as the clause's subject. */
const TALLY_SUBJECT = new RegExp(
  String.raw`\b[Tt]he\s+(?:total\s+)?(?:number|tally|count|total)\s+of\s+(?<what>[^\s,;:][^,;:]{2,79}?)\s+(?:(?:has|have|had)\s+)?(?:now\s+)?(?:gone up|risen|rose|increased|climbed|grown|jumped|reached|touched|stands at|stood at)\s+(?:to\s+)?(?<num>\d+(?:,\d+)*|[a-z]+(?:-[a-z]+)?)(?=[\s,.;]|$)`,
  'd',
);
const TRANSIENT = /^(?:(?:new|active|confirmed|positive|fresh)\s+)?(?:cases|deaths|infections|patients|casualties|victims|injured|dead|fatalities|arrests|complaints|votes|people|persons)\b/;
/** "the number of such sites": "such" points to the kind the sentence before named. */
const SUCH = /^such\s+(\p{L}+)\b/u;

const find: FindDrafts<'tally'> = (s, ctx) => {
  if (!/\b(?:number|tally|count|total)\s+of\b/.test(s.text)) return [];
  const m = TALLY.exec(s.text) ?? TALLY_SUBJECT.exec(s.text);
  // ("The number of cases in Kerala rose to 75": a day's count of an outbreak or a disaster
  // moves on tomorrow; a kind the country keeps does not.)
  if (!m || TRANSIENT.test(m.groups!.what)) return [];
  const [ns, ne] = m.indices!.groups!.num!;
  const count = s.entities.find((e) => e.cls === 'number' && e.start <= ns && e.end >= ne);
  if (!count) return [];
  // ("Ramsar sites (Wetlands of International Importance)": the bracket glosses, the name asks.)
  const counted = kindOf(m.groups!.what.replace(/\s*\([^()]*\)/g, '').trim(), s, ctx);
  // "India has increased its tally of Ramsar sites to 85": whose tally, when the kind names no place.
  // ("bringing India's number of World Heritage sites to 40": the owner named, the same.)
  const owner = m.groups!.owner;
  const placed = !counted || /\bin\s+\p{Lu}/u.test(counted);
  const what = placed ? counted : owner ? `${counted} in ${owner}` : /^its\b/.test(m[0].split(/\s+/)[1] ?? '') ? ownedBy(counted, s, m.index) : counted;
  if (!what || wordCount(what) > 12 || hasDanglingReference(what)) return [];
  const when = ctx.monthYear ? ` in ${ctx.monthYear}` : '';
  return [{
    pattern: 'tally',
    question: `What was the total number of ${what}${when}?`,
    answer: count.text,
    answerText: count.text,
    answerStart: count.start,
    answerType: 'number',
    sentenceIndex: s.index,
    confidence: 0.85,
    about: [],
    statement: `The total number of ${what} was ${count.text}${when}.`,
  } satisfies FactDraft<'tally'>];
};

/** "Ramsar sites in India" when a country opens the clause that raised "its" tally; null otherwise. */
function ownedBy(counted: string, s: Sentence, at: number): string | null {
  const owner = s.entities.find((e) => e.cls === 'place' && e.placeKind === 'country' && e.end <= at);
  return owner ? `${counted} in ${owner.canonical}` : null;
}

/** What is counted, with "such …" and "the country" read from the article; null when they
 *  cannot be. */
function kindOf(what: string, s: Sentence, ctx: ArticleContext): string | null {
  let out = what;
  const such = SUCH.exec(out);
  if (such) {
    const named = namedKindBefore(such[1], s, ctx);
    if (!named) return null;
    out = named + out.slice(such[0].length);
  }
  if (/\bthe country$/.test(out)) {
    const home = homeCountryName(ctx);
    if (!home) return null;
    out = out.replace(/\bthe country$/, home);
  }
  return out;
}

/** "designated 'Ramsar sites'" or "the Ramsar sites" in the sentence before: the kind with its name. */
function namedKindBefore(noun: string, s: Sentence, ctx: ArticleContext): string | null {
  const prev = ctx.analyzed.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return null;
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(String.raw`(?:['‘"“](\p{Lu}[^'’"”]{0,40}\s${escaped})['’"”]|\b(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s${escaped})\b)`, 'u').exec(prev.text);
  return m ? (m[1] ?? m[2]) : null;
}

export default definePattern({
  id: 'tally',
  describe: 'A running total the news moves: "taking the number of Ramsar sites to 85"',
  find,
});
