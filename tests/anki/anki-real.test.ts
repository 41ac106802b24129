import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderAnkiApkg } from '../../src/render/anki/apkg.js';
import { basicRow, clozeRow, renderAnkiCsv } from '../../src/render/anki/csv.js';
import { clozeNumbers, isClozeNote } from '../../src/render/anki/fields.js';
import { fieldText } from '../../src/render/anki/html.js';
import { ankiNotes, type AnkiNote } from '../../src/render/anki/notes.js';
import { createTemplateEnv } from '../../src/render/template/env.js';
import type { QuizDocument } from '../../src/types.js';
import { tempDir } from '../temp-dir.js';
import { makeDoc, withEditedItem } from './make-doc.js';

/**
 * The decks imported into a real, headless Anki 2.1.15 (Debian's), through the team tool
 * `../shared/tools/anki-import`, which prints what Anki made of a file. Skipped when Anki or
 * the tool is not installed (`npm run test:anki` installs it first).
 */
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TOOL = resolve(REPO, '../shared/tools/anki-import');
const ANKI = '/usr/share/anki/anki';
// Real Anki takes ~10 s a file: it runs in `npm run test:anki` (QUIZWIRE_ANKI=1), not in `npm test`.
const missing = process.env.QUIZWIRE_ANKI !== '1' ? 'real Anki is slow, so `npm test` leaves it out' : !existsSync(ANKI) ? `Anki is not installed (${ANKI} missing)` : !existsSync(TOOL) ? `${TOOL} not found` : null;
if (missing) console.warn(`tests/anki/anki-real: skipped — ${missing}; run \`npm run test:anki\` (it installs Anki 2.1.15 on first use)`);

interface ImportedNote {
  notetype: string;
  decks: string[];
  guid: string;
  fields: Record<string, string>;
  tags: string[];
}
interface ImportResult {
  log: string[];
  notes: number;
  cards: number;
  items: ImportedNote[];
}

const DECK = 'Current Affairs::November';
const T = 1_700_000_000;
// Made on first use: a skipped file makes nothing.
let workDir: string | undefined;
const work = () => (workDir ??= tempDir('qw-anki-real-'));

function ankiImport(file: string, ...args: string[]): ImportResult {
  // Without --into the tool makes a collection in a temporary folder and leaves it: in ours.
  return JSON.parse(execFileSync(TOOL, [file, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, TMPDIR: work() } }));
}

async function writeApkg(doc: QuizDocument, name: string, timestamp = T): Promise<string> {
  const [apkg] = await renderAnkiApkg(doc, { deck: DECK, timestamp });
  const path = join(work(), name);
  writeFileSync(path, apkg.content);
  return path;
}

function writeCsv(doc: QuizDocument, suffix: '.basic.csv' | '.cloze.csv'): string {
  const out = renderAnkiCsv(doc, { deck: DECK }, createTemplateEnv()).find((f) => f.name.endsWith(suffix))!;
  const path = join(work(), out.name);
  writeFileSync(path, out.content);
  return path;
}

/** Anki shows `&#61;` as `=`: the CSV's spreadsheet guard is invisible on the card. */
const unguard = (field: string): string => field.replace(/^&#(\d+);/, (_, code) => String.fromCodePoint(Number(code)));
const cardsOf = (notes: AnkiNote[]): number => notes.reduce((n, note) => n + (note.kind === 'cloze' ? note.clozes.length : 1), 0);

describe.skipIf(missing)('real Anki 2.1.15 import', () => {
  const doc = makeDoc();
  const notes = ankiNotes(doc);

  it('Basic CSV: one note and card per item; fields, tags and deck read back exactly', () => {
    const basic = notes.filter((n): n is Extract<AnkiNote, { kind: 'basic' }> => n.kind === 'basic');
    const result = ankiImport(writeCsv(doc, '.basic.csv'), '--notetype', 'Basic', '--deck', DECK);
    expect(result.notes).toBe(basic.length);
    expect(result.cards).toBe(basic.length);
    result.items.forEach((got, i) => {
      const row = basicRow(basic[i]);
      expect(unguard(got.fields.Front)).toBe(row.front);
      expect(got.fields.Back).toBe(row.back);
      expect(got.tags).toEqual(basic[i].tags);
      expect(got.decks).toEqual([DECK]);
    });
    const fronts = result.items.map((n) => n.fields.Front);
    expect(fronts).toContain('Who is Russia\'s Foreign Minister, according to the "2+2" talks?');
    expect(fronts).toContain('#1 question: which port in Poland signed the ₹500 crore deal?');
    expect(fronts.map(fieldText)).toContain('= how many referendums will New Zealand hold on its flag?');
    expect(fronts.map(fieldText)).toContain('True or false: The meeting was held in Moscow & Tokyo <jointly>.');
  });

  it('Cloze CSV: one note per cloze item, one card per cloze number', () => {
    const cloze = notes.filter((n): n is Extract<AnkiNote, { kind: 'cloze' }> => n.kind === 'cloze');
    const result = ankiImport(writeCsv(doc, '.cloze.csv'), '--notetype', 'Cloze', '--deck', DECK);
    expect(result.notes).toBe(cloze.length);
    expect(result.cards).toBe(cardsOf(cloze));
    result.items.forEach((got, i) => {
      const row = clozeRow(cloze[i]);
      expect(unguard(got.fields.Text)).toBe(row.text);
      // 2.1.15's stock Cloze calls its second field "Extra" (later "Back Extra"): mapped by position.
      expect(Object.values(got.fields)[1]).toBe(row.backExtra);
      expect(got.tags).toEqual(cloze[i].tags);
    });
  });

  it('CSV imported twice adds nothing the second time', () => {
    const into = join(work(), 'csv-twice');
    const file = writeCsv(doc, '.basic.csv');
    const first = ankiImport(file, '--notetype', 'Basic', '--deck', DECK, '--into', into);
    const second = ankiImport(file, '--notetype', 'Basic', '--deck', DECK, '--into', into);
    expect(second.notes).toBe(first.notes);
    expect(second.cards).toBe(first.cards);
  });

  it('.apkg: every note with its GUID, note type, fields, tags and cards', async () => {
    const result = ankiImport(await writeApkg(doc, 'deck.apkg'));
    expect(result.notes).toBe(doc.items.length);
    expect(result.cards).toBe(cardsOf(notes));
    const byGuid = new Map(result.items.map((n) => [n.guid, n]));
    for (const note of notes) {
      const got = byGuid.get(note.guid);
      expect(got, note.guid).toBeDefined();
      expect(got!.decks).toEqual([DECK]);
      expect(got!.tags).toEqual(note.tags);
      if (note.kind === 'basic') {
        expect(got!.notetype).toBe('quizwire Basic');
        expect(got!.fields).toEqual({ Front: note.front, Back: note.back, Source: note.source });
      } else {
        expect(got!.notetype).toBe('quizwire Cloze');
        expect(got!.fields).toEqual({ Text: note.text, 'Back Extra': note.backExtra });
      }
    }
    // Read back raw: the .apkg needs no spreadsheet guard.
    expect(result.items.map((n) => n.fields.Front)).toContain('= how many referendums will New Zealand hold on its flag?');
  });

  it('a Cloze note with c1 and c2 yields two cards', async () => {
    const two = doc.items.filter((it) => isClozeNote(it) && clozeNumbers(it.cloze!).length === 2);
    expect(two).toHaveLength(1);
    const result = ankiImport(await writeApkg({ ...doc, items: two }, 'two-clozes.apkg'));
    expect(result.notes).toBe(1);
    expect(result.cards).toBe(2);
  });

  it('re-importing, and importing a regenerated deck with one edited item, adds no notes', async () => {
    const into = join(work(), 'reimport');
    const file = await writeApkg(doc, 'v1.apkg');
    const first = ankiImport(file, '--into', into);
    const again = ankiImport(file, '--into', into);
    expect(again.notes).toBe(first.notes);
    expect(again.cards).toBe(first.cards);
    expect(again.items).toEqual(first.items);

    // The edited deck is generated later (a newer mod time): Anki takes the new text.
    const editedIndex = 1;
    const edited = withEditedItem(doc, editedIndex, 'After the edit, which country came before Russia?');
    const third = ankiImport(await writeApkg(edited, 'v2.apkg', T + 3600), '--into', into);
    expect(third.notes).toBe(first.notes);
    expect(third.cards).toBe(first.cards);
    const editedGuid = ankiNotes(edited)[editedIndex].guid;
    const before = new Map(first.items.map((n) => [n.guid, n]));
    for (const note of third.items) {
      if (note.guid === editedGuid) {
        expect(note.fields.Front.startsWith('After the edit, which country came before Russia?<br><br>(a) China')).toBe(true);
      } else {
        expect(note).toEqual(before.get(note.guid));
      }
    }
  });
});

describe.skipIf(missing)('real Anki 2.1.15 import of the decks made from seeds/', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { buildDocument, studyText } = await import('../../src/pipeline.js');
  const { DEFAULT_TYPES } = await import('../../src/generate/index.js');
  const seeds = join(REPO, 'seeds');
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(seeds, f), 'utf8') }));
  const docOf = (list: { name: string; text: string }[]) =>
    buildDocument(list.map((t) => studyText(t.text, { source: `seeds/${t.name}`, kind: 'text' })), { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 });
  const doc = docOf(texts);
  const notes = ankiNotes(doc);

  it('imports the Basic and Cloze CSV files: one note per item, one card per cloze', () => {
    // One sentence's facts are one note with several deletions, as Anki users make them.
    expect(notes.some((n) => n.kind === 'cloze' && n.clozes.length > 1)).toBe(true);
    const dir = mkdtempSync(join(work(), 'seeds-csv-'));
    const into = ['--into', join(dir, 'col')];
    const basic = ankiImport(writeCsv(doc, '.basic.csv'), '--notetype', 'Basic', '--deck', DECK, ...into);
    const cloze = ankiImport(writeCsv(doc, '.cloze.csv'), '--notetype', 'Cloze', '--deck', DECK, ...into);
    expect(cloze.notes).toBe(notes.length);
    expect(basic.notes).toBe(notes.filter((n) => n.kind === 'basic').length);
    expect(cloze.cards).toBe(cardsOf(notes));
  });

  it('imports the .apkg, then the same deck again and one regenerated after editing a paragraph: no duplicates', async () => {
    const col = ['--into', join(mkdtempSync(join(work(), 'seeds-apkg-')), 'col')];
    const first = ankiImport(await writeApkg(doc, 'seeds.apkg'), ...col);
    expect(first.notes).toBe(doc.items.length);
    expect(first.cards).toBe(cardsOf(notes));
    const again = ankiImport(await writeApkg(doc, 'seeds-again.apkg'), ...col);
    expect(again.notes).toBe(doc.items.length);

    // Edit one paragraph of one article that no item was made from.
    const used = new Set(doc.items.map((i) => i.sentence));
    const edited = texts.map((t) => ({ ...t }));
    let changed = false;
    for (const t of edited) {
      const paras = t.text.split('\n\n');
      const i = paras.findIndex((p, k) => k > 1 && p.length > 80 && ![...used].some((s) => p.includes(s)));
      if (i > 0 && !changed) {
        paras[i] = paras[i].replace(/\.$/, ', according to observers.');
        t.text = paras.join('\n\n');
        changed = true;
      }
    }
    expect(changed).toBe(true);
    const regenerated = docOf(edited);
    const third = ankiImport(await writeApkg(regenerated, 'seeds-edited.apkg', T + 60), ...col);
    expect(third.notes).toBe(new Set([...doc.items, ...regenerated.items].map((i) => i.id)).size);
    const before = new Map(first.items.map((n) => [n.guid, n]));
    const untouched = third.items.filter((n) => before.has(n.guid));
    expect(untouched.length).toBeGreaterThan(doc.items.length * 0.9);
    for (const n of untouched.slice(0, 20)) expect(n.fields).toEqual(before.get(n.guid)!.fields);
  });
});
