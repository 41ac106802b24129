import { describe, expect, it } from 'vitest';
import { ask, byPattern, factsOf } from '../facts-of.js';

describe('named-term: what a thing is called', () => {
  it('asks what a strategy is called (seed)', () => {
    const facts = factsOf(['A Xinhua report said the two sides remained “at variance” over Japan’s strategy of “active pacifism”.']);
    expect(ask(facts, 'named-term')).toContainEqual(['What is Japan’s strategy called?', 'active pacifism']);
  });

  it('works with "known as" and straight quotes', () => {
    const facts = factsOf(['China\'s policy known as "dual circulation" aims to boost domestic demand.']);
    expect(ask(facts, 'named-term')).toContainEqual(["What is China's policy called?", 'dual circulation']);
  });

  it('works with "named" after a comma', () => {
    const facts = factsOf(['In their first match, the Afghan team\'s robot, named "Better Idea", scored two points.']);
    expect(ask(facts, 'named-term')).toContainEqual(["What is the Afghan team's robot called?", 'Better Idea']);
  });

  it('asks it of a scheme whose owner is named ("the Centre\'s scheme")', () => {
    const facts = factsOf(['The Centre\'s scheme known as "Lakhpati Didi" aims to train three crore women.']);
    expect(ask(facts, 'named-term')).toEqual([["What is the Centre's scheme called?", 'Lakhpati Didi']]);
  });

  it('asks nothing when the noun does not say whose or which ("a policy")', () => {
    const facts = factsOf(['A policy known as "Neighbourhood First" guides India\'s ties with its neighbours.']);
    expect(byPattern(facts, 'named-term')).toEqual([]);
  });
});
