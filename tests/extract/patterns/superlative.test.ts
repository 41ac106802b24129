import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => byPattern(factsOf(paragraphs), 'superlative').map((f) => [f.question, f.answer]);

describe('superlative: a record named in apposition', () => {
  it('asks a superlative that says where', () => {
    expect(asked(['Lake Chilika, the largest brackish water lagoon in Asia, is home to Irrawaddy dolphins.'])).toEqual([['Which is the largest brackish water lagoon in Asia?', 'Lake Chilika']]);
  });

  it('asks a first or a superlative that an owner names ("India’s first …")', () => {
    expect(asked(['ISRO on Saturday launched Aditya-L1, India’s first space-based mission to study the Sun, from Sriharikota.'])).toEqual([
      ["Which is India’s first space-based mission to study the Sun?", 'Aditya-L1'],
    ]);
    expect(asked(['Kaziranga, Assam’s oldest national park, is home to two-thirds of the one-horned rhinos.'])).toEqual([["Which is Assam’s oldest national park?", 'Kaziranga']]);
  });

  it('asks nothing of an office or a plain description in apposition', () => {
    expect(asked(['He met Narendra Modi, India’s Prime Minister, in Delhi on Monday.'])).toEqual([]);
    expect(asked(['The team met Alireza Mehraban, the coach of the team, in Kabul.'])).toEqual([]);
  });

  it('asks nothing of a superlative that says not where or of what: it has many answers', () => {
    expect(asked(['Lake Chilika, the largest lagoon, attracts birds every winter.'])).toEqual([]);
  });
});
