import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs, { date: '2023-10-05' }), 'awarded').map((f) => [f.question, f.answer]);

describe('awarded: who won a prize', () => {
  it('asks who was awarded it, from "awarded … to" and from "won"', () => {
    expect(asked(['The Swedish Academy on Thursday awarded the 2023 Nobel Prize in Literature to Norwegian author Jon Fosse for his plays.'])).toEqual([
      ['Who was awarded the 2023 Nobel Prize in Literature?', 'Jon Fosse'],
    ]);
    expect(asked(['Norwegian author Jon Fosse won the 2023 Nobel Prize in Literature on Thursday.'])).toEqual([['Who was awarded the 2023 Nobel Prize in Literature?', 'Jon Fosse']]);
  });

  it('dates a prize named without its year by the article', () => {
    expect(asked(['Indian chess player Gukesh Dommaraju received the Major Dhyan Chand Khel Ratna Award from the President.'])).toEqual([
      ['Who was awarded the Major Dhyan Chand Khel Ratna Award in October 2023?', 'Gukesh Dommaraju'],
    ]);
  });

  it('asks nothing where no person receives the prize', () => {
    expect(asked(['The Nobel Prize in Literature carries an award of 11 million Swedish kronor.'])).toEqual([]);
    expect(asked(['The committee awarded the prize money to a charity, a spokesman for the Nobel Foundation said.'])).toEqual([]);
  });

  it('never blanks the prize without its field', () => {
    const clozes = byPattern(factsOf(['Norwegian author Jon Fosse won the 2023 Nobel Prize in Literature on Thursday.']), 'cloze');
    expect(clozes.map((f) => f.answer)).not.toContain('Nobel Prize');
  });
});

describe('awarded: an award conferred on someone', () => {
  it('"confer the Bharat Ratna, the country\'s highest civilian award, posthumously on …"', () => {
    const facts = factsOf(['The government announced on Tuesday that it would confer the Bharat Ratna, the country’s highest civilian award, posthumously on former Bihar Chief Minister Karpoori Thakur.']);
    expect(byPattern(facts, 'awarded').map((f) => [f.question, f.answer])).toEqual([['Who was awarded the Bharat Ratna in June 2015?', 'Karpoori Thakur']]);
  });
});

describe('awarded: a prize shared', () => {
  it('asks for every winner listed, with the field joined by "or" and a year after the name', () => {
    const medicine = factsOf(['Mary E. Brunkow, Fred Ramsdell and Shimon Sakaguchi were awarded the 2025 Nobel Prize in Physiology or Medicine on Monday.']);
    expect(ask(medicine, 'awarded')).toContainEqual(['Who were awarded the 2025 Nobel Prize in Physiology or Medicine?', 'Mary E. Brunkow, Fred Ramsdell and Shimon Sakaguchi']);
    const chemistry = factsOf(['The Royal Swedish Academy of Sciences awarded the Nobel Prize in Chemistry 2025 to Susumu Kitagawa, Richard Robson and Omar M. Yaghi for metal-organic frameworks.']);
    expect(ask(chemistry, 'awarded')).toContainEqual(['Who were awarded the 2025 Nobel Prize in Chemistry?', 'Susumu Kitagawa, Richard Robson and Omar M. Yaghi']);
    // One winner is still asked alone.
    expect(ask(factsOf(['Jon Fosse won the 2023 Nobel Prize in Literature on Thursday.']), 'awarded')).toContainEqual(['Who was awarded the 2023 Nobel Prize in Literature?', 'Jon Fosse']);
  });
});
