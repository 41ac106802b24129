import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TYPES } from '../../src/generate/index.js';
import { byteChunks, stageFile, statusOf, commitStaged } from '../../src/io/stage-files.js';
import { buildDocument, studyText } from '../../src/pipeline.js';
import { jsonChunks, renderJson } from '../../src/render/json/json.js';
import type { QuizDocument, TextChunks } from '../../src/types.js';

const corpus = join(import.meta.dirname, '../fixtures/corpus');
const doc = buildDocument(
  ['seed/russia-japan-2plus2.txt', 'wikinews/wikinews-soccer.txt', 'wikinews/wikinews-stampede.txt', 'wikinews/wikinews-warhol.txt'].map((f) =>
    studyText(readFileSync(join(corpus, f), 'utf8'), { source: f, kind: 'text' }),
  ),
  { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 },
);
const text = (content: unknown) => [...(content as TextChunks).chunks()].join('');

describe('JSON a slice at a time', () => {
  it('is byte for byte the pretty-printed document', () => {
    expect(doc.items.length).toBeGreaterThan(20);
    expect([...jsonChunks(doc)].join('')).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    const [streamed] = renderJson(doc, { name: 'quiz', stream: true });
    const [whole] = renderJson(doc, { name: 'quiz' });
    expect(text(streamed.content)).toBe(whole.content);
  });

  it('handles empty lists and more items than one slice', () => {
    const empty: QuizDocument = { ...doc, articles: [], items: [] };
    expect([...jsonChunks(empty)].join('')).toBe(`${JSON.stringify(empty, null, 2)}\n`);
    const many: QuizDocument = { ...doc, items: Array.from({ length: 1203 }, (_, i) => doc.items[i % doc.items.length]) };
    const chunks = [...jsonChunks(many)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(`${JSON.stringify(many, null, 2)}\n`);
  });
});

describe('staging text in slices', () => {
  it('never splits a surrogate pair between slices, and compares with the old file as it goes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizwire-stage-'));
    try {
      // 4 Mi characters is one slice: put an emoji across the boundary.
      const big = `${'a'.repeat((1 << 22) - 1)}😀${'b'.repeat(10)}`;
      const bytes = Buffer.concat([...byteChunks(big)]);
      expect(bytes.equals(Buffer.from(big, 'utf8'))).toBe(true);
      const path = join(dir, 'big.txt');
      expect(statusOf(path, big)).toBe('new');
      commitStaged(stageFile(path, { chunks: () => [big.slice(0, 5), big.slice(5)] }));
      expect(readFileSync(path).equals(Buffer.from(big, 'utf8'))).toBe(true);
      expect(statusOf(path, big)).toBe('unchanged');
      expect(stageFile(path, big).status).toBe('unchanged');
      expect(statusOf(path, `${big}!`)).toBe('changed');
      writeFileSync(path, `${big.slice(0, -1)}c`);
      expect(statusOf(path, big)).toBe('changed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
