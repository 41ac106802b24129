import { describe, expect, it } from 'vitest';
import { withQuotedNames } from '../../src/analyze/quoted-names.js';
import type { Entity, Sentence } from '../../src/types.js';

// (The last occurrence: a quoted name after the longer name it stands in.)
const entity = (text: string, sentence: string, cls: Entity['cls']): Entity => {
  const start = sentence.lastIndexOf(text);
  return { text, cls, start, end: start + text.length, canonical: text };
};
const sentence = (index: number, text: string, entities: [string, Entity['cls']][]): Sentence => ({ index, paragraph: index, text, tokens: [], entities: entities.map(([t, c]) => entity(t, text, c)) });

describe('a name the article gives in quotes', () => {
  it('makes a scheme\'s whole quoted name one term again, its small words and bracketed short form inside', () => {
    const text = "The Cabinet approved the 'PM Green Boat Revolution in Inland Waterways (PM G-BOAT) Scheme' for river transport.";
    const s = sentence(0, text, [['PM Green Boat Revolution', 'term'], ['Inland Waterways', 'term'], ['PM G-BOAT', 'term'], ['Scheme', 'term']]);
    withQuotedNames([s]);
    expect(s.entities.map((e) => e.text)).toEqual(['PM Green Boat Revolution in Inland Waterways (PM G-BOAT) Scheme']);
  });

  it('is the name the headline quotes, wherever the article writes it unquoted ("\'This Moment\' is a Grammy moment")', () => {
    const s = sentence(0, 'The award was given to their music album This Moment in the ceremony held in Los Angeles.', [['Los Angeles', 'place']]);
    withQuotedNames([s], "Indian feat: 'This Moment' is a Grammy moment");
    expect(s.entities.map((e) => `${e.text}[${e.cls}]`)).toEqual(['This Moment[term]', 'Los Angeles[place]']);
    // (A quoted word alone is a quotation, no name.)
    const t = sentence(0, 'Pranav Adani said he was devastated by the news.', [['Pranav Adani', 'person']]);
    withQuotedNames([t], "Pranav Adani says 'devastated'");
    expect(t.entities.map((e) => e.text)).toEqual(['Pranav Adani']);
  });

  it('is that name unquoted, not the pieces the analyser made of it', () => {
    const first = sentence(0, "The Trust to Teach Rural Children, widely known as 'Teach Rural,' has made history.", [['Teach Rural Children', 'term'], ['Teach Rural', 'term']]);
    const second = sentence(1, 'Teach Rural was founded in 2009 by Meera Kapoor.', [['Rural', 'person'], ['2009', 'date'], ['Meera Kapoor', 'person']]);
    withQuotedNames([first, second]);
    expect(second.entities.map((e) => `${e.text}[${e.cls}]`)).toEqual(['Teach Rural[term]', '2009[date]', 'Meera Kapoor[person]']);
    // (Inside the longer name it stands in, it stays that name's.)
    expect(first.entities.map((e) => e.text)).toEqual(['Teach Rural Children', 'Teach Rural']);
  });

  it('is that name where the analyser read the same words as a person\'s ("Roudra Sathwikam (Malayalam poems) by Varma")', () => {
    const first = sentence(0, "Prabha Varma won the award for his work 'Roudra Sathwikam', a statement said.", [['Prabha Varma', 'person'], ['Roudra Sathwikam', 'term']]);
    const second = sentence(1, 'The five included Banaras Diary by Harish Meenashru and Roudra Sathwikam by Varma.', [['Harish Meenashru', 'person'], ['Roudra Sathwikam', 'person'], ['Varma', 'person']]);
    withQuotedNames([first, second]);
    expect(second.entities.map((e) => `${e.text}[${e.cls}]`)).toContain('Roudra Sathwikam[term]');
  });

  it('only when quoted: a capitalised term read plainly joins nothing', () => {
    const first = sentence(0, 'The Green Corridor opened on Monday.', [['Green Corridor', 'term']]);
    const second = sentence(1, 'Green and Corridor are words.', [['Green', 'person']]);
    withQuotedNames([first, second]);
    expect(second.entities.map((e) => e.text)).toEqual(['Green']);
  });
});
