import { describe, expect, it } from 'vitest';
import { sentenceCaseLead } from '../../src/ingest/capitalised-lead.js';
import { ingest } from '../../src/ingest/index.js';

describe('a story whose first words are set in capitals', () => {
  it('writes everyday words in sentence case ("DAYS AFTER two ships …", "THE Supreme Court …")', () => {
    expect(sentenceCaseLead('DAYS AFTER two merchant ships came under drone attack, the minister spoke.')).toBe('Days after two merchant ships came under drone attack, the minister spoke.');
    expect(sentenceCaseLead('IN A major relief to farmers, the Centre raised the MSP.')).toBe('In a major relief to farmers, the Centre raised the MSP.');
    expect(sentenceCaseLead('THE Supreme Court on Monday stayed the order.')).toBe('The Supreme Court on Monday stayed the order.');
  });

  it('leaves a short form or a label as it is ("US President …", "WHO chief …", "BREAKING NEWS:")', () => {
    for (const p of ['US President Donald Trump said so.', 'WHO chief Tedros spoke on Monday.', 'ISRO SAID the launch was a success.', 'BREAKING NEWS: the bill was passed.', 'NITI Aayog released the index.']) expect(sentenceCaseLead(p)).toBe(p);
  });

  it('is read so by ingestion, no "DAYS" left for a name', () => {
    const a = ingest('Rajnath warns attackers\n\nDAYS AFTER two merchant ships came under drone attack, Defence Minister Rajnath Singh warned the perpetrators.\n\nHe spoke in Mumbai.', { source: 'x.txt', kind: 'text', fileName: 'x.txt' });
    expect(a.paragraphs[0]).toMatch(/^Days after two merchant ships/);
  });
});
