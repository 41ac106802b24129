import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { coreModelJson, coreModelStamp, loadCoreModel, winkModel } from '../../src/analyze/wink-model.js';
import { packCoreModel, unpackCoreModel } from '../../src/analyze/wink-model-pack.js';

const require = createRequire(import.meta.url);

describe('wink model, loaded without the package deep copy', () => {
  it('is the same core model the package builds', () => {
    const packaged = (require('wink-eng-lite-web-model') as { core: () => unknown }).core();
    const ours = loadCoreModel();
    expect(ours).toEqual(packaged);
    // Typed arrays compared word by word, not only by length.
    const p = packaged as { lexicon: Uint32Array; xpansions: Uint32Array };
    expect(Buffer.compare(Buffer.from(ours.lexicon.buffer), Buffer.from(p.lexicon.buffer))).toBe(0);
    expect(Array.from(ours.xpansions)).toEqual(Array.from(p.xpansions));
  });

  it('gives each caller its own copy, as wink adds words to it as it reads', () => {
    const a = loadCoreModel();
    a.features.lexeme.list.push('quizwire-test-word');
    expect(loadCoreModel().features.lexeme.list).not.toContain('quizwire-test-word');
  });

  it('has every part the package model has', () => {
    const packaged = require('wink-eng-lite-web-model') as Record<string, unknown>;
    const ours = winkModel();
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    for (const key of Object.keys(packaged)) expect(typeof ours[key]).toBe(typeof packaged[key]);
    expect(Object.keys(ours.addons as object).sort()).toEqual(Object.keys(packaged.addons as object).sort());
  });

  it('answers every word the same from its Map-backed hash, and takes new words', () => {
    const plain = loadCoreModel('object');
    const mapped = loadCoreModel('map');
    const list: string[] = plain.features.lexeme.list;
    for (let k = 0; k < list.length; k++) {
      if (mapped.features.lexeme.hash[list[k]] !== k) throw new Error(`${list[k]}: ${mapped.features.lexeme.hash[list[k]]} ≠ ${k}`);
    }
    expect(mapped.features.lexeme.hash['not-a-word-quizwire']).toBeUndefined();
    mapped.features.lexeme.hash['not-a-word-quizwire'] = 123456;
    expect(mapped.features.lexeme.hash['not-a-word-quizwire']).toBe(123456);
    const { hash: _p, ...plainRest } = plain.features.lexeme;
    const { hash: _m, ...mappedRest } = mapped.features.lexeme;
    expect(mappedRest).toEqual(plainRest);
  });

  it('tags text the same whichever way the hash is kept, unknown words included', () => {
    const text = 'Sergei Lavrov met Taro Kono in Tokyo on Monday; the zorblaxian envoys didn’t attend. Prices rose 4.5% to $3 billion.';
    const tag = (lookup: 'object' | 'map') => {
      const nlp = winkNLP(winkModel(lookup) as never, ['sbd', 'pos', 'ner']);
      const out: unknown[] = [];
      // Twice: the second read meets the words the first one added.
      for (let i = 0; i < 2; i++) {
        const doc = nlp.readDoc(text);
        out.push(doc.tokens().out(nlp.its.value), doc.tokens().out(nlp.its.pos), doc.tokens().out(nlp.its.normal), doc.entities().out(nlp.its.detail));
      }
      return out;
    };
    expect(tag('map')).toEqual(tag('object'));
  });

  it('loads the parts quizwire never uses only when they are read', () => {
    const addons = winkModel().addons as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(addons, 'lemmatize')?.get).toBeTypeOf('function');
    expect(addons.lemmatize).toBe(require('wink-eng-lite-web-model').addons.lemmatize);
  });
});

describe('wink model pack', () => {
  it('unpacks to the model the JSON gives', () => {
    const stamp = coreModelStamp();
    const unpacked = unpackCoreModel(packCoreModel(coreModelJson(), stamp), stamp);
    expect(unpacked).not.toBeNull();
    const json = JSON.parse(coreModelJson());
    const decode = (b64: string) => Array.from(new Uint32Array(new Uint8Array(Buffer.from(b64, 'base64')).buffer));
    expect(Array.from(unpacked.lexicon)).toEqual(decode(json.lexicon));
    expect(Array.from(unpacked.xpansions)).toEqual(decode(json.xpansions));
    expect({ ...unpacked, lexicon: null, xpansions: null }).toEqual({ ...json, lexicon: null, xpansions: null });
  });

  it('is not used when made from another model, or when it is no pack', () => {
    const stamp = coreModelStamp();
    const pack = packCoreModel(coreModelJson(), stamp);
    expect(unpackCoreModel(pack, { ...stamp, version: '0.0.0' })).toBeNull();
    expect(unpackCoreModel(pack, { ...stamp, jsonBytes: stamp.jsonBytes + 1 })).toBeNull();
    expect(unpackCoreModel(Buffer.from('{"not":"a pack"}'), stamp)).toBeNull();
  });

  it('loads the same core model from a pack file as from the JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizwire-pack-'));
    try {
      const file = join(dir, 'wink-core.pack');
      writeFileSync(file, packCoreModel(coreModelJson(), coreModelStamp()));
      expect(loadCoreModel('object', file)).toEqual(loadCoreModel('object', null));
      // A missing pack falls back to the JSON.
      expect(loadCoreModel('object', join(dir, 'missing.pack')).features.lexeme.list.length).toBeGreaterThan(80_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('made by the build is of the installed model, so runs use it', () => {
    const built = fileURLToPath(new URL('../../dist/wink-core.pack', import.meta.url));
    if (!existsSync(built)) return; // `npm test` builds first; a bare vitest run may not have
    expect(unpackCoreModel(readFileSync(built), coreModelStamp())).not.toBeNull();
  });
});
