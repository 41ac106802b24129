/**
 * "The committee includes the Leader of Opposition …" after "a selection committee headed by the
 * Prime Minister …"; "The rate has remained unchanged since …" after "the policy repo rate": a
 * sentence that opens on a bare common noun means the one the sentences before qualified. The
 * cloze says it as they did ("The selection committee …", "The repo rate …"), or stays as it was.
 */
import type { Sentence } from '../types.js';
import type { ArticleContext } from './article-context.js';
import { reEscape } from '../util/re-escape.js';

/** Nouns whose bare form already says which one in a news report. */
const SELF_NAMED = new Set(['government', 'centre', 'court', 'police', 'army', 'navy', 'state', 'country', 'city', 'company', 'president', 'minister', 'year', 'day', 'week', 'month', 'world', 'nation', 'people', 'public', 'event', 'ceremony', 'meeting', 'report', 'study', 'scheme', 'mission', 'index', 'bill', 'decision', 'move', 'plan']);
/** Words before a noun that qualify nothing. */
const NOT_QUALIFIER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|new|same|other|first|last|such|any|each|every|own|previous|current|said|whole|entire|more|most|less|one|two|three|and|or|of|in|on|at|to|for|by|with|from|is|was|are|were)$/;
/** A figure or "per" right before the word: "8.2 per cent growth", "25 basis point cut". */
const MEASURE_BEFORE = /(?:\bper|\d[\d.,]*%?|\bbasis|\b(?:hundred|thousand|lakh|crore|million|billion|trillion))\s+$/i;
/** Sentences back the qualified noun is looked for in. */
const LOOK_BACK = 2;
/** Prepositions that narrow a noun to a group or area ("the rate among women in cities"). */
const NARROWING = new Set(['among', 'for', 'in']);
/** Words a complement may hold: a group or area, not a clause. */
const COMPLEMENT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Groups that narrow nothing by themselves ("for people aged 15 and above" is everyone counted). */
const EVERYONE = /^(?:people|persons|individuals|population|those|all)$/i;
/** A time, which says when the figure held, not which figure it is. */
const WHEN = /^(?:quarter|year|month|week|period|half|fiscal|FY\d*|\d{4}|January|February|March|April|May|June|July|August|September|October|November|December|[A-Z][a-z]+-[A-Z][a-z]+)$/;

/** An opening that narrows the whole sentence ("In terms of the male population, the rate …"). */
const FRONTED = /^(?:In terms of|In the case of|Among|For) [^,]{3,40}, /;

/** The complements after `at` that narrow the noun ("among females", "in urban areas"), skipping
 *  a bracketed aside: the later sentence's bare noun means the narrowed one. */
function narrowing(prior: Sentence, at: number): string {
  const tokens = prior.tokens.filter((t) => t.start >= at);
  const parts: string[] = [];
  let i = 0;
  while (parts.length < 2 && i < tokens.length) {
    if (tokens[i].text === '(') {
      const close = tokens.findIndex((t, j) => j > i && t.text === ')');
      if (close < 0) break;
      i = close + 1;
      continue;
    }
    if (!NARROWING.has(tokens[i].text.toLowerCase())) break;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && COMPLEMENT_POS.has(tokens[j].pos)) j++;
    const words = tokens.slice(i + 1, j);
    if (!words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || words.some((t) => WHEN.test(t.text)) || EVERYONE.test(words[words.length - 1].text)) break;
    // ("in Jammu and Kashmir": never a name cut at its "and".)
    const cut = prior.entities.find((e) => e.start < tokens[j - 1].end && e.end > tokens[j - 1].end);
    const end = cut ? cut.end : tokens[j - 1].end;
    parts.push(prior.text.slice(tokens[i].start, end));
    while (j < tokens.length && tokens[j].start < end) j++;
    i = j;
  }
  return parts.map((p) => ` ${p}`).join('');
}

/** The words that qualify the noun `re` finds in a sentence. Only a noun before it names a kind
 *  ("selection committee", "repo rate"); an adjective says something of it ("high probability",
 *  "normal monsoon") that need not hold elsewhere. */
function qualifiers(prior: Sentence, re: RegExp, adjectives = false): RegExpExecArray[] {
  const posAt = (at: number) => prior.tokens.find((t) => t.start === at)?.pos;
  return [...prior.text.matchAll(re)].filter((x) => {
    const pos = posAt(x.index!);
    if (NOT_QUALIFIER.test(x[1])) return false;
    // ("6,000 wild elephants": an adjective after a count is no unit of it.)
    if (adjectives && pos === 'ADJ') return true;
    // ("a robust 8.2 per cent growth": a measure's unit says how much, not which growth.)
    return pos === 'NOUN' && !MEASURE_BEFORE.test(prior.text.slice(0, x.index));
  }) as RegExpExecArray[];
}

/** True when a sentence before sentence `k` qualifies the noun by another word than `word`, an
 *  adjective too ("wild elephants" is a wider group than "baby elephants"). */
function otherQualifierBefore(ctx: ArticleContext, k: number, re: RegExp, word: string): boolean {
  return ctx.analyzed.sentences.slice(0, k).some((s) => qualifiers(s, re, true).some((x) => x[1] !== word));
}

export function qualifyOpening(cloze: string, ctx: ArticleContext, sentence: Sentence): string {
  const m = /^The ([a-z]{3,})\b/.exec(cloze);
  // ("The process of landfall will …": a noun with its own "of" complement says which already.)
  if (!m || SELF_NAMED.has(m[1]) || /^\s+of\s/.test(cloze.slice(m[0].length))) return cloze;
  const noun = m[1];
  const re = new RegExp(`(?<![\\w-])([a-z][a-z-]{2,}) ${reEscape(noun)}\\b`, 'g');
  for (let k = sentence.index - 1; k >= Math.max(0, sentence.index - LOOK_BACK); k--) {
    const prior = ctx.analyzed.sentences[k];
    const found = qualifiers(prior, re);
    // One way of qualifying it only: two ("repo rate", "bank rate") leave it open, here or
    // further back ("Olive Ridley sea turtles …", then "baby turtles crawl …. The turtles
    // skipped …": the story's turtles are not the babies).
    if (new Set(found.map((x) => x[1])).size === 1 && !otherQualifierBefore(ctx, k, re, found[0][1])) {
      const rest = cloze.slice(m[0].length);
      // ("The rate among men was …" narrows it itself.)
      if (/^\s+(?:among|for)\s/.test(rest)) return `The ${found[0][1]} ${noun}${rest}`;
      const front = FRONTED.exec(prior.text);
      const qualified = `${found[0][1]} ${noun}${narrowing(prior, found[0].index! + found[0][0].length)}${rest}`;
      return front && front[0].length <= found[0].index! ? `${front[0]}the ${qualified}` : `The ${qualified}`;
    }
    if (found.length) return cloze;
  }
  return cloze;
}

/** Sectors an economy's data names by one word. */
const SECTOR_NAMES = /\b(manufacturing|mining|agriculture|construction|services|electricity|trade|retail|banking|insurance|telecom|textiles?|tourism|fisheries|aviation|automobile|steel|cement|pharmaceuticals?|real estate|hospitality)\b/gi;

/**
 * "As per the statement, manufacturing grew by 2.2% … In the same period last financial year,
 * the sector had grown by 14.3%": "the sector" is the one sector the sentence before (or its own)
 * names, said as "the manufacturing sector"; left as it is where none or two were named.
 */
export function nameTheSector(cloze: string, ctx: ArticleContext, sentence: Sentence): string {
  if (!/\b[Tt]he sector\b(?!\s+(?:of|in|as)\b)/.test(cloze)) return cloze;
  for (const k of [sentence.index, sentence.index - 1]) {
    const text = ctx.analyzed.sentences[k]?.text;
    if (!text) continue;
    const named = new Set([...text.matchAll(SECTOR_NAMES)].map((m) => m[1].toLowerCase()));
    if (named.size === 1) return cloze.replace(/\b([Tt])he sector\b(?!\s+(?:of|in|as)\b)/, (_, t: string) => `${t}he ${[...named][0]} sector`);
    if (named.size > 1) return cloze;
  }
  return cloze;
}
