import type { ArticleMeta, Item, ItemType, QuizDocument } from '../../src/types.js';
import { stableId } from '../../src/util/ids.js';

/**
 * A hand-built QuizDocument standing in for the pipeline: three articles (a site, a file
 * without a site, stdin without a date) and every item type, with text chosen to break naive
 * CSV/HTML writers: quotes, commas, `<`, `&`, non-ASCII, fields starting with `=`, `-`, `+`,
 * `@`, `#`, a newline, a cloze with two deletions.
 */
export function makeDoc(): QuizDocument {
  const hindu = article('Russia, Japan upgrade defence ties as part of "2+2" mechanism', '2013-11-02', 'The Hindu', 'seeds/russia-japan-2plus2.txt');
  const flag = article('New Zealand begins process to consider changing national flag design', '2015-05-07', null, 'tests/fixtures/corpus/wikinews/wikinews-flag.txt');
  const stdin = article('Gdańsk port deal worth ₹500 crore', null, null, '-');

  const items: Item[] = [
    item(hindu, 'short', {
      question: 'Who is Russia\'s Foreign Minister, according to the "2+2" talks?',
      answer: 'Sergei Lavrov',
      answerType: 'person',
      sentence: 'The two-plus-two ministerial meeting on security held in Tokyo on Saturday "marks a new stage in Russian-Japanese relations", said Russia\'s Foreign Minister Sergei Lavrov.',
    }),
    item(hindu, 'mcq', {
      question: 'Russia became the third country, after the United States and which country, to set up a 2+2 mechanism with Japan?',
      answer: 'Australia',
      options: ['China', 'Australia', 'India', 'South Korea'],
      answerIndex: 1,
      answerType: 'country',
      sentence: 'Russia has become only the third country after the United States and Australia to have established the two-plus-two mechanism.',
    }),
    item(hindu, 'truefalse', {
      question: 'The meeting was held in Moscow & Tokyo <jointly>.',
      answer: 'False',
      answerType: 'boolean',
      sentence: 'The meeting on security held in Tokyo on Saturday.',
      explanation: 'It was held in Tokyo only.\nMoscow was not a venue.',
    }),
    item(hindu, 'statements', {
      question: 'Consider the following statements about the Russia–Japan talks. Which of the statements given above is/are correct?',
      answer: '1 and 2 only',
      options: ['1 only', '1 and 2 only', '2 and 3 only', '1, 2 and 3'],
      answerIndex: 1,
      answerType: 'statements',
      statements: [
        { text: 'The meeting was held in Tokyo.', correct: true, sentence: 'The meeting on security held in Tokyo on Saturday.' },
        { text: 'Sergei Lavrov is Russia\'s Foreign Minister.', correct: true, sentence: 'said Russia\'s Foreign Minister Sergei Lavrov.' },
        { text: 'China welcomed the talks.', correct: false, sentence: 'The warming of Russia-Japan ties is being watched warily in China.' },
      ],
      sentence: 'The meeting on security held in Tokyo on Saturday.',
    }),
    item(hindu, 'cloze', {
      question: 'The two-plus-two meeting was held in _____ on Saturday.',
      answer: 'Tokyo',
      cloze: 'The two-plus-two meeting was held in {{c1::Tokyo}} on Saturday.',
      answerType: 'place',
      sentence: 'The two-plus-two ministerial meeting on security held in Tokyo on Saturday.',
    }),
    item(flag, 'short', {
      question: '= how many referendums will New Zealand hold on its flag?',
      answer: 'two',
      answerType: 'number',
      sentence: 'The government of New Zealand intends to hold two referendums, one in 2015 and one in 2016.',
    }),
    item(flag, 'short', {
      question: '-40 degrees, +5 points, @pm: which hashtag, per the article?',
      answer: '#FlagConsideration',
      answerType: 'term',
      sentence: 'People shared designs with the hashtag #FlagConsideration.',
    }),
    item(flag, 'cloze', {
      question: '_____ will hold _____ referendums.',
      answer: 'New Zealand',
      cloze: '{{c1::New Zealand}} will hold {{c2::two}} referendums, on a "new" flag & design.',
      answerType: 'country',
      sentence: 'The government of New Zealand intends to hold two referendums, on a "new" flag & design.',
    }),
    item(stdin, 'short', {
      question: '#1 question: which port in Poland signed the ₹500 crore deal?',
      answer: 'Gdańsk',
      answerType: 'place',
      sentence: 'The port of Gdańsk signed a deal worth ₹500 crore, the largest, per officials.',
    }),
    item(stdin, 'cloze', {
      question: '_____ signed a deal worth ₹500 crore.',
      answer: '₹500 crore',
      cloze: '=The port of Gdańsk signed a deal worth {{c1::₹500 crore}}.',
      answerType: 'number',
      sentence: 'The port of Gdańsk signed a deal worth ₹500 crore.',
    }),
  ];
  return { generator: { name: 'quizwire', version: '0.0.0-test' }, articles: [hindu, flag, stdin], items };
}

/** The same document after an article paragraph was edited: one item's text changes, its id does not. */
export function withEditedItem(doc: QuizDocument, index: number, question: string): QuizDocument {
  const items = doc.items.map((it, i) => (i === index ? { ...it, question } : it));
  return { ...doc, items };
}

function article(title: string, date: string | null, site: string | null, source: string): ArticleMeta {
  return { id: stableId([title, date ?? '']), title, date, place: null, site, source };
}

type ItemText = Pick<Item, 'question' | 'answer' | 'answerType' | 'sentence'> &
  Partial<Pick<Item, 'options' | 'answerIndex' | 'statements' | 'cloze' | 'explanation'>>;

function item(meta: ArticleMeta, type: ItemType, text: ItemText): Item {
  const factId = stableId([meta.id, text.answer, text.sentence]);
  return {
    id: stableId([factId, type]),
    articleId: meta.id,
    factId,
    type,
    score: 0.5,
    tags: [],
    ...text,
  };
}
