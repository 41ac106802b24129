import { describe, expect, it } from 'vitest';
import { genankiGuid, itemGuid } from '../../src/render/anki/guid.js';
import { cardId, deckId, noteId, noteTypeId } from '../../src/render/anki/ids.js';

describe('genankiGuid', () => {
  // Vectors computed with genanki's own guid_for algorithm (Python), so the two agree.
  it.each([
    [['hello'], 'hZ%+.BW-%^'],
    [['Front', 'Back'], 'n.HtO+~]Di'],
    [['Gdańsk', '₹500'], 'm,%zU^L=}.'],
    [['art-1', 'item-1'], 'IeL(jI15(U'],
  ])('matches genanki.guid_for(%j)', (parts, expected) => {
    expect(genankiGuid(parts)).toBe(expected);
  });

  it('uses only the base91 alphabet, never a quote, space or backslash', () => {
    for (let i = 0; i < 200; i++) {
      expect(genankiGuid([`article-${i}`, `item-${i}`])).toMatch(/^[a-zA-Z0-9!#$%&()*+,\-./:;<=>?@[\]^_`{|}~]{1,10}$/);
    }
  });
});

describe('itemGuid', () => {
  it('depends on the article and the item id, not on the text', () => {
    const a = itemGuid({ articleId: 'A', id: 'x' });
    expect(itemGuid({ articleId: 'A', id: 'x' })).toBe(a);
    expect(itemGuid({ articleId: 'B', id: 'x' })).not.toBe(a);
    expect(itemGuid({ articleId: 'A', id: 'y' })).not.toBe(a);
  });
});

describe('numeric Anki ids', () => {
  it('are stable, distinct per key and inside the past-timestamp range', () => {
    const ids = [noteTypeId('quizwire Basic'), noteTypeId('quizwire Cloze'), deckId('Current Affairs'), noteId('g'), cardId('g', 0), cardId('g', 1)];
    expect(new Set(ids).size).toBe(ids.length);
    expect(noteId('g')).toBe(noteId('g'));
    for (const id of ids) {
      expect(Number.isSafeInteger(id)).toBe(true);
      expect(id).toBeGreaterThanOrEqual(1e12);
      expect(id).toBeLessThan(1.5e12);
    }
  });
});
