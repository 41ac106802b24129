import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf } from './fixtures.js';

function sentencesOf(...paragraphs: string[]): string[] {
  return analyzeArticle(articleOf(paragraphs)).sentences.map((s) => s.text);
}

describe('sentence splitting', () => {
  it('keeps a hyphenated dotted acronym inside its sentence', () => {
    expect(sentencesOf('They discussed the Japan-U.S. missile defence system. Later it rained.')).toEqual([
      'They discussed the Japan-U.S. missile defence system.',
      'Later it rained.',
    ]);
  });

  it('splits after "p.m." where a capitalised word and a lower-case one open the next sentence ("9 p.m. Gusty winds …")', () => {
    expect(sentencesOf('The cyclone claimed two lives till 9 p.m. Gusty winds uprooted trees in Kakinada.')).toEqual(['The cyclone claimed two lives till 9 p.m.', 'Gusty winds uprooted trees in Kakinada.']);
    // (A day, a month or a name of capitalised words after it runs on.)
    expect(sentencesOf('The meeting began at 5 p.m. Monday night and ended late.')).toHaveLength(1);
    expect(sentencesOf('The match starts at 7 p.m. Indian Standard Time on Friday.')).toHaveLength(1);
  });

  it('splits after a letter glued to a number ("Project 15B."), which is no initial', () => {
    expect(sentencesOf('INS Mormugao is the second destroyer under Project 15B. Last year, INS Visakhapatnam was commissioned.')).toEqual([
      'INS Mormugao is the second destroyer under Project 15B.',
      'Last year, INS Visakhapatnam was commissioned.',
    ]);
    expect(sentencesOf('The seats are in Ward 12A. INS Surat will follow in 2025.')).toHaveLength(2);
    expect(sentencesOf('The author J. K. Rowling spoke at the event.')).toHaveLength(1);
  });

  it('reads a code with a decimal in it ("PM2.5") as one word: no sentence end, no number inside', () => {
    const a = analyzeArticle(articleOf(["SAFAR said the share of farm fires in Delhi's PM2.5 pollution stood at 12 percent on Wednesday. The city's PM10 level was 320 on Tuesday."]));
    expect(a.sentences.map((s) => s.text)).toEqual([
      "SAFAR said the share of farm fires in Delhi's PM2.5 pollution stood at 12 percent on Wednesday.",
      "The city's PM10 level was 320 on Tuesday.",
    ]);
    expect(a.sentences[0].tokens.map((t) => t.text)).toContain('PM2.5');
    expect(a.sentences[0].entities.filter((e) => e.cls === 'number').map((e) => e.text)).toEqual([]);
    expect(sentencesOf('Fine particles (PM2.5) rose. The average was 2.5 times the limit.')).toHaveLength(2);
  });

  it('does not split at a decimal point written with no nought before it ("just .7 behind", "a .22 rifle")', () => {
    expect(sentencesOf('The duo aggregated 635.2 in the qualifications, just .7 behind the Chinese pair. They won gold.')).toEqual([
      'The duo aggregated 635.2 in the qualifications, just .7 behind the Chinese pair.',
      'They won gold.',
    ]);
    expect(sentencesOf('Police recovered a .22 rifle from the house on Monday. Two men were held.')).toHaveLength(2);
  });

  it('does not split after titles, "No.", "St." and abbreviated months', () => {
    const text = 'Mr. Smith met Dr. Jones at No. 10 Downing St. on Jan. 5 last year. It went well.';
    expect(sentencesOf(text)).toEqual(['Mr. Smith met Dr. Jones at No. 10 Downing St. on Jan. 5 last year.', 'It went well.']);
  });

  it('does not split at a full stop with no space after it, inside a name ("News.Az", "Amazon.in")', () => {
    expect(sentencesOf('India and the US began their exercise in Rajasthan, News.Az reports citing foreign media. It ends on Sept. 22.')).toEqual([
      'India and the US began their exercise in Rajasthan, News.Az reports citing foreign media.',
      'It ends on Sept. 22.',
    ]);
    expect(sentencesOf('The festival sale on Amazon.in drew record orders. Flipkart said the same.')).toEqual([
      'The festival sale on Amazon.in drew record orders.',
      'Flipkart said the same.',
    ]);
  });

  it('keeps initials with the name', () => {
    expect(sentencesOf('The book by J. K. Rowling sold well. George W. Bush read it.')).toEqual([
      'The book by J. K. Rowling sold well.',
      'George W. Bush read it.',
    ]);
  });

  it('keeps a closing quote after the full stop with its sentence', () => {
    expect(sentencesOf('He said: “This is it.” Then he left.')).toEqual(['He said: “This is it.”', 'Then he left.']);
    expect(sentencesOf('"We are happy." He said so.')).toEqual(['"We are happy."', 'He said so.']);
  });

  it('joins a quoted question to the attribution that follows in lower case', () => {
    expect(sentencesOf('"Really?" she asked. Nobody answered.')).toEqual(['"Really?" she asked.', 'Nobody answered.']);
  });

  it('splits after an abbreviation when a new sentence clearly starts', () => {
    expect(sentencesOf('The team arrived in Washington D.C. The six members were tired.')).toEqual([
      'The team arrived in Washington D.C.',
      'The six members were tired.',
    ]);
  });

  it('splits after a unit written short after a number ("86.67 m."), not inside a measure', () => {
    expect(sentencesOf('He took the bronze with a throw of 86.67 m. The two other throwers finished fifth.')).toEqual([
      'He took the bronze with a throw of 86.67 m.',
      'The two other throwers finished fifth.',
    ]);
    expect(sentencesOf('The river rose by 2 m. It flooded the town.')).toHaveLength(2);
    expect(sentencesOf('The 400 m. Olympic final was run on Sunday.')).toHaveLength(1);
    // An acronym keeps its full stop in wink's tokens: "a newer IE. Its goal …" is two sentences.
    expect(sentencesOf('Microsoft asked users to update to a newer IE. Its goal is to cut IE6 use below one percent.')).toHaveLength(2);
    // A name after the unit opens the next sentence too.
    expect(sentencesOf("He won with a throw of 85.29m. South Africa's Douw Smit claimed second place.")).toHaveLength(2);
    // (After "the", so does a name of two words: "in the 400m. Gulveer Singh also won …".)
    expect(sentencesOf('Rupal Chaudhary won a silver in the 400m. Gulveer Singh also won gold in the 5000m.')).toEqual(['Rupal Chaudhary won a silver in the 400m.', 'Gulveer Singh also won gold in the 5000m.']);
    expect(sentencesOf('Jyothi Yarraji won the 100 m. Animesh Kujur ran in the 200 m. Olympic final on Sunday.')).toHaveLength(2);
  });

  it('treats a line without a full stop as its own sentence (headings)', () => {
    expect(sentencesOf('Talks resume in Geneva\nDiplomats met on Monday to resume talks.')).toEqual([
      'Talks resume in Geneva',
      'Diplomats met on Monday to resume talks.',
    ]);
  });

  it('joins wrapped prose lines', () => {
    expect(sentencesOf('The ministers met in the capital and\nagreed to continue the talks.')).toHaveLength(1);
  });

  it('numbers sentences across paragraphs, keeps paragraph numbers and verbatim text', () => {
    const paragraphs = ['First one here. Second one here.', 'Third one in a new paragraph.'];
    const { sentences } = analyzeArticle(articleOf(paragraphs));
    expect(sentences.map((s) => [s.index, s.paragraph])).toEqual([[0, 0], [1, 0], [2, 1]]);
    for (const s of sentences) expect(paragraphs[s.paragraph]).toContain(s.text);
  });

  it('gives token offsets that point at the token text, with UD tags', () => {
    const { sentences } = analyzeArticle(articleOf(['Russia’s Foreign Minister Sergei Lavrov spoke in Tokyo on Saturday.']));
    for (const s of sentences) {
      for (const t of s.tokens) expect(s.text.slice(t.start, t.end)).toBe(t.text);
    }
    const pos = Object.fromEntries(sentences[0].tokens.map((t) => [t.text, t.pos]));
    expect(pos.Tokyo).toBe('PROPN');
    expect(pos.spoke).toBe('VERB');
  });
});
