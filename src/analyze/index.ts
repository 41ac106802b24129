/**
 * Analysis stage: Article → AnalyzedArticle. Sentences with UD-tagged tokens and entities
 * (people with roles, places, organisations, dates resolved against the article date,
 * numbers, ordinals, money, percent, quoted terms). Pure: same article, same analysis.
 */
import type { AnalyzedArticle, Article, Entity, Sentence, Token } from '../types.js';
import { tagText, type RawToken } from './nlp.js';
import { splitParagraph } from './paragraph-segments.js';
import { joinDottedAcronyms, mergeOverlapping } from './token-repair.js';
import { repairSentences, splitAfterAbbreviations } from './sentence-repair.js';
import { numericEntities, type TokenEntity } from './numeric-entities.js';
import { parseIsoDay } from './date-resolve.js';
import { findProperRuns, NAME_NUMBER, runInitialNames } from './proper-runs.js';
import { classifyRun } from './classify-run.js';
import { resolvePeople, type PlacedMention } from './person-coref.js';
import { withPlacesNamedElsewhere } from './places-named-elsewhere.js';
import { quotedTerms } from './quoted-terms.js';
import { hashtags } from './hashtags.js';
import { speciesNames } from './species-names.js';
import { withShortFormKinds } from './short-form-kinds.js';
import { withPlaceShortNames } from './place-short-names.js';
import { withCampusNames } from './campus-names.js';
import { withCommaNames } from './comma-names.js';
import { withJoinedNames } from './joined-names.js';
import { withDescriptionsNotNames } from './described-not-named.js';
import { withLawEditions } from './law-editions.js';
import { withQuotedNames } from './quoted-names.js';
import { withVisionYears } from './vision-years.js';
import { joinDashNames } from './dash-names.js';
import { joinSlashCodes } from './slash-codes.js';
import { joinNumberedGroups } from './numbered-groups.js';
import { joinOperationNames } from './operation-names.js';
import { joinAcronymContinuation, joinByAcronym, joinSpeltPrefix, splitTrailingAcronym } from './acronym-names.js';
import { joinPartyNames } from './party-names.js';
import { joinAndNames, joinBodyOfTwoFields, joinInstitutionNames, joinRuleHalves, joinSharedCourt } from './and-names.js';
import { alternation, countryNamed, countryOf, RELATIVE_NOUNS } from '../lexicon/index.js';
import { MONTHS } from './date-components.js';
import { headlineTerm, withKeyTerm } from './headline-term.js';

/** A sentence while it is being analysed: its tokens still in segment coordinates. */
interface Draft {
  sentence: Sentence;
  segmentText: string;
  tokens: RawToken[];
  first: number;
  last: number;
  numeric: TokenEntity[];
}

/**
 * Longer than any real sentence (a list or a page without full stops): set aside, since the
 * patterns' regexes may backtrack in a sentence's length (issue 18).
 */
const MAX_SENTENCE_CHARS = 1_500;

/** ", a Hindu scripture, …": a work set off by what kind of work it is, no one's name. */
const WORK_APPOSED = /^,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:scripture|text|treatise|epic|poem|book|novel|film|movie|song|play|manuscript|painting|sculpture|opera|documentary|album|anthology|memoir|biography)\b/u;
const MACHINE_AFTER = /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:aircraft|jets?|fighters?|missiles?|rockets?|helicopters?|submarines?|warships?|tanks?|drones?|satellites?|vehicles?)\b/u;

export function analyzeArticle(article: Article): AnalyzedArticle {
  const ref = parseIsoDay(article.date);
  const drafts: Draft[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const segment of splitParagraph(paragraph)) {
      const tagged = tagText(segment.text);
      const { tokens, map, figures, codes } = joinDottedAcronyms(segment.text, tagged.tokens);
      const remap = ([a, b]: [number, number]): [number, number] => [map[a], map[b]];
      // (A figure glued to capitals, "3D", "5G", is a name, no number.)
      const found = tagged.entities.map((e) => ({ ...e, first: map[e.first], last: map[e.last] })).filter((e) => !(e.first === e.last && codes.includes(e.first)));
      // (A figure the repair freed from a glued rupee sign counts as wink's own numbers do.)
      for (const f of figures) if (!found.some((e) => e.first <= f && f <= e.last)) found.push({ type: 'CARDINAL', first: f, last: f });
      const entities = mergeOverlapping(found.sort((a, b) => a.first - b.first));
      const spans = repairSentences(tokens, splitAfterAbbreviations(tokens, dedupe(tagged.sentences.map(remap))));
      for (const [first, last] of spans) {
        if (tokens[last].end - tokens[first].start > MAX_SENTENCE_CHARS) continue;
        const start = tokens[first].start;
        const text = segment.text.slice(start, tokens[last].end);
        const sentence: Sentence = { index: drafts.length, paragraph: p, text, tokens: sentenceTokens(tokens, first, last, start), entities: [] };
        const numeric = numericEntities(segment.text, tokens, entities, first, last, ref).filter((n) => !isModelNumber(tokens, n, first, last));
        drafts.push({ sentence, segmentText: segment.text, tokens, first, last, numeric });
      }
    }
  });
  // Names once every sentence is tokenised: a sentence's first word is read against how the
  // whole article writes it (proper-runs.ts, `runInitialNames`).
  const names = runInitialNames(drafts);
  const mentions: PlacedMention[] = [];
  for (const d of drafts) {
    const blocked: boolean[] = [];
    for (const e of d.numeric) for (let k = e.first; k <= e.last; k++) blocked[k] = true;
    const ctx = { text: d.segmentText, tokens: d.tokens, sFirst: d.first, sLast: d.last };
    for (const run of findProperRuns(d.tokens, d.first, d.last, blocked, names)) {
      for (const mention of classifyRun(ctx, run)) {
        // ("the new airport at Gwalior named after Rajmata Vijayaraje Scindia": a namesake, like a
        // relative, is no one a bare surname in the next sentence takes over.)
        if (mention.cls === 'person' && (namedAsRelative(d.segmentText, d.tokens[mention.first].start) || NAMESAKE_BEFORE.test(d.segmentText.slice(Math.max(0, d.tokens[mention.first].start - 30), d.tokens[mention.first].start)))) mention.relative = true;
        // ("a Chase Tejas twin seater aircraft": a name before a machine's noun names the machine.)
        if (mention.cls === 'person' && MACHINE_AFTER.test(d.segmentText.slice(d.tokens[mention.last].end))) Object.assign(mention, { cls: 'term', status: 'final' });
        // ("The Bhagavad Gita, a Hindu scripture, …": "Gita" is a given name, the work is none.)
        if (mention.cls === 'person' && WORK_APPOSED.test(d.segmentText.slice(d.tokens[mention.last].end))) Object.assign(mention, { cls: 'term', status: 'final' });
        // ("from Al Jubail (Saudi Arabia)": a name after a preposition of place with its country
        // in brackets is a town's.)
        // ("unfolded in Shah Alam, Malaysia": the country after a comma outweighs a name's cue, not an office.)
        if (mention.cls === 'person' && (!mention.personCue || !mention.role) && inCountryNamed(d.segmentText, d.tokens[mention.first].start, d.tokens[mention.last].end, !mention.personCue)) Object.assign(mention, { cls: 'place', placeKind: 'city', status: 'final' });
        mentions.push({ sentence: d.sentence.index, mention });
      }
    }
  }
  withPlacesNamedElsewhere(mentions);
  const bySentence: PlacedMention[][] = drafts.map(() => []);
  for (const n of resolvePeople(mentions, article.title, article.paragraphs.join('\n'))) bySentence[n.sentence].push(n);
  for (const d of drafts) d.sentence.entities = sentenceEntities(d, bySentence[d.sentence.index]);
  const sentences = drafts.map((d) => d.sentence);
  withQuotedNames(sentences, article.title);
  withShortFormKinds(sentences);
  withPlaceShortNames(sentences);
  withCampusNames(sentences);
  withCommaNames(sentences);
  withJoinedNames(sentences);
  withDescriptionsNotNames(sentences);
  withLawEditions(sentences);
  withVisionYears(sentences);
  // The headline's key term, once names are known (a term never stands inside one).
  const term = headlineTerm(article.title, sentences);
  if (term) for (const s of sentences) s.entities = withKeyTerm(s, term);
  return { article, sentences };
}

/** "His father, Justice Yeshwant Chandrachud", "her son Rahul Gandhi", "son of former Delhi
 *  Chief Minister Sahib Singh Verma", "the son of the late poet Harivansh Rai Bachchan": a relative word (and titles) right before the name. */
const RELATIVE_BEFORE = new RegExp(`\\b(?:${alternation(RELATIVE_NOUNS)})(?:,?\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}|\\s+of\\s+(?:the\\s+)?(?:(?!(?:and|or|who|which|said|says|was|is|with|in|at)\\s)\\p{L}[\\p{L}.'’-]*\\s+){0,5})$`, 'u');

/** "named after ", "in memory of ": whom a thing is named for comes next. */
const NAMESAKE_BEFORE = /\b(?:named|renamed)\s+(?:after|for)\s+(?:the\s+(?:late\s+)?)?$|\bin\s+(?:the\s+)?(?:memory|honou?r)\s+of\s+(?:the\s+(?:late\s+)?)?$/;

const PLACE_PREPOSITION_BEFORE = /\b(?:from|to|in|at|near|via|off)\s+$/;
const BRACKETED_AFTER = /^\s*\(([^()]{2,30})\)/;
// ("unfolded in Shah Alam, Malaysia, as …": or its country after a comma, the country's own name.)
const COUNTRY_AFTER_COMMA = /^,\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)(?=[,.;]|\s+(?:on|in|as|at|and|for|with|after|before|during|where|when|while|last|this)\b)/u;
function inCountryNamed(text: string, start: number, end: number, bracketed = true): boolean {
  const after = text.slice(end, end + 40);
  const country = (bracketed ? BRACKETED_AFTER.exec(after)?.[1] : undefined) ?? countryAfterComma(after);
  return !!country && countryOf(country) !== null && PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

function countryAfterComma(after: string): string | undefined {
  const name = COUNTRY_AFTER_COMMA.exec(after)?.[1];
  return name !== undefined && countryNamed(name) ? name : undefined;
}

function namedAsRelative(text: string, start: number): boolean {
  return RELATIVE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/**
 * "Internet Explorer 9", "Windows 10", "Apollo 11": a small number right after a name is part
 * of the name, not a count. Not a score ("South Korea 1 – 0") and not after a country or a month.
 */
function isModelNumber(tokens: readonly RawToken[], n: TokenEntity, first: number, last: number): boolean {
  // ("Poshan 2.0", "Digital India 2.0": a version is a number of the name too.)
  if (n.first !== n.last || n.first <= first || !NAME_NUMBER.test(tokens[n.first].text)) return false;
  const before = tokens[n.first - 1];
  const after = n.first < last ? tokens[n.first + 1] : undefined;
  // ("Pusa DST Rice 1 —": a capitalised common noun ending a name of several words numbers it too.)
  const ofName = before.pos === 'PROPN' || (before.pos === 'NOUN' && n.first - 2 >= first && /^\p{Lu}/u.test(tokens[n.first - 2].text));
  if (!ofName || before.end + 1 !== tokens[n.first].start || !/^\p{Lu}/u.test(before.text)) return false;
  // (A dash glued to the figure makes a score or a range, "India 2–1", "Stage 1-2"; one set
  // apart by spaces closes an aside.)
  if (after && (/^(?:to|:|\d+|per|percent|%)$/i.test(after.text) || (/^[–—-]$/.test(after.text) && (after.start === tokens[n.first].end || /^\d/.test(tokens[n.first + 2]?.text ?? ''))))) return false;
  if (countryOf(before.text) || before.text.toLowerCase() in MONTHS) return false;
  return true;
}


/** wink may report a sentence twice after token joins; keep each span once, in order. */
function dedupe(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && s[0] <= prev[1]) prev[1] = Math.max(prev[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

function sentenceTokens(tokens: readonly RawToken[], first: number, last: number, offset: number): Token[] {
  const out: Token[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    out.push({ text: t.text, pos: t.pos, start: t.start - offset, end: t.end - offset });
  }
  return out;
}

function sentenceEntities(d: Draft, names: readonly PlacedMention[]): Entity[] {
  const offset = d.tokens[d.first].start;
  const text = d.sentence.text;
  const span = (first: number, last: number) => ({ start: d.tokens[first].start - offset, end: d.tokens[last].end - offset });
  const out: Entity[] = [];
  // Quoted terms first: names inside a term are part of it.
  const terms = quotedTerms(text);
  for (const r of terms) out.push(entity(text, r.start, r.end, 'term', text.slice(r.start, r.end).replace(/\s+/g, ' ')));
  const free = (s: { start: number; end: number }) => !out.some((e) => s.start < e.end && e.start < s.end);
  // Hashtags ("#IStandWithAhmed", "#MeToo"): a campaign's name as it is written.
  for (const r of hashtags(text)) if (free(r)) out.push(entity(text, r.start, r.end, 'term', text.slice(r.start, r.end)));
  // Scientific names next: a capitalised genus would otherwise be read as a name of its own.
  for (const r of speciesNames(text)) if (free(r)) out.push(entity(text, r.start, r.end, 'term', text.slice(r.start, r.end)));
  for (const n of d.numeric) {
    const s = span(n.first, n.last);
    if (!free(s)) continue;
    const e = entity(text, s.start, s.end, n.cls, text.slice(s.start, s.end).replace(/\s+/g, ' '));
    if (n.value !== undefined) e.value = n.value;
    if (n.resolved !== undefined) e.resolved = n.resolved;
    out.push(e);
  }
  for (const { mention: m } of names) {
    const s = span(m.first, m.last);
    if (!free(s)) continue;
    const e = entity(text, s.start, s.end, m.cls, m.canonical);
    if (m.placeKind && m.cls === 'place') e.placeKind = m.placeKind;
    if (m.role && m.cls === 'person') e.role = m.role;
    out.push(e);
  }
  return joinOperationNames(text, joinNumberedGroups(text, joinSlashCodes(text, joinDashNames(text, joinAcronymContinuation(text, joinInstitutionNames(text, joinBodyOfTwoFields(text, joinRuleHalves(text, joinSharedCourt(text, joinAndNames(text, joinPartyNames(text, joinSpeltPrefix(text, joinByAcronym(text, splitTrailingAcronym(out.sort((a, b) => a.start - b.start)))))))))))))));
}

function entity(text: string, start: number, end: number, cls: Entity['cls'], canonical: string): Entity {
  // "… will be awarded the Padma Shri.": wink keeps the sentence's full stop on a word it reads
  // as an abbreviation; a name of whole words ends before it.
  if (end === text.length && /\p{L}{3,}\.$/u.test(text.slice(start, end))) {
    end -= 1;
    canonical = canonical.replace(/\.$/, '');
  }
  return { text: text.slice(start, end), cls, start, end, canonical };
}
