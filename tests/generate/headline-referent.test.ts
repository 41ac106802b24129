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
