import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => ask(factsOf(paragraphs), 'court-held').map(([q, a]) => [q.replace(/ in \p{Lu}\p{Ll}+ \d{4}\?$/u, '?'), a]);

describe('court-held: what a court held to be a right', () => {
  it('asks the right a court declared, from a fronted holding and from "held that"', () => {
    expect(asked(['Digital access is a fundamental right and the State must ensure digital accessibility for everyone, the Supreme Court ruled today.'])).toEqual([
      ['What did the Supreme Court rule is a fundamental right?', 'digital access'],
    ]);
    expect(asked(['The Supreme Court on Thursday held that the right to privacy is a fundamental right under the Constitution.'])).toEqual([
      ['What did the Supreme Court hold is a fundamental right?', 'the right to privacy'],
    ]);
    expect(asked(['The Madras High Court held that access to clean drinking water is part of the right to life under Article 21.'])).toEqual([
      ['What did the Madras High Court hold is part of the right to life?', 'access to clean drinking water'],
    ]);
  });

  it('asks nothing where no court holds it', () => {
    expect(asked(['Activists said that internet access is a fundamental right in a democracy.'])).toEqual([]);
  });
});
