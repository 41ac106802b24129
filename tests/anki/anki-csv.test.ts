import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { renderAnkiCsv } from '../../src/render/anki/csv.js';
import { basicFields, clozeFields, isClozeNote } from '../../src/render/anki/fields.js';
import { itemGuid } from '../../src/render/anki/guid.js';
import { itemTags } from '../../src/render/anki/tags.js';
import { createTemplateEnv } from '../../src/render/template/env.js';
import type { OutputFile } from '../../src/types.js';
import { tempDir } from '../temp-dir.js';
import { makeDoc } from './make-doc.js';

/** A CSV file read the way Anki ≥ 2.1.55 reads it. */
interface AnkiCsv {
  header: Map<string, string>;
  /** Raw data lines, to check none would be skipped as a comment. */
  lines: string[];
  rows: string[][];
}

/**
 * Anki's rules: `#key:value` lines at the top are the header (keys case-insensitive; the header
 * ends at the first other line); the rest is RFC 4180 CSV with the declared separator, where
 * every row must have the same number of columns.
 */
function readAnkiCsv(content: string): AnkiCsv {
  const all = content.split('\n');
  const firstData = all.findIndex((line) => !line.startsWith('#'));
  const headerLines = all.slice(0, firstData);
  const header = new Map(
    headerLines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(1, colon).trim().toLowerCase(), line.slice(colon + 1)] as [string, string];
    }),
  );
  const body = all.slice(firstData).join('\n');
  const rows: string[][] = parse(body, { relax_column_count: false, skip_empty_lines: true });
  return { header, lines: all.slice(firstData).filter(Boolean), rows };
}

/** Undo the spreadsheet guard: Anki renders `&#61;` as `=`, so compare on that. */
const unguard = (field: string): string => field.replace(/^&#(\d+);/, (_, code) => String.fromCodePoint(Number(code)));

const file = (files: OutputFile[], suffix: string): string => {
  const found = files.find((f) => f.name.endsWith(suffix));
  if (!found) throw new Error(`no ${suffix} in ${files.map((f) => f.name).join(', ')}`);
  return String(found.content);
};

const doc = makeDoc();
const env = createTemplateEnv();
const files = renderAnkiCsv(doc, { deck: 'Current Affairs::November' }, env);
const meta = (articleId: string) => doc.articles.find((a) => a.id === articleId);

describe('renderAnkiCsv', () => {
  it('writes <deckfile>.basic.csv and <deckfile>.cloze.csv', () => {
    expect(files.map((f) => f.name)).toEqual(['Current-Affairs--November.basic.csv', 'Current-Affairs--November.cloze.csv']);
  });

  it.each([
    ['.basic.csv', 'Basic', ['Front', 'Back', 'Tags', 'GUID']],
    ['.cloze.csv', 'Cloze', ['Text', 'Back Extra', 'Tags', 'GUID']],
  ])('%s has a complete header whose column numbers point at the right columns', (suffix, notetype, columns) => {
    const csv = readAnkiCsv(file(files, suffix));
    expect(csv.header.get('separator')).toBe('Comma');
    expect(csv.header.get('html')).toBe('true');
    expect(csv.header.get('notetype')).toBe(notetype);
    expect(csv.header.get('deck')).toBe('Current Affairs::November');
    expect(csv.header.get('if matches')).toBe('update current');
    const labels: string[] = parse(csv.header.get('columns')!)[0];
    expect(labels).toEqual(columns);
    expect(labels[Number(csv.header.get('tags column')) - 1]).toBe('Tags');
    expect(labels[Number(csv.header.get('guid column')) - 1]).toBe('GUID');
    // GUID last: Anki 2.1.15 ignores the header and maps fields, then tags, by position.
    expect(Number(csv.header.get('guid column'))).toBe(labels.length);
    for (const row of csv.rows) expect(row).toHaveLength(labels.length);
  });

  it('no data line could be read as a comment: every one starts with a quote', () => {
    for (const suffix of ['.basic.csv', '.cloze.csv']) {
      for (const line of readAnkiCsv(file(files, suffix)).lines) expect(line.startsWith('"')).toBe(true);
    }
  });

  it('Basic rows carry every non-cloze item: fields, tags and GUID read back exactly', () => {
    const items = doc.items.filter((i) => !isClozeNote(i));
    const csv = readAnkiCsv(file(files, '.basic.csv'));
    expect(csv.rows).toHaveLength(items.length);
    csv.rows.forEach(([front, back, tags, guid], i) => {
      const expected = basicFields(items[i], meta(items[i].articleId));
      expect(unguard(front)).toBe(expected.front);
      expect(back).toBe(`${expected.back}<div style="font-size:smaller">${expected.source}</div>`);
      expect(tags.split(' ')).toEqual(itemTags(items[i], meta(items[i].articleId)));
      expect(guid).toBe(itemGuid(items[i]));
    });
  });

  it('Cloze rows carry every cloze item', () => {
    const items = doc.items.filter(isClozeNote);
    const csv = readAnkiCsv(file(files, '.cloze.csv'));
    expect(csv.rows).toHaveLength(items.length);
    csv.rows.forEach(([text, backExtra, tags, guid], i) => {
      const expected = clozeFields(items[i], meta(items[i].articleId));
      expect(unguard(text)).toBe(expected.text);
      expect(backExtra).toBe(expected.backExtra);
      expect(tags.split(' ')).toEqual(itemTags(items[i], meta(items[i].articleId)));
      expect(guid).toBe(itemGuid(items[i]));
    });
  });

  it('quotes, commas, <, & and non-ASCII survive; formula starts are defused', () => {
    const fronts = readAnkiCsv(file(files, '.basic.csv')).rows.map((r) => r[0]);
    expect(fronts).toContain('Who is Russia\'s Foreign Minister, according to the "2+2" talks?');
    expect(fronts).toContain('True or false: The meeting was held in Moscow &amp; Tokyo &lt;jointly&gt;.');
    expect(fronts).toContain('#1 question: which port in Poland signed the ₹500 crore deal?');
    expect(fronts).toContain('&#61; how many referendums will New Zealand hold on its flag?');
    expect(fronts).toContain('&#45;40 degrees, +5 points, @pm: which hashtag, per the article?');
    const texts = readAnkiCsv(file(files, '.cloze.csv')).rows.map((r) => r[0]);
    expect(texts).toContain('&#61;The port of Gdańsk signed a deal worth {{c1::₹500 crore}}.');
    for (const content of files.map((f) => String(f.content))) {
      // What a spreadsheet would evaluate: a cell starting with = + - @ once unquoted.
      for (const row of readAnkiCsv(content).rows.flat()) expect(row).not.toMatch(/^[=+\-@]/);
    }
  });

  it('writes no file for a kind with no items (Anki refuses a header-only file)', () => {
    const onlyBasic = { ...doc, items: doc.items.filter((i) => !isClozeNote(i)) };
    const out = renderAnkiCsv(onlyBasic, { deck: 'X' }, env);
    expect(out.map((f) => f.name)).toEqual(['X.basic.csv']);
    expect(readAnkiCsv(file(out, '.basic.csv')).rows.length).toBeGreaterThan(0);
  });

  it('is the same for the same input', () => {
    expect(renderAnkiCsv(makeDoc(), { deck: 'Current Affairs::November' }, env)).toEqual(files);
  });

  it('goes through the templates, so a --template folder can change the layout', () => {
    const dir = tempDir('qw-anki-tpl-');
    writeFileSync(join(dir, 'anki-basic.csv.hbs'), '#separator:Comma\n{{#each rows}}{{csvRaw front}},{{csvId guid}}\n{{/each}}');
    const out = renderAnkiCsv(doc, { deck: 'X' }, createTemplateEnv(dir));
    const rows = readAnkiCsv(file(out, '.basic.csv')).rows;
    expect(rows[0]).toHaveLength(2);
    expect(rows[0][1]).toBe(itemGuid(doc.items[0]));
    // The cloze template was not overridden: the built-in one is used.
    expect(readAnkiCsv(file(out, '.cloze.csv')).header.get('notetype')).toBe('Cloze');
  });
});
