/**
 * Issue 18: a republished copy of a story must not move its facts, and so its Anki GUIDs, away
 * from the article that had them: of duplicate facts the earliest-dated article's is kept,
 * whatever the file order or the copy's scores.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dedupeFacts } from '../../src/batch/dedupe-facts.js';
import type { ArticleResult } from '../../src/pipeline.js';
import type { Fact } from '../../src/types.js';
import { cli, SEED, tempDir } from '../cli/run-cli.js';

const Q = 'Which country became the third to hold two-plus-two talks with Japan?';
const S = 'Russia became the third country to hold two-plus-two talks with Japan on Saturday.';

function article(id: string, date: string | null, score: number): ArticleResult {
  const fact: Fact = { id: `f-${id}`, articleId: id, pattern: 'p', question: Q, answer: 'Russia', answerType: 'country', sentence: S, sentenceIndex: 0, cloze: '', score };
  return { article: { id, title: id, date, place: null, site: null, source: `${id}.txt`, paragraphs: [] }, facts: [fact] };
}

const keeper = (results: ArticleResult[]) => dedupeFacts(results).results.filter((r) => r.facts.length > 0).map((r) => r.article.id);

describe('which copy keeps a duplicate fact', () => {
  it('the earliest-dated article, in any order and even when the copy scores higher', () => {
    const first = article('zz-original', '2013-11-02', 0.5);
    const copy = article('aa-copy', '2013-11-03', 0.9);
    expect(keeper([first, copy])).toEqual(['zz-original']);
    expect(keeper([copy, first])).toEqual(['zz-original']);
  });

  it('a dated article before an undated one; on the same date the higher score, then the id', () => {
    expect(keeper([article('b', null, 0.9), article('c', '2020-01-01', 0.1)])).toEqual(['c']);
    expect(keeper([article('b', '2020-01-01', 0.4), article('a', '2020-01-01', 0.4)])).toEqual(['a']);
    expect(keeper([article('a', '2020-01-01', 0.4), article('b', '2020-01-01', 0.6)])).toEqual(['b']);
  });
});

/** The GUIDs (last CSV column) of every note in the anki CSVs of `out`. */
function guids(out: string): Set<string> {
  const all = new Set<string>();
  for (const kind of ['basic', 'cloze']) {
    // (A set may hold no cloze at all: then no cloze CSV is written.)
    const file = join(out, `quiz.${kind}.csv`);
    if (!existsSync(file)) continue;
    const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    for (const row of rows) all.add(row.slice(row.lastIndexOf(',') + 1));
  }
  return all;
}

describe('a copy published a day later', () => {
  it('keeps every GUID of the first day', () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    copyFileSync(SEED, join(inputs, 'russia.txt'));
    const run = (out: string) => cli(['generate', inputs, '--out', join(dir, out), '-f', 'anki', '--name', 'quiz', '--deck', 'quiz']);
    expect(run('day1').status).toBe(0);
    const day1 = guids(join(dir, 'day1'));
    expect(day1.size).toBeGreaterThan(5);

    // Day 2: the story again under a new headline, dated a day later, in a file that sorts first.
    const copy = readFileSync(SEED, 'utf8')
      .replace(/^.*\n/, 'Moscow and Tokyo deepen their security partnership\n')
      .replace('November 02, 2013', 'November 03, 2013');
    writeFileSync(join(inputs, 'a-copy.txt'), copy);
    const r = run('day2');
    expect(r.status, r.stderr).toBe(0);
    const day2 = guids(join(dir, 'day2'));
    expect([...day1].filter((g) => !day2.has(g))).toEqual([]);
  });
});
