/**
 * Issue 18 in a real Anki 2.1.15 (through ../shared/tools/anki-import, as tests/anki/anki-real
 * does; skipped when it is not installed): cloze markup in an article makes no extra cards, and
 * re-importing after a copy of a story was added a day later duplicates no note.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clozeNumbers, isClozeNote } from '../../src/render/anki/fields.js';
import type { Item } from '../../src/types.js';
import { cli, ROOT, SEED, tempDir } from '../cli/run-cli.js';

const TOOL = resolve(ROOT, '../shared/tools/anki-import');
// Run by `npm run test:anki` (QUIZWIRE_ANKI=1), not by `npm test`: real Anki is slow.
const ready = process.env.QUIZWIRE_ANKI === '1' && existsSync('/usr/share/anki/anki') && existsSync(TOOL);

/** Without --into the tool makes a collection in a temporary folder and leaves it: in one of ours. */
function ankiImport(file: string, ...args: string[]): { notes: number; cards: number } {
  return JSON.parse(execFileSync(TOOL, [file, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, TMPDIR: tempDir() } }));
}

function generate(inputs: string, out: string, ...args: string[]): void {
  const r = cli(['generate', inputs, '--out', out, '--deck', 'quiz', '--quiet', ...args]);
  expect(r.status, r.stderr).toBe(0);
}

describe.skipIf(!ready)('issue 18 in real Anki', () => {
  it('cloze markup in the article makes no card: a card per deletion quizwire made (.apkg and Cloze CSV)', () => {
    const dir = tempDir();
    const [title, ...rest] = readFileSync(SEED, 'utf8').split('\n\n');
    const marked = rest.map((p, i) => (i === 0 ? p : `${p.replace(/\.$/, '')} ({{c${i + 1}::note ${i}::hint}} and {{x}}).`));
    writeFileSync(join(dir, 'marked.txt'), [title, ...marked].join('\n\n'));
    generate(join(dir, 'marked.txt'), join(dir, 'out'), '-f', 'apkg', '-f', 'anki', '-f', 'json', '--name', 'quiz', '--types', 'cloze,mcq', '--max-per-article', '60');
    // The cards quizwire means: one per Basic note, one per deletion it made in a Cloze note.
    const items = (JSON.parse(readFileSync(join(dir, 'out', 'quiz.json'), 'utf8')) as { items: Item[] }).items;
    const clozeCards = items.filter(isClozeNote).reduce((n, i) => n + clozeNumbers(i.cloze!).length, 0);
    const apkg = ankiImport(join(dir, 'out', 'quiz.apkg'));
    expect(apkg.notes).toBe(items.length);
    expect(apkg.cards).toBe(items.length - items.filter(isClozeNote).length + clozeCards);
    const csv = ankiImport(join(dir, 'out', 'quiz.cloze.csv'), '--notetype', 'Cloze', '--deck', 'quiz');
    // (One Cloze note per cloze item: a count that moves with the extractor, asserted exactly.)
    expect(csv.notes).toBe(items.filter(isClozeNote).length);
    expect(csv.notes).toBeGreaterThan(0);
    expect(csv.cards).toBe(clozeCards);
  });

  it('a copy added a day later: re-importing adds its new notes and duplicates none', () => {
    const dir = tempDir();
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    copyFileSync(SEED, join(inputs, 'russia.txt'));
    const collection = join(dir, 'collection');
    generate(inputs, join(dir, 'day1'), '-f', 'apkg');
    const day1 = ankiImport(join(dir, 'day1', 'quiz.apkg'), '--into', collection);
    writeFileSync(
      join(inputs, 'a-copy.txt'),
      readFileSync(SEED, 'utf8').replace(/^.*\n/, 'Moscow and Tokyo deepen their security partnership\n').replace('November 02, 2013', 'November 03, 2013'),
    );
    generate(inputs, join(dir, 'day2'), '-f', 'apkg');
    const fresh = ankiImport(join(dir, 'day2', 'quiz.apkg'));
    const day2 = ankiImport(join(dir, 'day2', 'quiz.apkg'), '--into', collection);
    // The collection holds exactly the day-2 deck: every day-1 note was updated, none doubled.
    expect(day1.notes).toBeGreaterThan(5);
    expect(day2.notes).toBe(fresh.notes);
  });
});
