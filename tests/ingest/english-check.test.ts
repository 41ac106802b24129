import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../src/ingest/english-check.js';

const seed = readFileSync(join(import.meta.dirname, '../../seeds/russia-japan-2plus2.txt'), 'utf8');
const french = 'Le ministre des Affaires étrangères a rencontré son homologue japonais à Tokyo lundi. Les deux pays ont signé un accord sur la défense, selon un communiqué publié après la réunion. '.repeat(8);

describe('looksEnglish', () => {
  it('takes English news prose and refuses other languages and scripts', () => {
    expect(looksEnglish(seed)).toBe(true);
    expect(looksEnglish(french)).toBe(false);
    expect(looksEnglish('東京で月曜日に両国の外相が会談し、防衛協力の強化で合意した。'.repeat(20))).toBe(false);
    expect(looksEnglish('Министр иностранных дел встретился с японским коллегой в Токио. '.repeat(10))).toBe(false);
  });

  it('lets a text with too few words to judge pass', () => {
    expect(looksEnglish('Tokyo, Moscow: 2+2')).toBe(true);
    expect(looksEnglish('Ministre, Tokyo, Moscou, accord, défense.')).toBe(true);
  });

  it('judges by the text’s start, counting the whole only when the start has too few words', () => {
    // 6,000 characters of figures, then French: too few words at the start, enough in all.
    const figures = '1,234.5 | 6,789.0 | '.repeat(300);
    // Enough words in all, so the start's (none) decide: no English there.
    expect(looksEnglish(figures + french)).toBe(false);
    expect(looksEnglish(figures + 'Total 12')).toBe(true);
    // English first, French after the sample: the start decides.
    expect(looksEnglish(seed.repeat(3) + french)).toBe(true);
    expect(looksEnglish(french.repeat(8) + seed)).toBe(false);
  });
});
