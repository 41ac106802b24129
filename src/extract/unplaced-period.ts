/**
 * "How many sites have been declared as Ramsar sites this year itself?" from an article with no
 * date: "this year", "last month" say nothing on a card read later. Said as the year where the
 * article states which year it means ("the number is 19 for this year (2022)"); else the item is
 * not made. (With the article's date known, generate/absolute-dates.ts says the dates.)
 */
import type { ArticleContext } from './article-context.js';

const RELATIVE_PERIOD = /\b(?:this|last|next|previous|current|coming)\s+(?:year|month|week)\b/i;
const THIS_YEAR = /\b(?:in\s+)?(?:this|the\s+current)\s+year(?:\s+itself)?\b/gi;
const YEAR = /\b(?:19|20)\d\d\b/;
/** "this year (2022)", "the current year, 2022": the year the article says it means. */
const STATED_THIS_YEAR = /\b(?:this|the\s+current)\s+year\s*(?:\(|,\s*)((?:19|20)\d\d)\b/i;

const STATED = new WeakMap<ArticleContext, string | null>();
function statedThisYear(ctx: ArticleContext): string | null {
  let year = STATED.get(ctx);
  if (year === undefined) STATED.set(ctx, (year = ctx.analyzed.article.paragraphs.map((p) => STATED_THIS_YEAR.exec(p)?.[1]).find(Boolean) ?? null));
  return year;
}

/** The text with an undated article's "this year" said as its year, the text itself where nothing
 *  needs placing, or null where a period cannot be placed. */
export function placedPeriod(text: string, sentence: string, ctx: ArticleContext): string | null {
  if (ctx.analyzed.article.date || !RELATIVE_PERIOD.test(text) || YEAR.test(sentence)) return text;
  const year = statedThisYear(ctx);
  const placed = year ? text.replace(THIS_YEAR, `in ${year}`) : text;
  if (!RELATIVE_PERIOD.test(placed)) return placed;
  // ("… stands at 187 per one lakh population, an improvement from last year": a closing aside
  // that compares with the period goes; what the sentence states stands without it.)
  // ("… as per the 10th estimation conducted by the Gujarat government earlier this year.": the
  // period of a survey or a release the sentence cites at its end goes; its figure stands.)
  // ("1,757 crocodiles … were counted this year", "in this year's census": the count the story
  // reports is this census's, said without the year it cannot place.)
  const cut = placed.replace(CLOSING_ASIDE, '$1').replace(CITED_WHEN, '$1').replace(COUNTED_THIS_YEAR, '$1').replace(THIS_YEARS_COUNT, (hit: string, count: string) => `${hit[0] === 'T' ? 'The' : 'the'} ${count}`);
  return cut !== placed && !RELATIVE_PERIOD.test(cut) ? cut : null;
}

/** "were counted this year", "was recorded this year": a count's verb and the year it was made. */
const COUNTED_THIS_YEAR = /(\b(?:was|were|have\s+been|has\s+been)\s+(?:counted|recorded|sighted|spotted|enumerated|estimated))\s+this\s+year\b/i;
/** "this year's census": the count itself. */
const THIS_YEARS_COUNT = /\bthis\s+year['’]s\s+(census|count|headcount|survey|estimation|enumeration)\b/i;

/** "conducted by … earlier this year." closing a sentence: when a cited survey or report was made. */
const CITED_WHEN = /(\b(?:conducted|carried out|released|published|undertaken|held)\b[^,{}_.?]{0,60})\s(?:earlier|later)\s(?:this|last)\s(?:year|month)(?=[.?]$)/i;

/** A last comma-phrase holding the period, no blank in it, before the closing stop (", an
 *  improvement from last year", ", to be celebrated next year"). */
// (A figure's own commas, "3,100", are no end of the aside.)
const CLOSING_ASIDE = /,\s(?:an?|up|down|to\sbe|due)\s(?:[^,{}_]|,(?=\d))*?\b(?:this|last|next|previous|current|coming)\s(?:year|month|week)\b[^,{}_.?]*([.?])$/i;
