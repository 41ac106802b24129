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

describe('court-held: the law a court held something an offence under', () => {
  it('"held that … is an offence under the … Act", "ruled that … is not an offence under the … Code"', () => {
    expect(asked(['The Supreme Court on Monday in a major ruling held that storing child sexual abuse material is an offence under the Information Technology Act.'])).toEqual([
      ['Under which law did the Supreme Court hold that storing child sexual abuse material is an offence?', 'Information Technology Act'],
    ]);
    expect(asked(['The Delhi High Court ruled that a consensual kiss between adults is not an offence under the Indian Penal Code, in Delhi on Friday.'])).toEqual([
      ['Under which law did the Delhi High Court rule that a consensual kiss between adults is not an offence?', 'Indian Penal Code'],
    ]);
  });
});

describe('court-held: what a court held allowed or not by the law', () => {
  it('asks what the court held permissible or unconstitutional', () => {
    expect(asked(['In a landmark judgment, the Supreme Court on Thursday held that sub-classification within the reserved categories of backward classes is permissible to provide quotas for the poorest.'])).toEqual([
      ['What did the Supreme Court hold to be permissible?', 'sub-classification within the reserved categories of backward classes'],
    ]);
    expect(asked(['The Madras High Court on Monday ruled that the state levy on online games was unconstitutional.'])).toEqual([
      ['What did the Madras High Court rule to be unconstitutional?', 'state levy on online games'],
    ]);
  });

  it('asks nothing of a holding that points back ("held that it is valid")', () => {
    expect(asked(['The Supreme Court on Monday held that this was valid for all states.'])).toEqual([]);
  });
});

describe('court-held: whom a ruling allows to do what', () => {
  it('asks who may now do what the ruling allows, from a high court or a lower court', () => {
    expect(asked(['The Kerala High Court has ruled that women of all ages may now enter the temple at Sabarimala for worship.'])).toEqual([
      ['Who, according to a ruling of the Kerala High Court in June 2015, may now enter the temple at Sabarimala for worship?', 'women of all ages'],
    ]);
    // (Only people: what a ruling lets a project do is no one's right.)
    expect(asked(['The Kerala High Court has ruled that the project may now proceed in Kochi without a fresh clearance.'])).toEqual([]);
    expect(asked(['Greek court has ruled that worshippers of the old religion may now hold ceremonies at ancient temples.'])).toEqual([
      ['Who, according to a ruling of the Greek court in June 2015, may now hold ceremonies at ancient temples?', 'worshippers of the old religion'],
    ]);
  });
});
