/** Issue 18: the English check counts words, not links or data URIs. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../../src/ingest/english-check.js';
import { studyText } from '../../src/index.js';
import { SEED } from '../cli/run-cli.js';

const [title, dateline, ...paragraphs] = readFileSync(SEED, 'utf8').split('\n\n');
const withParagraph = (p: string) => [title, dateline, p, ...paragraphs].join('\n\n');
const links = Array.from({ length: 80 }, (_, i) => `https://example.com/world/asia/story-${i}?utm_source=feed&utm_medium=rss`).join(' ');

describe('the English check', () => {
  it('passes a normal article carrying a long URL, a data URI or many links', () => {
    for (const odd of [`https://example.com/${'abcdefgh/'.repeat(830)}`, `data:image/png;base64,${'iVBORw0KGgo'.repeat(740)}`, links]) {
      expect(studyText(withParagraph(`See ${odd} for the chart.`), { source: 'x.txt', kind: 'text' }).facts.length).toBeGreaterThan(5);
    }
  });

  it('still tells English from French when links are around', () => {
    const french = 'Le ministre a déclaré samedi que le gouvernement présenterait son plan au parlement la semaine prochaine. '.repeat(20);
    expect(looksEnglish(`${links} ${paragraphs.join(' ')}`)).toBe(true);
    expect(looksEnglish(`${links} ${french}`)).toBe(false);
  });
});
