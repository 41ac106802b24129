import { describe, expect, it } from 'vitest';
import {
  alternation, courtesyHonorifics, givenNameGender, honorificsBeforeName, honorificsOfGender, isGivenName, nameTitleWords, officeGroup,
  officeWords, roleOfWord, titleHeads, titleModifiers,
} from '../../src/lexicon/index.js';

describe('lexicon: offices and titles', () => {
  it('knows the words that end and fill a title', () => {
    for (const w of ['minister', 'president', 'secretary-general', 'ceo', 'mr.', 'dr']) expect(titleHeads().has(w), w).toBe(true);
    for (const w of ['foreign', 'chief', 'external', 'jal']) expect(titleModifiers().has(w), w).toBe(true);
    expect(titleHeads().has('council')).toBe(false);
  });

  it('gives each use its own words from one table', () => {
    expect(officeWords('appointed')).toContain('Managing Director');
    expect(officeWords('unique')).toContain('Prime Minister');
    expect(officeWords('unique')).not.toContain('Professor');
    expect(officeWords('unique-modifier')).toContain('External Affairs');
    expect(officeWords('before-name')).toContain('Sheikh');
    expect(new RegExp(`^(?:${alternation(officeWords('unique'))})$`, 'i').test('chief minister')).toBe(true);
  });

  it('groups people by what their office is', () => {
    expect(roleOfWord('spokeswoman')).toEqual({ role: 'spokesperson', group: 'official' });
    expect(roleOfWord('Premier')).toEqual({ role: 'minister', group: 'politician' });
    expect(roleOfWord('Justice')?.group).toBe('judge');
    expect(officeGroup('Magistrate')).toBe('judge');
    expect(roleOfWord('Parliament')).toBeNull();
  });
});

describe('lexicon: honorifics and given names', () => {
  it('keeps courtesy honorifics apart from titles, with their dotted forms', () => {
    expect(courtesyHonorifics().has('mrs.')).toBe(true);
    expect(courtesyHonorifics().has('dr')).toBe(false);
    expect(honorificsBeforeName()).toEqual(expect.arrayContaining(['Shri', 'Smt', 'Dr']));
    expect(honorificsOfGender('f')).toEqual(expect.arrayContaining(['Ms', 'Smt']));
    expect(honorificsOfGender('m')).not.toContain('M.');
    expect([...nameTitleWords()]).toEqual(expect.arrayContaining(['president', 'mr', 'prof']));
  });

  it('knows given names and the gender they tell', () => {
    expect(givenNameGender('Nirmala')).toBe('f');
    expect(givenNameGender('narendra')).toBe('m');
    expect(givenNameGender('Kim')).toBeNull();
    expect(isGivenName('Kim')).toBe(true);
    expect(isGivenName('Parliament')).toBe(false);
  });
});
