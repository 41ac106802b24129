import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs, NO_ARTICLES_ERROR } from '../../src/io/collect-inputs.js';

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

async function collect(args: string[]) {
  const out = [];
  for await (const entry of collectInputs(args)) out.push(entry);
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quizwire-collect-'));
  for (const d of ['news/b-sub', 'news/.hidden', 'news/node_modules/pkg', 'empty/inner', 'other']) await mkdir(at(d), { recursive: true });
  const files = ['news/z.txt', 'news/a.md', 'news/C.html', 'news/b-sub/x.htm', 'news/b-sub/y.markdown', 'news/notes.pdf',
    'news/.secret.txt', 'news/.hidden/h.txt', 'news/node_modules/pkg/readme.md', 'empty/inner/data.json', 'other/one.txt'];
  for (const f of files) await writeFile(at(f), 'Some text.');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('collectInputs', () => {
  it('expands a folder recursively in sorted order, skipping hidden entries, node_modules and other files', async () => {
    expect(await collect([at('news')])).toEqual(
      ['C.html', 'a.md', 'b-sub/x.htm', 'b-sub/y.markdown', 'z.txt'].map((f) => ({ path: at('news', f) })),
    );
  });

  it('passes files (any extension) and "-" through, in argument order', async () => {
    expect(await collect(['-', at('news', 'notes.pdf'), at('other', 'one.txt')])).toEqual([
      { path: '-' },
      { path: at('news', 'notes.pdf') },
      { path: at('other', 'one.txt') },
    ]);
  });

  it('reports a folder without articles and a missing path, and goes on', async () => {
    expect(await collect([at('empty'), at('missing.txt'), at('other')])).toEqual([
      { path: at('empty'), error: NO_ARTICLES_ERROR },
      { path: at('missing.txt'), error: 'no such file or directory' },
      { path: at('other', 'one.txt') },
    ]);
    expect(NO_ARTICLES_ERROR).toBe('no articles (.txt, .md, .html) in folder');
  });

  it('streams: the first entry arrives before the walk is done', async () => {
    const gen = collectInputs([at('news'), at('missing')]);
    expect((await gen.next()).value).toEqual({ path: at('news', 'C.html') });
    await gen.return(undefined);
  });
});
