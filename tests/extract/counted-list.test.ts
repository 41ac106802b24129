import { describe, expect, it } from 'vitest';
import { listsItsCount } from '../../src/extract/counted-list.js';
import { factsOf } from './facts-of.js';

describe('a count its sentence lists right after it', () => {
  const at = (text: string, count: string) => text.indexOf(count) + count.length;

  it('gives itself away after a dash, a glued hyphen, a colon or a bracket', () => {
    const judges = 'Three judges of the five-judge bench -- Justices Dinesh Maheshwari, Bela M Trivedi, and J.B. Pardiwala -- upheld the amendment.';
    expect(listsItsCount(judges, at(judges, 'Three'), 3)).toBe(true);
    const siblings = 'She is survived by four siblings-Asha Bhosle, Hridaynath Mangeshkar, Usha Mangeshkar, and Meena Mangeshkar.';
    expect(listsItsCount(siblings, at(siblings, 'four'), 4)).toBe(true);
    const countries = 'The satellites came from six countries -- Canada, Finland, France, Korea, the United Kingdom and the United States of America.';
    expect(listsItsCount(countries, at(countries, 'six'), 6)).toBe(true);
    const quad = 'Leaders of four Indo-Pacific nations – the US, India, Japan and Australia - have called for a free, open Indo-Pacific, they said.';
    expect(listsItsCount(quad, at(quad, 'four'), 4)).toBe(true);
    // (Or names listed right before it: "Denmark, Sweden, Chile and Morocco as the only four …".)
    const before = 'The report shows Denmark, Sweden, Chile and Morocco as the only four small countries ranked above India.';
    expect(listsItsCount(before, at(before, 'four'), 4, before.indexOf('four'))).toBe(true);
    const states = 'Polling will be held in three states: Assam, Kerala and Tamil Nadu.';
    expect(listsItsCount(states, at(states, 'three'), 3)).toBe(true);
    // (Or after a hyphen set off by spaces, as some copy writes a dash.)
    const courts = 'The Centre notified new Chief Justices to five High Courts - Madhya Pradesh, Jharkhand, Karnataka, Gauhati, and Patna - on Monday.';
    expect(listsItsCount(courts, at(courts, 'five'), 5)).toBe(true);
    const ships = 'The Navy commissioned three warships - INS Surat, INS Nilgiri and INS Vaghsheer.';
    expect(listsItsCount(ships, at(ships, 'three'), 3)).toBe(true);
    // (Or after a bare comma, as many entries as the count: "four components, A, B, C and D".)
    const parts = 'The scores are calculated on the basis of four components, undernourishment, child stunting, child wasting and child mortality.';
    expect(listsItsCount(parts, at(parts, 'four'), 4)).toBe(true);
    const three = 'The scores are calculated on the basis of three components, undernourishment, child stunting, child wasting and child mortality.';
    expect(listsItsCount(three, at(three, 'three'), 3)).toBe(false);
    // (Not a comma past a phrase of the noun's own: the areas listed are not the MoUs.)
    const areas = 'The visit saw the signing of five MoUs in the areas of renewable energy, water management, culture, digital solutions and tourism.';
    expect(listsItsCount(areas, at(areas, 'five'), 5)).toBe(false);
  });

  it('does not where the list is a sample, of another length, or no list at all', () => {
    const sample = 'Teams from 14 countries, including India and Japan, took part.';
    expect(listsItsCount(sample, at(sample, '14'), 14)).toBe(false);
    const other = 'Five ministers -- Rao and Singh among them -- resigned on Monday.';
    expect(listsItsCount(other, at(other, 'Five'), 5)).toBe(false);
    const none = 'She is survived by four siblings and a son.';
    expect(listsItsCount(none, at(none, 'four'), 4)).toBe(false);
    const clause = 'Four people were arrested, police said: Ram, Shyam, Mohan and Sohan.';
    expect(listsItsCount(clause, at(clause, 'Four'), 4)).toBe(false);
  });

  it('makes no cloze of that count, but keeps the names', () => {
    const facts = factsOf([
      'The Supreme Court on Monday upheld the 103rd Constitutional Amendment providing for a 10 per cent quota.',
      'Three judges of the five-judge bench -- Justices Dinesh Maheshwari, Bela M Trivedi, and J.B. Pardiwala -- upheld the constitutional amendment for the quota.',
    ]);
    expect(facts.some((f) => f.pattern === 'cloze' && f.answer === 'Three')).toBe(false);
    expect(facts.some((f) => f.pattern === 'cloze' && f.answer === '10 per cent')).toBe(true);
  });
});
