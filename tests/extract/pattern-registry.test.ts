import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PATTERN_LIST, PATTERNS } from '../../src/extract/patterns/index.js';

const ids = Object.keys(PATTERNS).sort();
const namesIn = (folder: string, ending: string) =>
  readdirSync(new URL(folder, import.meta.url))
    .filter((f) => f.endsWith(ending))
    .map((f) => f.slice(0, -ending.length))
    .sort();

/** The ids quizwire has published (in fact ids, Anki GUIDs and tags): none may go or change. */
const PUBLISHED = [
  'agent', 'agreed-kind', 'appointed', 'awarded', 'capital', 'cloze', 'court-ruling', 'definition', 'event-place', 'event-time',
  'founded', 'landfall', 'located', 'named-term', 'nationality', 'object', 'office', 'ordinal', 'place-in', 'quantity', 'quote', 'rank',
  'relation', 'reported-by', 'role', 'signed-on', 'subject', 'superlative',
];

describe('the pattern registry', () => {
  it('registers each pattern under its own id, with a line on what it asks', () => {
    for (const [key, pattern] of Object.entries(PATTERNS)) {
      expect(pattern.id).toBe(key);
      expect(pattern.describe).toMatch(/^[A-Z].{10,}[^.]$/);
    }
    expect(PATTERN_LIST.map((p) => p.id)).toEqual(Object.keys(PATTERNS));
  });

  it('has one file per pattern in src/extract/patterns/, named after its id', () => {
    expect(namesIn('../../src/extract/patterns/', '.ts').filter((name) => name !== 'index')).toEqual(ids);
  });

  it('has one test file per pattern in tests/extract/patterns/, named after its id', () => {
    expect(namesIn('./patterns/', '.test.ts')).toEqual(ids);
  });

  it('keeps every published id', () => {
    expect(ids).toEqual(expect.arrayContaining(PUBLISHED));
  });
});
