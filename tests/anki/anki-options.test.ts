import { describe, expect, it } from 'vitest';
import { cleanDeckName, deckFileName, DEFAULT_DECK } from '../../src/render/anki/options.js';

describe('deckFileName', () => {
  it.each([
    ['Current Affairs::November', 'Current-Affairs--November'],
    ['Current Affairs', 'Current-Affairs'],
    ['..hidden', 'hidden'],
    ['Gdańsk/₹ news', 'Gda-sk-news'],
    ['Current Affairs::Art & Culture', 'Current-Affairs--Art-and-Culture'],
    ['UPSC_2024.v1', 'UPSC_2024.v1'],
  ])('%j → %j', (deck, expected) => {
    expect(deckFileName(deck)).toBe(expected);
  });

  it('keeps only safe characters, at most 100 of them, and is never empty', () => {
    const name = deckFileName(`${'Ä b:'.repeat(60)}`);
    expect(name).toMatch(/^[A-Za-z0-9._-]{1,100}$/);
    expect(name.length).toBe(100);
    expect(deckFileName('...')).toBe('deck');
    expect(deckFileName('')).toBe(deckFileName(DEFAULT_DECK));
  });
});

describe('cleanDeckName', () => {
  it('drops control characters, blank levels and stray spaces', () => {
    expect(cleanDeckName(' Current  Affairs :: November\n')).toBe('Current Affairs::November');
    expect(cleanDeckName('A::::B')).toBe('A::B');
    expect(cleanDeckName('')).toBe(DEFAULT_DECK);
  });
});
