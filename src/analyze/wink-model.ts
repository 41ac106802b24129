/**
 * wink's English model, assembled from the package's own parts but loaded faster.
 * The package's `core()` requires its 3 MB JSON, deep-copies it through stringify and parse,
 * and decodes base64 a byte at a time (~0.1 s at start-up, in each worker too); it also loads
 * the sentiment model, which quizwire never runs. Here `core()` parses the file itself (a fresh
 * object each call, so no copy is needed) and decodes with Buffer; sentiment loads only if asked.
 * The result is the same model: a test compares it with the package's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('wink-eng-lite-web-model'));
const part = (name: string): unknown => require(join(dist, name));

/** Same fields as the package's model object (see its dist/model.js). */
export interface WinkModelParts {
  core: () => unknown;
  [part: string]: unknown;
}

// `any`: the model is wink's untyped JSON.
function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  // A copy into a fresh, aligned buffer: Buffer may hand out a slice of its pool.
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length << 2));
  return words;
}

/** read-core-model.js and load-core-model.js, without the deep copy. */
export function loadCoreModel(): any {
  const model = JSON.parse(readFileSync(join(dist, 'languages/cur/models/eng-core-web-model.json'), 'utf8'));
  const { packing, features, pos } = model;
  model.lexicon = uint32FromBase64(model.lexicon);
  model.xpansions = uint32FromBase64(model.xpansions);
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash = Object.create(null);
    const list: string[] = features[f].list;
    for (let k = 0; k < list.length; k++) hash[list[k]] = k;
    features[f].hash = hash;
  }
  const lexemeHash = Object.create(null);
  const lexemes: string[] = features.lexeme.list;
  for (let k = 0; k < lexemes.length; k++) lexemeHash[lexemes[k]] = k;
  features.lexeme.hash = lexemeHash;
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
  features.lexeme.intrinsicSize = lexemes.length;
  features.lexeme.index = lexemes.length;
  return model;
}

/** The model object wink-nlp takes, with the fast core and a lazily loaded sentiment model. */
export function winkModel(): WinkModelParts {
  const model: WinkModelParts = Object.create(null);
  model.core = loadCoreModel;
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = part('load-negation-model.js');
  model.sa = () => (part('load-sa-model.js') as () => unknown)();
  model.metaCER = part('load-cer-meta-model.js');
  model.featureFn = part('feature.js');
  model.addons = Object.assign(Object.create(null), {
    stem: part('porter-stemmer.js'),
    lemmatize: part('lemmatize.js'),
    readabilityStats: part('readability-stats.js'),
    wordVectors: undefined,
  });
  return model;
}
