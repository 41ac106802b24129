import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateFileError, StudyState } from '../../src/state/state-file.js';
import { tempDir } from '../temp-dir.js';

const meta = (id: string, source: string, date: string | null = '2026-12-01') => ({ id, title: `T ${id}`, date, place: null, site: null, source });

describe('StudyState', () => {
  it('starts empty, and knows an article by its URL or by what it says once committed', () => {
    const file = join(tempDir(), 'state.json');
    const s = StudyState.load(file);
    const a = meta('a', 'http://news.example/a');
    s.note(a, 'digest-a');
    expect(s.has(a.source, 'digest-a')).toBe(false);
    expect(s.commit([a])).toBe(1);
    const again = StudyState.load(file);
    expect(again.hasUrl('http://news.example/a')).toBe(true);
    expect(again.has('http://mirror.example/a', 'digest-a')).toBe(true);
    expect(again.has('http://news.example/b', 'digest-b')).toBe(false);
  });

  it('a file path is known by content only: an edited file is new', () => {
    const file = join(tempDir(), 'state.json');
    const s = StudyState.load(file);
    s.note(meta('f', 'news/f.txt'), 'digest-f');
    s.commit([meta('f', 'news/f.txt')]);
    const again = StudyState.load(file);
    expect(again.has('news/f.txt', 'digest-f')).toBe(true);
    expect(again.has('news/f.txt', 'digest-f2')).toBe(false);
  });

  it('marks only the articles written, writes whole files in a stable order, and nothing for nothing new', () => {
    const dir = tempDir();
    const file = join(dir, 'state.json');
    const s = StudyState.load(file);
    const [a, b, c] = [meta('a', 'http://x/a', '2026-12-02'), meta('b', 'http://x/b', '2026-12-01'), meta('c', 'http://x/c')];
    for (const [m, d] of [[a, 'da'], [b, 'db'], [c, 'dc']] as const) s.note(m, d);
    s.commit([a, b]);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { articles: { source: string }[] };
    expect(doc.articles.map((x) => x.source)).toEqual(['http://x/b', 'http://x/a']);
    expect(readdirSync(dir)).toEqual(['state.json']);
    const before = readFileSync(file, 'utf8');
    expect(s.commit([a])).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a file that is not a state file, naming it', () => {
    const file = join(tempDir(), 'state.json');
    writeFileSync(file, '[1, 2]');
    expect(() => StudyState.load(file)).toThrow(StateFileError);
    writeFileSync(file, '{ not json');
    expect(() => StudyState.load(file)).toThrow(`${file}: not a quizwire state file (not JSON)`);
  });
});
