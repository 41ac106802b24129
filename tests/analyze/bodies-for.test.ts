import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf, canonicals } from './fixtures.js';

// A body named for what it serves ("National Bank for Agriculture and Rural Development") is one
// name through its "for" and the "and" after it, not "National Bank" and a remainder.
const orgs = (...paragraphs: string[]) => canonicals(analyzeArticle(articleOf(paragraphs)), 'organisation');

describe('a body named "<Body> for <what it serves>"', () => {
  it('is one name in an appointment, through "for" and "and"', () => {
    const found = orgs('Shaji K.V. on Tuesday assumed charge as the Chairman of the National Bank for Agriculture and Rural Development (NABARD), succeeding Ajay Kumar Sood.');
    expect(found).toContain('National Bank for Agriculture and Rural Development');
    expect(found).not.toContain('National Bank');
  });

  it('is one name in a report and in a policy story', () => {
    expect(orgs('A study by the Centre for Science and Environment found that Delhi’s air was the worst in five years.')).toContain('Centre for Science and Environment');
    expect(orgs('The National Commission for Women on Monday sought a report from the Punjab police on the case.')).toContain('National Commission for Women');
  });

  it('leaves "for" after a word that heads no body alone ("voted for", "the Congress Party for the first time")', () => {
    const found = orgs('The Election Commission for the first time allowed voters above 85 to vote from home in Karnataka.');
    expect(found).toContain('Election Commission');
    expect([...found].some((o) => /\bfor\b/.test(o))).toBe(false);
  });
});
