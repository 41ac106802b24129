/**
 * Files an analysed article under one or two syllabus topics (src/lexicon/data/topics.ts), or none.
 *
 * Each topic's score is the sum of its cues found in the article: weighted words and names
 * (a cue counts up to three times in the body, and a headline mention adds two more, since a
 * headline says what the story is about), the kinds of the organisations the analysis found
 * (a central bank → economy), and, for international relations, two or more countries named
 * together with a diplomatic word. The surest topic is kept when its score reaches
 * MIN_SCORE and it stands clear of the next one by MARGIN, or when the two lead together
 * (a second topic is kept when it reaches MIN_SCORE and SECOND_SHARE of the first). A topic
 * the model is unsure of is left out rather than guessed: an article may get none.
 *
 * One pass over the words with an index by first word: it runs on every article.
 */
import { COUNTRIES_CUE, ORG_KIND_TOPICS, TOPIC_LEXICON, organisationKind, organisationNamed } from '../lexicon/index.js';
import type { AnalyzedArticle, ArticleTopic, TopicId } from '../types.js';

/** The least score a topic needs: about two clear cues, or one decisive cue in the headline. */
export const MIN_SCORE = 6;
/** A second topic is kept when it has at least this share of the first's score. */
export const SECOND_SHARE = 0.5;
/** The first topic alone must lead the next by this share of its score; closer, and the
 *  next one either joins it (SECOND_SHARE) or the article is left unsorted. */
export const MARGIN = 0.25;
/** The reason lists at most this many cues. */
const REASON_CUES = 5;
/** Body mentions a cue is counted for, and what a headline mention adds. */
const BODY_CAP = 3;
const HEADLINE_BONUS = 2;

interface Cue {
  /** The words in order (lower case for words, as written for names). */
  words: string[];
  topic: number;
  weight: number;
  /** As the reason shows it. */
  shown: string;
}

interface Index {
  words: Map<string, Cue[]>;
  names: Map<string, Cue[]>;
}

/** Words: every cue is written in Latin letters, so other scripts only separate words (and a
 *  class without \p{…} is several times faster on every article). */
const WORD = /[0-9A-Za-z\u00C0-\u024F]+/g;
const split = (text: string): string[] => text.match(WORD) ?? [];

let index: Index | null = null;

function buildIndex(): Index {
  const words = new Map<string, Cue[]>();
  const names = new Map<string, Cue[]>();
  const add = (into: Map<string, Cue[]>, cue: Cue) => {
    const list = into.get(cue.words[0]);
    if (list) list.push(cue);
    else into.set(cue.words[0], [cue]);
  };
  TOPIC_LEXICON.forEach((t, topic) => {
    for (const [phrase, weight] of Object.entries(t.words)) add(words, { words: split(phrase), topic, weight, shown: phrase });
    for (const [name, weight] of Object.entries(t.names)) add(names, { words: split(name), topic, weight, shown: name });
  });
  return { words, names };
}

/** A cue's word, as written or with a final "s" (plurals: "elections", "senior citizens"). */
const sameWord = (word: string, cueWord: string) => word === cueWord || (word.length === cueWord.length + 1 && word.endsWith('s') && word.startsWith(cueWord));

/** Counts the cues of `list` that start at word i (each list shares its first word). */
function cuesIn(list: readonly Cue[] | undefined, words: readonly string[], i: number, counts: Map<Cue, number>): void {
  if (!list) return;
  for (const cue of list) {
    if (i + cue.words.length > words.length) continue;
    let k = 1;
    while (k < cue.words.length && sameWord(words[i + k], cue.words[k])) k++;
    if (k === cue.words.length && sameWord(words[i], cue.words[0])) counts.set(cue, (counts.get(cue) ?? 0) + 1);
  }
}

function cuesAt(words: readonly string[], i: number, byFirst: Map<string, Cue[]>, counts: Map<Cue, number>): void {
  const w = words[i];
  cuesIn(byFirst.get(w), words, i, counts);
  if (w.endsWith('s')) cuesIn(byFirst.get(w.slice(0, -1)), words, i, counts);
}

/** Names start with a capital or a digit: most words need no look-up in them. */
const mayBeName = (word: string) => word.charCodeAt(0) < 97;

/** How often each cue occurs in a text's words (words in lower case; names as written). Only
 *  a word with a capital first letter is lowered: the cues have none inside a word. */
function countCues(text: string, idx: Index, counts: Map<Cue, number>): void {
  const asWritten = split(text);
  const lower = asWritten.map((w) => (mayBeName(w) ? w.toLowerCase() : w));
  for (let i = 0; i < lower.length; i++) {
    cuesAt(lower, i, idx.words, counts);
    if (lower[i] !== asWritten[i]) cuesAt(asWritten, i, idx.names, counts);
  }
}

/** Every topic's score and its cues (with what each added), in lexicon order. */
export function topicScores(analyzed: AnalyzedArticle): { topic: TopicId; score: number; cues: { shown: string; points: number }[] }[] {
  const idx = (index ??= buildIndex());
  const title = new Map<Cue, number>();
  const body = new Map<Cue, number>();
  countCues(analyzed.article.title, idx, title);
  // One text, one regex run (a phrase across two sentences would count: rare, and harmless).
  countCues(analyzed.sentences.map((s) => s.text).join('\n'), idx, body);

  const tally = TOPIC_LEXICON.map((t) => ({ topic: t.id, score: 0, cues: [] as { shown: string; points: number }[] }));
  const credit = (topic: number, shown: string, points: number) => {
    tally[topic].score += points;
    tally[topic].cues.push({ shown, points });
  };
  for (const cue of new Set([...title.keys(), ...body.keys()])) {
    const times = Math.min(body.get(cue) ?? 0, BODY_CAP) + (title.has(cue) ? HEADLINE_BONUS : 0);
    credit(cue.topic, cue.shown, cue.weight * times);
  }

  const orgs = new Set<string>();
  const countries = new Set<string>();
  for (const s of analyzed.sentences) {
    for (const e of s.entities) {
      if (e.cls === 'organisation') orgs.add(e.canonical);
      else if (e.cls === 'place' && e.placeKind === 'country') countries.add(e.canonical);
    }
  }
  const topicAt = new Map(TOPIC_LEXICON.map((t, i) => [t.id, i]));
  for (const org of [...orgs].sort()) {
    const kind = organisationKind(org);
    if (!kind) continue;
    // An organisation already counted by its name ("RBI", "ISRO") is not counted again by its kind.
    const known = organisationNamed(org);
    const names = [org, ...(known?.aliases ?? [])].map((n) => n.toLowerCase());
    for (const [topic, points] of Object.entries(ORG_KIND_TOPICS[kind])) {
      const t = topicAt.get(topic as TopicId)!;
      if (!names.some((n) => tally[t].cues.some((c) => c.shown.toLowerCase() === n))) credit(t, org, points!);
    }
  }
  const ir = topicAt.get(COUNTRIES_CUE.topic)!;
  if (countries.size >= COUNTRIES_CUE.minCountries && tally[ir].score > 0) {
    credit(ir, `countries: ${[...countries].sort().join(', ')}`, COUNTRIES_CUE.weight);
  }
  return tally;
}

/** The article's topics, surest first: none, one or two (see the header for the rule). */
export function classifyTopics(analyzed: AnalyzedArticle): ArticleTopic[] {
  // Sorted by score; a tie keeps the lexicon's order (the sort is stable).
  const ranked = topicScores(analyzed).sort((a, b) => b.score - a.score);
  const [first, second, third] = ranked;
  if (first.score < MIN_SCORE) return [];
  const kept = [first];
  if (second.score >= MIN_SCORE && second.score >= SECOND_SHARE * first.score) {
    // Two lead together, but only if a third is not as close: then which two is a guess.
    if (third.score >= MIN_SCORE && second.score - third.score < MARGIN * first.score) return first.score - second.score >= MARGIN * first.score ? [assigned(first)] : [];
    kept.push(second);
  } else if (first.score - second.score < MARGIN * first.score) {
    return [];
  }
  return kept.map(assigned);
}

function assigned(t: { topic: TopicId; score: number; cues: { shown: string; points: number }[] }): ArticleTopic {
  const strongest = [...t.cues].sort((a, b) => b.points - a.points || (a.shown < b.shown ? -1 : a.shown > b.shown ? 1 : 0));
  return { topic: t.topic, score: t.score, reason: strongest.slice(0, REASON_CUES).map((c) => c.shown) };
}
