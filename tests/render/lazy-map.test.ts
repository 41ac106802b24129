import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { lazyMap } from '../../src/render/shared/lazy-map.js';

describe('lazyMap', () => {
  it('reads like the mapped array, making each entry when it is read', () => {
    let made = 0;
    const view = lazyMap([1, 2, 3], (n, i) => (made++, { n: n * 10, i }));
    expect(made).toBe(0);
    expect(view.length).toBe(3);
    expect(Array.isArray(view)).toBe(true);
    expect(view[1]).toEqual({ n: 20, i: 1 });
    expect(view[3]).toBeUndefined();
    expect([...view].map((v) => v.n)).toEqual([10, 20, 30]);
    expect(view.map((v) => v.i)).toEqual([0, 1, 2]);
    expect(0 in view && !(3 in view)).toBe(true);
    expect(made).toBeGreaterThan(3); // nothing is kept: each read makes the entry anew
  });

  it('walks in Handlebars as the array would', () => {
    const template = Handlebars.create().compile('{{#each rows}}{{@index}}:{{n}}{{#if @last}}.{{else}},{{/if}}{{/each}} {{rows.length}}');
    expect(template({ rows: lazyMap([1, 2, 3], (n) => ({ n: n * 2 })) })).toBe(template({ rows: [{ n: 2 }, { n: 4 }, { n: 6 }] }));
  });
});
