/**
 * The one wink-nlp instance of the process, loaded on first use.
 * wink keeps custom-entity state per instance and a second instance silently loses it,
 * so every caller goes through `tagText` instead of creating its own.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import { winkModel } from './wink-model.js';
import { alignTokens } from './token-offsets.js';

/** A token with its offsets in the text that was tagged. */
export interface RawToken {
  text: string;
  pos: string;
  start: number;
  end: number;
}

/** A wink entity as token indices (inclusive). */
export interface RawEntity {
  type: string;
  first: number;
  last: number;
}

export interface TaggedText {
  tokens: RawToken[];
  /** wink's sentences as [first, last] token indices (inclusive). */
  sentences: [number, number][];
  entities: RawEntity[];
}

let instance: WinkMethods | null = null;
let manyArticles = false;

/**
 * Said by a worker thread before its first article (study-worker.ts): it will analyse many, so
 * wink's word table is built for the fastest lookups rather than the quickest start. (Asking
 * node:worker_threads whether this is the main thread would load it: ~2 ms of a cold run.)
 */
export function expectManyArticles(): void {
  manyArticles = true;
}

function nlp(): WinkMethods {
  // Only the stages we read: skipping sentiment and negation makes wink about 40% faster
  // (and with no sentiment stage, its model need not be loaded).
  // The main thread mostly analyses one article or a few (a batch goes to workers unless
  // --jobs 1): it wants a quick start more than the fastest lookups.
  const lookup = manyArticles ? 'object' : 'quick';
  instance ??= winkNLP(winkModel(lookup, undefined, false) as unknown as Parameters<typeof winkNLP>[0], ['sbd', 'pos', 'ner']);
  return instance;
}

/** Tokens (UD POS), sentence spans and numeric/date entities of one piece of text. */
export function tagText(text: string): TaggedText {
  const wink = nlp();
  const its = wink.its;
  const doc = wink.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const offsets = alignTokens(text, values);
  const tokens: RawToken[] = [];
  const keep: number[] = []; // wink index → our index (-1 for dropped whitespace tokens)
  for (let i = 0; i < values.length; i++) {
    if (pos[i] === 'SPACE' || offsets[i] < 0) {
      keep.push(-1);
      continue;
    }
    keep.push(tokens.length);
    tokens.push({ text: values[i], pos: pos[i], start: offsets[i], end: offsets[i] + values[i].length });
  }
  const sentences = remapSpans(doc.sentences().out(its.span) as unknown as number[][], keep, false);
  const entities: RawEntity[] = [];
  const details = doc.entities().out(its.detail) as unknown as { type: string }[];
  const spans = doc.entities().out(its.span) as unknown as number[][];
  const mapped = remapSpans(spans, keep, true); // one slot per entity, to stay aligned with `details`
  for (let i = 0; i < details.length; i++) {
    const span = mapped[i];
    if (span) entities.push({ type: details[i].type, first: span[0], last: span[1] });
  }
  return { tokens, sentences: sentences.filter((s): s is [number, number] => s !== null), entities };
}

/** Translate wink token spans to indices of the kept tokens; empty spans become null slots or go. */
function remapSpans(spans: number[][], keep: number[], keepSlots: boolean): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = [];
  for (const [a, b] of spans) {
    let first = -1;
    let last = -1;
    for (let i = a; i <= b; i++) {
      if (keep[i] < 0) continue;
      if (first < 0) first = keep[i];
      last = keep[i];
    }
    if (first >= 0) out.push([first, last]);
    else if (keepSlots) out.push(null);
  }
  return out;
}
