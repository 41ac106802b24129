import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadCoreModel, winkModel } from '../../src/analyze/wink-model.js';

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
});
