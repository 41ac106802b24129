import { describe, expect, it } from 'vitest';
import { parseStatementCode } from '../../src/render/shared/statements.js';
import { buildVersions, isPinnedOption, versionLabel } from '../../src/render/worksheet/versions.js';
import { correctNumbers, sampleItems } from './sample-quiz.js';

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('buildVersions', () => {
  const items = sampleItems();

  it('labels sets A, B, C and keeps set A in the given order', () => {
    const versions = buildVersions(items, 3, 42);
    expect(versions.map((v) => v.label)).toEqual(['A', 'B', 'C']);
    expect(versions[0].items).toEqual(items);
  });

  it('shuffles the other sets, with the same items in each', () => {
    const [a, b, c] = buildVersions(items, 3, 42);
    expect(ids(b.items)).not.toEqual(ids(a.items));
    expect(ids(c.items)).not.toEqual(ids(b.items));
    for (const v of [b, c]) expect([...ids(v.items)].sort()).toEqual([...ids(a.items)].sort());
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const once = buildVersions(items, 2, 7)[1].items;
    const again = buildVersions(items, 2, 7)[1].items;
    const other = buildVersions(items, 2, 8)[1].items;
    expect(again).toEqual(once);
    expect(ids(other)).not.toEqual(ids(once));
  });

  it('keeps each MCQ answer right and "of the above" options last', () => {
    const original = new Map(items.map((i) => [i.id, i]));
    for (const version of buildVersions(items, 4, 3).slice(1)) {
      for (const item of version.items.filter((i) => i.type === 'mcq')) {
        const before = original.get(item.id)!;
        expect([...item.options!].sort()).toEqual([...before.options!].sort());
        expect(item.options![item.answerIndex!]).toBe(before.answer);
        expect(item.answer).toBe(before.answer);
        const pinned = before.options!.filter(isPinnedOption);
        expect(item.options!.slice(item.options!.length - pinned.length)).toEqual(pinned);
      }
    }
  });

  it('shuffles the options of some MCQ in a later set', () => {
    const original = new Map(items.map((i) => [i.id, i]));
    const b = buildVersions(items, 2, 11)[1];
    const moved = b.items.filter((i) => i.type === 'mcq' && i.options!.join() !== original.get(i.id)!.options!.join());
    expect(moved.length).toBeGreaterThan(0);
  });

  it('reorders statements and keeps the coded answer true to them', () => {
    for (const version of buildVersions(items, 4, 5).slice(1)) {
      for (const item of version.items.filter((i) => i.type === 'statements')) {
        expect(item.answer).toBe(item.options![item.answerIndex!]);
        const code = parseStatementCode(item.answer);
        if (code) expect([...code.numbers].sort()).toEqual(correctNumbers(item));
      }
    }
  });

  it('prints one unlabelled-order set when asked for one or fewer', () => {
    expect(buildVersions(items, 1, 1)).toHaveLength(1);
    expect(buildVersions(items, 0, 1)).toHaveLength(1);
    expect(buildVersions(items, Number.NaN, 1)).toHaveLength(1);
  });
});

describe('isPinnedOption', () => {
  it('pins options that refer to the others', () => {
    for (const o of ['All of the above', 'None of the above', 'Both 1 and 2', 'Neither 1 nor 2', 'Both (a) and (b)', 'None', 'All three']) {
      expect(isPinnedOption(o), o).toBe(true);
    }
  });
  it('does not pin ordinary answers', () => {
    for (const o of ['Tokyo', 'Vladimir Putin', '1956', 'Nonetheless Party', 'Alliance of Small Island States']) {
      expect(isPinnedOption(o), o).toBe(false);
    }
  });
});

describe('versionLabel', () => {
  it('runs A…Z then AA', () => {
    expect([0, 1, 25, 26, 27].map(versionLabel)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});
