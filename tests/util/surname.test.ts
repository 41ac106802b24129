import { describe, expect, it } from 'vitest';
import { surnameOf } from '../../src/util/surname.js';
import { analyzeArticle } from '../../src/analyze/index.js';
import { articleOf } from '../analyze/fixtures.js';

describe('a surname', () => {
  it('is the last name, before a generation ("Ferdinand Marcos Jr" → Marcos)', () => {
    expect(surnameOf('Ratan Tata')).toBe('Tata');
    expect(surnameOf('Ferdinand Marcos Jr')).toBe('Marcos');
    expect(surnameOf('Martin Luther King Jr.')).toBe('King');
    expect(surnameOf('Balbir Singh Senior')).toBe('Singh');
    expect(surnameOf('Henry Ford II')).toBe('Ford');
    // (A one-word name before "Jr" is no generation of anyone's.)
    expect(surnameOf('Junior Jr')).toBe('Jr');
  });

  it('lets the story call such a person by the surname alone', () => {
    const a = analyzeArticle(articleOf(['India and the Philippines elevated ties, with Prime Minister Narendra Modi and President Ferdinand Marcos Jr pledging to work together.', 'Marcos, who is in India with a delegation, met PM Modi.']));
    const marcos = a.sentences[1].entities.find((e) => e.text === 'Marcos');
    expect(marcos?.cls).toBe('person');
    expect(marcos?.canonical).toBe('Ferdinand Marcos Jr');
  });
});
