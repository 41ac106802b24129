import type { ArticleMeta, Item, ItemType, QuizDocument } from '../../src/types.js';

/**
 * A realistic quiz document with every item type, built by hand because the real generator is
 * written in parallel. The content follows the seed article and two Wikinews-style stories.
 */
export const ARTICLES: ArticleMeta[] = [
  {
    id: 'art-rj',
    title: 'Russia, Japan upgrade defence ties as part of 2+2 mechanism',
    date: '2013-11-02',
    place: 'Moscow',
    site: 'The Hindu',
    source: 'seed/russia-japan-2plus2.txt',
  },
  {
    id: 'art-expo',
    title: 'Science expo opens with record number of schools',
    date: '2013-10-28',
    place: 'Chennai',
    site: 'Wikinews',
    source: 'wikinews/expo.txt',
  },
  {
    id: 'art-flag',
    title: 'New flag design chosen after public vote',
    date: '2013-10-30',
    place: null,
    site: 'Wikinews',
    source: 'wikinews/flag.txt',
  },
];

let counter = 0;
function item(type: ItemType, articleId: string, fields: Partial<Item> & { question: string; answer: string; sentence: string }): Item {
  counter++;
  return {
    id: `${type}-${counter}`,
    articleId,
    factId: `fact-${counter}`,
    type,
    answerType: type === 'truefalse' ? 'boolean' : type === 'statements' ? 'statements' : 'term',
    score: 0.5,
    tags: [type],
    ...fields,
  };
}

const RJ1 =
  'Russia has become only the third country after the United States and Australia to have established the two-plus-two mechanism of bilateral interaction at the ministerial level with Japan.';
const RJ2 = 'The two-plus-two ministerial meeting on security held in Tokyo on Saturday “marks a new stage in Russian-Japanese relations”, said Russia’s Foreign Minister Sergei Lavrov.';
const RJ3 = 'Russia and Japan have never signed a peace treaty after World War II because of the long-running territorial dispute over the four Kuril Islands, claimed by Japan.';
const RJ4 = 'He became the first Japanese leader in 10 years to pay an official visit to Russia in April this year for a summit meeting with Russian President Vladimir Putin.';
const EX1 = 'More than 1,200 schools from 14 states took part in the science expo, the largest in its 25-year history.';
const EX2 = 'The expo was opened by the Union Minister for Science and Technology, who urged students to take up research careers.';
const FL1 = 'The winning design, a silver fern on a black and blue background, received 52 per cent of the votes in the second round.';
const FL2 = 'Turnout in the postal referendum was 67 per cent, higher than in the first round.';

export function sampleItems(): Item[] {
  counter = 0;
  return [
    item('short', 'art-rj', { question: 'In which city was the first two-plus-two meeting between Russia and Japan held?', answer: 'Tokyo', sentence: RJ2 }),
    item('short', 'art-rj', { question: 'Who is the Foreign Minister of Russia?', answer: 'Sergei Lavrov', sentence: RJ2 }),
    item('short', 'art-rj', { question: 'Which islands are at the centre of the territorial dispute between Russia and Japan?', answer: 'Kuril Islands', sentence: RJ3 }),
    item('short', 'art-expo', { question: 'How many schools took part in the science expo?', answer: 'More than 1,200', sentence: EX1 }),
    item('short', 'art-flag', { question: 'What share of the votes did the winning flag design receive in the second round?', answer: '52 per cent', sentence: FL1 }),
    item('short', 'art-flag', { question: 'What was the turnout in the postal referendum?', answer: '67 per cent', sentence: FL2 }),
    item('cloze', 'art-rj', { question: 'Russia has become only the _____ country after the United States and Australia to have established the two-plus-two mechanism with Japan.', answer: 'third', cloze: 'Russia has become only the {{c1::third}} country …', sentence: RJ1 }),
    item('cloze', 'art-rj', { question: 'Russia and Japan have never signed a peace treaty after _____ because of the dispute over the four Kuril Islands.', answer: 'World War II', sentence: RJ3 }),
    item('cloze', 'art-rj', { question: 'He became the first Japanese leader in _____ years to pay an official visit to Russia.', answer: '10', sentence: RJ4 }),
    item('cloze', 'art-expo', { question: 'More than 1,200 schools from _____ states took part in the science expo.', answer: '14', sentence: EX1 }),
    item('cloze', 'art-flag', { question: 'The winning design shows a silver _____ on a black and blue background.', answer: 'fern', sentence: FL1 }),
    item('mcq', 'art-rj', { question: 'Which country was the first to establish a two-plus-two mechanism with Japan, before Australia and Russia?', answer: 'United States', options: ['China', 'United States', 'India', 'South Korea'], answerIndex: 1, sentence: RJ1 }),
    item('mcq', 'art-rj', { question: 'Who was the Russian President at the time of the Japanese Prime Minister’s visit in April?', answer: 'Vladimir Putin', options: ['Dmitry Medvedev', 'Sergei Lavrov', 'Vladimir Putin', 'Sergei Shoigu'], answerIndex: 2, sentence: RJ4 }),
    item('mcq', 'art-rj', { question: 'Which of the following did Russia and Japan agree to hold for the first time?', answer: 'All of the above', options: ['Anti-terrorism exercises', 'Anti-piracy exercises', 'A joint Defence and Foreign Ministers’ meeting', 'All of the above'], answerIndex: 3, sentence: 'Russia and Japan have agreed to conduct the first ever anti-terrorism and anti-piracy exercises between the Japanese Maritime Self-Defence Force and the Russian Navy.' }),
    item('mcq', 'art-expo', { question: 'How old is the science expo, counting this year’s edition?', answer: '25 years', options: ['10 years', '14 years', '25 years', '52 years'], answerIndex: 2, sentence: EX1 }),
    item('mcq', 'art-expo', { question: 'Which ministry’s head opened the science expo?', answer: 'Science and Technology', options: ['Human Resource Development', 'Science and Technology', 'Earth Sciences', 'None of the above'], answerIndex: 1, sentence: EX2 }),
    item('mcq', 'art-flag', { question: 'Which plant appears on the winning flag design?', answer: 'Silver fern', options: ['Kowhai', 'Silver fern', 'Pohutukawa', 'Cabbage tree'], answerIndex: 1, sentence: FL1 }),
    item('truefalse', 'art-rj', { question: 'Japan is the first country in Asia to have a two-plus-two arrangement with Russia.', answer: 'True', sentence: 'Japan is the first country in Asia to have this arrangement with Russia.' }),
    item('truefalse', 'art-rj', { question: 'Russia and Japan signed a peace treaty soon after World War II.', answer: 'False', sentence: RJ3, explanation: 'They never signed one, because of the dispute over the Kuril Islands.' }),
    item('truefalse', 'art-expo', { question: 'Students from 25 states took part in the science expo.', answer: 'False', sentence: EX1 }),
    item('truefalse', 'art-flag', { question: 'Turnout in the second round was higher than in the first round.', answer: 'True', sentence: FL2 }),
    item('statements', 'art-rj', {
      question: 'Which of the statements given above is/are correct?',
      answer: '1 only',
      options: ['1 only', '2 only', 'Both 1 and 2', 'Neither 1 nor 2'],
      answerIndex: 0,
      statements: [
        { text: 'Russia is the third country to set up a two-plus-two mechanism with Japan.', correct: true, sentence: RJ1 },
        { text: 'The first two-plus-two meeting between the two countries was held in Moscow.', correct: false, sentence: RJ2 },
      ],
      sentence: RJ1,
    }),
    item('statements', 'art-rj', {
      question: 'Which of the statements given above is/are correct?',
      answer: '1 and 3 only',
      options: ['1 and 2 only', '2 and 3 only', '1 and 3 only', '1, 2 and 3'],
      answerIndex: 2,
      statements: [
        { text: 'The Kuril Islands are claimed by Japan.', correct: true, sentence: RJ3 },
        { text: 'Russia and Japan signed a peace treaty in 1956.', correct: false, sentence: RJ3 },
        { text: 'Shinzo Abe visited Russia in April for a summit meeting.', correct: true, sentence: RJ4 },
      ],
      sentence: RJ3,
    }),
    item('statements', 'art-flag', {
      question: 'How many of the statements given above are correct?',
      answer: 'Only two',
      options: ['Only one', 'Only two', 'All three', 'None'],
      answerIndex: 1,
      statements: [
        { text: 'The winning design received 52 per cent of the votes in the second round.', correct: true, sentence: FL1 },
        { text: 'The referendum was held by postal vote.', correct: true, sentence: FL2 },
        { text: 'Turnout fell in the second round.', correct: false, sentence: FL2 },
      ],
      sentence: FL1,
    }),
    item('statements', 'art-expo', {
      question: 'Which of the statements given above is/are correct?',
      answer: 'Both 1 and 2',
      options: ['1 only', '2 only', 'Both 1 and 2', 'Neither 1 nor 2'],
      answerIndex: 2,
      statements: [
        { text: 'More than 1,200 schools took part in the expo.', correct: true, sentence: EX1 },
        { text: 'The expo was opened by a Union Minister.', correct: true, sentence: EX2 },
      ],
      sentence: EX2,
    }),
  ];
}

export function sampleDoc(items: Item[] = sampleItems()): QuizDocument {
  return { generator: { name: 'quizwire', version: '0.1.0' }, articles: ARTICLES, items };
}

/** The statement numbers an option names, or null for a count form ("Only two"). */
export function correctNumbers(item: Item): number[] {
  return (item.statements ?? []).flatMap((s, i) => (s.correct ? [i + 1] : []));
}
