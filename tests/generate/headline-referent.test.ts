import { describe, expect, it } from 'vitest';
import { headlineReferent } from '../../src/generate/headline-referent.js';
import { fact } from './helpers.js';

const person = (answer: string, sentenceIndex: number, sentence: string, pattern = 'subject') =>
  fact({ question: `Who ${sentenceIndex}?`, answer, answerType: 'person', sentence, sentenceIndex, pattern });

describe('the person a headline calls by what they are', () => {
  const lead = [
    person('Suresh Babu', 1, 'Suresh Babu, 46, a resident of Kollam, had set out alone.'),
    person('Suresh Babu', 3, 'Babu was shifted to the General Hospital in Kochi.'),
    person('Saji Cherian', 3, 'Fisheries Minister Saji Cherian visited Babu.', 'cloze'),
  ];

  it('is the one the lead names first, called by the headline’s words', () => {
    const r = headlineReferent(lead, 'Kerala fisherman rescued after nine days adrift in Arabian Sea')!;
    expect(r.name).toBe('Suresh Babu');
    expect(r.description).toBe('the Kerala fisherman');
    expect(r.factId).toBe(lead[0].id);
    // After an opening clause, and in a Title Case headline, where only the story's capitals stay.
    expect(headlineReferent(lead, 'After nine days at sea, Kerala fisherman rescued')!.description).toBe('the Kerala fisherman');
    expect(headlineReferent(lead, 'Elderly Fisherman Rescued At Sea')!.description).toBe('the elderly fisherman');
  });

  it('takes a person noun before an office as its modifier, and the headline\'s first word in lower case unless a name ("Lone woman judge …", "Kerala fisherman …")', () => {
    const judge = [person('Indu Malhotra', 1, 'The lone woman judge on the bench, Justice Indu Malhotra, dissented.'), person('Indu Malhotra', 3, 'Malhotra said the court should not interfere.')];
    expect(headlineReferent(judge, 'Lone woman judge on SC bench upholds ban on entry')!.description).toBe('the lone woman judge');
    expect(headlineReferent(lead, 'Kerala fisherman rescued after nine days adrift in Arabian Sea')!.description).toBe('the Kerala fisherman');
  });

  it('is no one when the headline names a person, has no person noun, or the lead names two', () => {
    expect(headlineReferent(lead, 'Suresh Babu rescued after nine days adrift')).toBeNull();
    expect(headlineReferent(lead, 'Coast Guard rescues boat adrift in Arabian Sea')).toBeNull();
    const two = [...lead, person('Ravi Nair', 1, 'Suresh Babu and Ravi Nair set out alone.')];
    expect(headlineReferent(two, 'Kerala fisherman rescued after nine days adrift')).toBeNull();
    // Named once only: not whom the story is about.
    expect(headlineReferent(lead.slice(0, 1), 'Kerala fisherman rescued after nine days adrift')).toBeNull();
    // "Parents prosecuted …": more than one person.
    expect(headlineReferent(lead, 'Fishermen rescued after nine days adrift')).toBeNull();
  });
});

describe('the person a headline names, called by what the lead says they were', () => {
  const story = [
    person('Oommen Chandy', 0, 'Prime Minister Narendra Modi mourned the demise of Congress veteran and former Kerala chief minister Oommen Chandy.', 'cloze'),
    person('Oommen Chandy', 1, 'Chandy died in Bengaluru in the early hours of Tuesday.'),
  ];

  it('calls them by the former office before their name, once a question has asked for them', () => {
    const r = headlineReferent(story, 'Oommen Chandy passes away; PM Modi mourns Kerala leader')!;
    expect(r).toMatchObject({ name: 'Oommen Chandy', description: 'the former Kerala chief minister', factId: story[1].id });
    // Named after a title in the headline; "Ex-" read as "former".
    const krishna = [
      person('S M Krishna', 0, 'Ex-Chief Minister of Karnataka and ex-External Affairs Minister S M Krishna was cremated on Wednesday.', 'cloze'),
      person('S M Krishna', 2, 'Krishna died at his residence in Bengaluru on Tuesday.'),
    ];
    expect(headlineReferent(krishna, 'Former CM S M Krishna cremated with state honours')?.description).toBe('the former External Affairs Minister');
  });

  it('calls the new holder of an office by it ("the 30th Chief of the Army Staff"), in a few words only', () => {
    const army = [
      fact({ question: 'Who was the 30th Chief of the Army Staff?', answer: 'Upendra Dwivedi', answerType: 'person', sentence: 'Gen Upendra Dwivedi on Sunday assumed charge as the 30th Chief of the Army Staff.', sentenceIndex: 0, pattern: 'ordinal' }),
      fact({ question: 'Gen Dwivedi succeeds Gen _____.', answer: 'Manoj Pande', answerType: 'person', sentence: 'Gen Dwivedi succeeds Gen Manoj Pande.', sentenceIndex: 1, pattern: 'cloze' }),
    ];
    expect(headlineReferent(army, 'Gen Dwivedi takes over as Army chief')).toMatchObject({ name: 'Upendra Dwivedi', description: 'the 30th Chief of the Army Staff', factId: army[0].id });
    const long = [{ ...army[0], question: 'Who was the 44th CJI and also the first Sikh to hold the apex office?' }, army[1]];
    expect(headlineReferent(long, 'Gen Dwivedi takes over as Army chief')).toBeNull();
  });

  it('is no one without a former office in the lead, or when the headline is about someone else', () => {
    const plain = [person('Oommen Chandy', 0, 'Oommen Chandy died in Bengaluru.'), person('Oommen Chandy', 1, 'Chandy was 79.')];
    expect(headlineReferent(plain, 'Oommen Chandy passes away')).toBeNull();
    expect(headlineReferent(story, 'Kerala observes mourning as leader dies')).toBeNull();
  });
});

describe('the place or thing a headline calls by what the lead says it is', () => {
  const thing = (answer: string, sentenceIndex: number, sentence: string, answerType: 'place' | 'term' = 'place', pattern = 'cloze') =>
    fact({ question: `${sentence.replace(answer, '_____')}`, answer, answerType, sentence, sentenceIndex, pattern });
  const lead = [
    thing('Rakhigarhi', 0, 'Unesco on Tuesday added Rakhigarhi, a Harappan-era city in Haryana, to its list of world heritage sites.'),
    thing('Haryana', 0, 'Unesco on Tuesday added Rakhigarhi, a Harappan-era city in Haryana, to its list of world heritage sites.'),
    thing('Rakhigarhi', 2, 'Rakhigarhi was excavated by the ASI over two decades.'),
  ];

  it('is the name the lead describes in the headline’s words ("Rakhigarhi, a Harappan-era city in Haryana")', () => {
    const r = headlineReferent(lead, 'Unesco declares Harappan city in Haryana a world heritage site')!;
    expect(r.name).toBe('Rakhigarhi');
    expect(r.description).toBe('the Harappan-era city in Haryana');
    expect(r.factId).toBe(lead[0].id);
  });

  it('is nothing when the headline names it, or describes something else', () => {
    expect(headlineReferent(lead, 'Unesco adds Rakhigarhi to world heritage list')).toBeNull();
    expect(headlineReferent(lead, 'Haryana to get new museum near heritage site')).toBeNull();
  });
});
