/**
 * wink's English model, assembled from the package's own parts but loaded faster.
 * The package's `core()` requires its 3 MB JSON, deep-copies it through stringify and parse,
 * and decodes base64 a byte at a time (~0.1 s at start-up, in each worker too); it also loads
 * the sentiment model, which quizwire never runs. Here `core()` parses the file itself (a fresh
 * object each call, so no copy is needed) and decodes with Buffer; sentiment loads only if asked.
 * When the build packed the model (`wink-model-pack.ts`), it is read from that pack instead.
 * The result is the same model: a test compares it with the package's.
 *
 * Its lexeme hash (87,593 words) is a plain object as wink builds it, or, for a quick start,
 * the pack's prebuilt table (else a Map) behind an object's face: splitting the words and
 * filling the object took ~60 ms of a one-article run's ~0.35 s. Lookups through the face are
 * slower, so a long run swaps to plain structures after ~15 articles (wink-word-table.ts).
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { uint32Words, unpackCoreModel, type PackStamp } from './wink-model-pack.js';
// The parts every analysis loads, named where they are imported so that the CLI bundle
// (scripts/bundle-cli.mjs) holds them, JSON included: required by path at start-up, each
// file was compiled without the code cache and each model JSON-parsed (~5 ms of a cold run).
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import loadCerMetaModel from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import loadNegationModel from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadNerModel from 'wink-eng-lite-web-model/dist/load-ner-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('wink-eng-lite-web-model'));
const part = (name: string): unknown => require(join(dist, name));
const CORE_JSON = join(dist, 'languages/cur/models/eng-core-web-model.json');
/** Where the build leaves the packed model (dist/, beside the compiled modules). */
export const CORE_PACK = fileURLToPath(new URL('../wink-core.pack', import.meta.url));

/** Which model the pack must have been made from. */
export function coreModelStamp(): PackStamp {
  const version = (require(join(dist, '../package.json')) as { version: string }).version;
  return { version, jsonBytes: statSync(CORE_JSON).size };
}

/** The model's JSON text (what the build packs). */
export function coreModelJson(): string {
  return readFileSync(CORE_JSON, 'utf8');
}

/** Same fields as the package's model object (see its dist/model.js). */
export interface WinkModelParts {
  core: () => unknown;
  [part: string]: unknown;
}

// `any`: the model is wink's untyped JSON.
/** The model from the package's JSON, lexicon and expansions decoded. */
function readJson(): any {
  const model = JSON.parse(coreModelJson());
  model.lexicon = uint32Words(Buffer.from(model.lexicon, 'base64'));
  model.xpansions = uint32Words(Buffer.from(model.xpansions, 'base64'));
  return model;
}

/** The model from the build's pack, or null when there is none or it is of another model. */
function readPack(path: string, lazy: boolean): any | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  return unpackCoreModel(bytes, coreModelStamp(), lazy);
}

/** How wink's lexeme hash is kept: `object` for long runs, `quick` for a quick start. */
export type LexemeLookup = 'object' | 'quick';

/** read-core-model.js and load-core-model.js, without the deep copy. */
export function loadCoreModel(lookup: LexemeLookup = 'object', pack: string | null = CORE_PACK): any {
  const model = (pack && readPack(pack, lookup === 'quick')) ?? readJson();
  const { packing, features, pos } = model;
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash = Object.create(null);
    const list: string[] = features[f].list;
    for (let k = 0; k < list.length; k++) hash[list[k]] = k;
    features[f].hash = hash;
  }
  // A quick-start pack brings its own.
  features.lexeme.hash ??= lexemeHash(features.lexeme.list, lookup);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));

  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/**
 * Word → index, as wink reads and extends it (`hash[word]`, `hash[word] = index`: nothing
 * else). The `quick` form (without a pack) answers the same through a proxy over a Map.
 */
function lexemeHash(lexemes: readonly string[], lookup: LexemeLookup): Record<string, number> {
  if (lookup === 'object') {
    const hash = Object.create(null);
    for (let k = 0; k < lexemes.length; k++) hash[lexemes[k]] = k;
    return hash;
  }
  const map = new Map<string, number>();
  for (let k = 0; k < lexemes.length; k++) map.set(lexemes[k], k);
  return new Proxy(Object.create(null), {
    get: (_, word) => map.get(word as string),
    set: (_, word, index: number) => (map.set(word as string, index), true),
  });
}

/** Loaded when first read: quizwire never lemmatises (lemmatize.js alone is ~10 ms to load). */
function lazyPart(target: object, key: string, file: string): void {
  Object.defineProperty(target, key, { enumerable: true, configurable: true, get: () => part(file) });
}

/** wink's own empty state machine (automaton.js `emptyModelJSON`): matches nothing. */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/**
 * wink builds its sentiment machine whatever the pipe: 400 KB of JSON parsed twice into 12,000
 * states (~5 ms and garbage to collect at start-up). Without `sentiment` it gets an empty one;
 * a pipe without 'sentiment' never runs it.
 */
function noSentiment(): unknown {
  return {
    machines: [EMPTY_MACHINE],
    setter: () => {
      throw new Error("quizwire: wink's sentiment model was not loaded");
    },
  };
}

/** The model object wink-nlp takes, with the fast core and lazily loaded parts it may not use. */
export function winkModel(lookup: LexemeLookup = 'object', pack: string | null = CORE_PACK, sentiment = true): WinkModelParts {
  const model: WinkModelParts = Object.create(null);
  model.core = () => loadCoreModel(lookup, pack);
  model.sbd = loadSbdModel;
  model.pos = loadPosModel;
  model.ner = loadNerModel;
  model.negation = loadNegationModel;
  model.sa = sentiment ? () => (part('load-sa-model.js') as () => unknown)() : noSentiment;
  model.metaCER = loadCerMetaModel;
  model.featureFn = featureFn;
  const addons = Object.create(null);
  lazyPart(addons, 'stem', 'porter-stemmer.js');
  lazyPart(addons, 'lemmatize', 'lemmatize.js');
  lazyPart(addons, 'readabilityStats', 'readability-stats.js');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model;
}
