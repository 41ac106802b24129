import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// render/ keeps one folder per format; what formats share has its own folders. A format that
// imported another's module would tie their outputs together: changing one would change both.
const RENDER = fileURLToPath(new URL('../../src/render', import.meta.url));

/** The render/ folders each folder may import from (besides itself, util/ and types). */
const MAY_USE: Record<string, string[]> = {
  anki: ['template', 'shared', 'sqlite', 'zip'],
  json: [],
  markdown: ['template', 'shared'],
  pdf: [],
  worksheet: ['template', 'shared'],
  shared: ['template'],
  template: [],
  sqlite: [],
  zip: [],
};

/** `from '…'` and `import('…')` specifiers of one file, relative ones only. */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*)['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
}

const folders = readdirSync(RENDER, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe('render/ folders', () => {
  it('every folder has a rule', () => {
    expect(folders.sort()).toEqual(Object.keys(MAY_USE).sort());
  });

  for (const folder of folders) {
    it(`${folder}/ imports only from ${[folder, ...MAY_USE[folder]].join(', ')} within render/`, () => {
      const reached = new Set<string>();
      for (const file of readdirSync(join(RENDER, folder))) {
        const source = readFileSync(join(RENDER, folder, file), 'utf8');
        for (const spec of relativeImports(source)) {
          const target = relative(RENDER, resolve(RENDER, folder, spec));
          if (target.startsWith('..')) continue; // outside render/ (util, types)
          reached.add(target.split('/').length > 1 ? target.split('/')[0] : target);
        }
      }
      const allowed = new Set([folder, ...MAY_USE[folder]]);
      expect([...reached].filter((f) => !allowed.has(f))).toEqual([]);
    });
  }
});
