import { describe, expect, it } from 'vitest';
import { withoutDeicticHere } from '../../src/extract/deictic-here.js';
import { factsOf } from './facts-of.js';

describe('"here", where the report was filed', () => {
  it('is dropped after a place or a noun phrase, a blank included', () => {
    expect(withoutDeicticHere('He held talks with Prime Minister Modi at the Hyderabad House here.')).toBe('He held talks with Prime Minister Modi at the Hyderabad House.');
    expect(withoutDeicticHere('talks at the {{c1::Hyderabad House}} here on Monday')).toBe('talks at the {{c1::Hyderabad House}} on Monday');
    expect(withoutDeicticHere('Modi told reporters here, with Muizzu by his side.')).toBe('Modi told reporters, with Muizzu by his side.');
  });

  it('stays where it does work', () => {
    for (const text of ['The team flew from here to Delhi.', 'Here is the full list of winners.', 'The monsoon is here to stay.', 'He came here in 2019.', 'The rules here are strict.']) {
      expect(withoutDeicticHere(text)).toBe(text);
    }
  });

  it('stays after a verb of being at a site, and then no item is made of the sentence ("species are found here")', () => {
    expect(withoutDeicticHere('Also, over 70 plant species are found here.')).toBe('Also, over 70 plant species are found here.');
    const facts = factsOf([
      'Menar Wetland Complex is a freshwater monsoon wetland complex in Udaipur formed by three ponds.',
      'Also, over 70 plant species are found here.',
      'Nearly 380 species of birds have been recorded here since 2010.',
    ]);
    expect(facts.filter((f) => f.sentenceIndex > 0)).toEqual([]);
  });

  it('leaves no item that points at the filing place', () => {
    const facts = factsOf(['Prime Minister Narendra Modi today launched the Subhadra Yojana of the Odisha Government at the Janata Maidan here.']);
    for (const f of facts) expect(`${f.question} ${f.cloze}`).not.toMatch(/\bhere\b/);
  });
});
