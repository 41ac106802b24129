import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import { afterAll, describe, expect, it } from 'vitest';
import { coreModelJson, coreModelStamp, loadCoreModel, winkModel } from '../../src/analyze/wink-model.js';
import { packCoreModel, unpackCoreModel } from '../../src/analyze/wink-model-pack.js';
import { expectDeepEqual } from '../expect-deep-equal.js';

const require = createRequire(import.meta.url);
const packDir = mkdtempSync(join(tmpdir(), 'quizwire-pack-'));
const packFile = join(packDir, 'wink-core.pack');
writeFileSync(packFile, packCoreModel(coreModelJson(), coreModelStamp()));
afterAll(() => rmSync(packDir, { recursive: true, force: true }));

describe('wink model, loaded without the package deep copy', () => {
  it('is the same core model the package builds', () => {
    const packaged = (require('wink-eng-lite-web-model') as { core: () => unknown }).core();
    const ours = loadCoreModel();
    expectDeepEqual(ours, packaged);
    // Typed arrays compared word by word, not only by length.
    const p = packaged as { lexicon: Uint32Array; xpansions: Uint32Array };
    expect(Buffer.compare(Buffer.from(ours.lexicon.buffer), Buffer.from(p.lexicon.buffer))).toBe(0);
    expectDeepEqual(Array.from(ours.xpansions), Array.from(p.xpansions));
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

  // The quick-start forms: a Map without a pack, the pack's own table with one.
  const quick = [
    ['a Map (no pack)', null],
    ['the pack’s table', packFile],
  ] as const;

  it.each(quick)('answers every word the same from %s, and takes new words', (_, pack) => {
    const plain = loadCoreModel('object', null);
    const fast = loadCoreModel('quick', pack);
    const list: string[] = plain.features.lexeme.list;
    const fastList: string[] = fast.features.lexeme.list;
    expect(fastList.length).toBe(list.length);
    for (let k = 0; k < list.length; k++) {
      if (fast.features.lexeme.hash[list[k]] !== k) throw new Error(`${list[k]}: ${fast.features.lexeme.hash[list[k]]} ≠ ${k}`);
      if (fastList[k] !== list[k]) throw new Error(`list[${k}]: ${fastList[k]} ≠ ${list[k]}`);
    }
    expect(fast.features.lexeme.hash['not-a-word-quizwire']).toBeUndefined();
    expect(fast.features.lexeme.hash['']).toBe(plain.features.lexeme.hash['']);
    fast.features.lexeme.hash['not-a-word-quizwire'] = list.length;
    expect(fastList.push('not-a-word-quizwire')).toBe(list.length + 1);
    expect(fast.features.lexeme.hash['not-a-word-quizwire']).toBe(list.length);
    expect(fastList[list.length]).toBe('not-a-word-quizwire');
    expect(fastList[list.length + 1]).toBeUndefined();
    const { hash: _p, list: _pl, ...plainRest } = plain.features.lexeme;
    const { hash: _m, list: _ml, ...fastRest } = fast.features.lexeme;
    expectDeepEqual(fastRest, plainRest);
    const { features: _pf, ...plainModel } = plain;
    const { features: _ff, ...fastModel } = fast;
    expectDeepEqual(fastModel, plainModel);
  });

  it.each(quick)('tags text the same from %s, unknown words included', (_, pack) => {
    const text = 'Sergei Lavrov met Taro Kono in Tokyo on Monday; the zorblaxian envoys didn’t attend. Prices rose 4.5% to $3 billion.';
    const tag = (lookup: 'object' | 'quick', from: string | null) => {
      const nlp = winkNLP(winkModel(lookup, from) as never, ['sbd', 'pos', 'ner']);
      const out: unknown[] = [];
      // Twice: the second read meets the words the first one added.
      for (let i = 0; i < 2; i++) {
        const doc = nlp.readDoc(text);
        out.push(doc.tokens().out(nlp.its.value), doc.tokens().out(nlp.its.pos), doc.tokens().out(nlp.its.normal), doc.entities().out(nlp.its.detail));
      }
      return out;
    };
    expect(tag('quick', pack)).toEqual(tag('object', null));
  });

  it('tags text the same without its sentiment model, which the pipe never runs', () => {
    const text = 'Sergei Lavrov met Taro Kono in Tokyo on Monday; talks were not easy. Prices rose 4.5% to $3 billion, a terrible loss.';
    const tag = (sentiment: boolean) => {
      const nlp = winkNLP(winkModel('quick', packFile, sentiment) as never, ['sbd', 'pos', 'ner']);
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(nlp.its.value), doc.tokens().out(nlp.its.pos), doc.sentences().out(), doc.entities().out(nlp.its.detail)];
    };
    expect(tag(false)).toEqual(tag(true));
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
    expectDeepEqual(Array.from(unpacked.lexicon), decode(json.lexicon));
    expectDeepEqual(Array.from(unpacked.xpansions), decode(json.xpansions));
    expectDeepEqual({ ...unpacked, lexicon: null, xpansions: null }, { ...json, lexicon: null, xpansions: null });
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
      expectDeepEqual(loadCoreModel('object', file), loadCoreModel('object', null));
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

  it('answers the same after a long run swaps its proxies for plain structures', () => {
    const stamp = coreModelStamp();
    const plain = loadCoreModel('object', null);
    const model = unpackCoreModel(readFileSync(packFile), stamp, true, 50);
    const lexeme = model.features.lexeme;
    const heldList: string[] = lexeme.list; // wink keeps what it read first
    const hash = lexeme.hash;
    const words: string[] = plain.features.lexeme.list;
    // Before the swap: a word wink adds.
    hash['zorblax-before'] = words.length;
    heldList.push('zorblax-before');
    for (let k = 0; k < 200; k++) expect(hash[words[k * 400]]).toBe(k * 400);
    // Swapped by now: the list is a plain array, and a push through the held proxy lands in it.
    expect(lexeme.list).not.toBe(heldList);
    expect(Array.isArray(lexeme.list)).toBe(true);
    hash['zorblax-after'] = words.length + 1;
    heldList.push('zorblax-after');
    expect(lexeme.list.length).toBe(words.length + 2);
    expect(lexeme.list.slice(-2)).toEqual(['zorblax-before', 'zorblax-after']);
    expect(hash['zorblax-before']).toBe(words.length);
    expect(hash['zorblax-after']).toBe(words.length + 1);
    for (let k = 0; k < words.length; k += 7) {
      if (hash[words[k]] !== k || lexeme.list[k] !== words[k]) throw new Error(`word ${k}`);
    }
  });
});
