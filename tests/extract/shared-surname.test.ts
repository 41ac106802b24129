import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

// Two people of one surname: a bare surname is asked about only when the text says which.
const answersFrom = (facts: ReturnType<typeof factsOf>, sentenceStart: string) =>
  facts.filter((f) => f.sentence.startsWith(sentenceStart)).map((f) => f.answer);

describe('a surname two people of the article bear', () => {
  it('is no one when nothing says which (an appointment: the new and the outgoing officer)', () => {
    const facts = factsOf([
      'Gyanesh Kumar on Wednesday assumed charge as the Chief Election Commissioner, succeeding Rajiv Kumar, who retired on Tuesday.',
      'The President appointed him on Monday.',
      'Kumar said the commission would hold the Bihar election in November.',
    ]);
    const asked = answersFrom(facts, 'Kumar said');
    expect(asked).not.toContain('Rajiv Kumar');
    expect(asked).not.toContain('Gyanesh Kumar');
    expect(asked).not.toContain('Kumar');
  });

  it('is no one when nothing says which (a meeting of two ministers)', () => {
    const facts = factsOf([
      'Defence Minister Rajnath Singh met Punjab Chief Minister Bhagwant Singh Mann and former Prime Minister Manmohan Singh in New Delhi on Friday.',
      'The talks covered the security of the border districts.',
      'Singh said the government would raise two new battalions for the border.',
    ]);
    const asked = answersFrom(facts, 'Singh said');
    for (const name of ['Rajnath Singh', 'Manmohan Singh', 'Singh']) expect(asked).not.toContain(name);
  });

  it('is the one named in the sentence before', () => {
    const facts = factsOf([
      'Gyanesh Kumar on Wednesday assumed charge as the Chief Election Commissioner.',
      'His predecessor Rajiv Kumar retired on Tuesday after overseeing the general election.',
      'Kumar had earlier served as the Finance Secretary.',
    ]);
    const asked = facts.filter((f) => f.sentence.startsWith('Kumar had') && f.answerType === 'person').map((f) => f.answer);
    expect(asked.every((a) => a === 'Rajiv Kumar')).toBe(true);
  });

  it('is the one the story is about when the other is named once in passing', () => {
    const facts = factsOf([
      'Justice D.Y. Chandrachud was sworn in as the Chief Justice of India on Wednesday.',
      'Justice D.Y. Chandrachud succeeds Justice U.U. Lalit, who retired on Tuesday.',
      'His father, Justice Y.V. Chandrachud, was the longest-serving Chief Justice of India.',
      'Chandrachud said the courts would hear more cases in regional languages.',
    ]);
    const asked = facts.filter((f) => f.sentence.startsWith('Chandrachud said') && f.answerType === 'person').map((f) => f.answer);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((a) => a === 'D.Y. Chandrachud')).toBe(true);
  });
});

describe("a surname the headline's person shares with relatives the story names", () => {
  it('is the headline\'s person (a laureate and his mother and father)', () => {
    const facts = factsOf(
      [
        'Nirmala Banerjee said on Monday she was proud, hours after the Nobel committee announced the prize for her son Abhijit.',
        'Nirmala said she had heard the news from her younger son.',
        'Banerjee is an alumnus of Presidency College in Kolkata.',
        'His father Dipak Banerjee taught economics at the college.',
      ],
      { title: 'Abhijit Banerjee wins Nobel Prize for Economics' },
    );
    const asked = answersFrom(facts, 'Banerjee is an alumnus');
    expect(asked).not.toContain('Nirmala Banerjee');
    expect(asked).toContain('Abhijit Banerjee');
  });

  it('is the headline\'s person (an astronaut and her husband)', () => {
    const facts = factsOf(
      [
        'Her husband Michael Williams said on Wednesday that Sunita had called the family from the capsule.',
        'Williams spent 286 days aboard the International Space Station before the capsule splashed down off Florida.',
      ],
      { title: 'Sunita Williams returns to Earth after nine months' },
    );
    const asked = answersFrom(facts, 'Williams spent');
    expect(asked).not.toContain('Michael Williams');
  });
});

describe('a headline person against a namesake named just before', () => {
  it('is no one: the mother named in the sentence before, the son in the headline', () => {
    const facts = factsOf(
      [
        'Nirmala Banerjee said on Monday she was proud, hours after the Nobel committee announced the prize for her son Abhijit.',
        'Banerjee is an alumnus of Presidency College in Kolkata.',
      ],
      { title: 'Abhijit Banerjee wins Nobel Prize for Economics' },
    );
    const asked = answersFrom(facts, 'Banerjee is an alumnus');
    expect(asked).not.toContain('Nirmala Banerjee');
    expect(asked).not.toContain('Abhijit Banerjee');
  });

  it('names no one new from a headline title run ("Padma Vibhushan Zakir Hussain", "Iran FM Araghchi")', () => {
    const facts = factsOf(
      [
        'Tabla maestro Zakir Hussain died in San Francisco on Monday.',
        'He was awarded the Padma Shri in 1988 and the Padma Vibhushan in 2023.',
        'Hussain was the eldest son of tabla player Alla Rakha.',
      ],
      { title: 'Padma Vibhushan Zakir Hussain dies at 73' },
    );
    expect(facts.map((f) => f.answer)).not.toContain('Padma Vibhushan Zakir Hussain');
  });
});

describe('a headline person the body names in full, and a namesake named just before', () => {
  it('a bare surname after the namesake is no one, and neither is the "He" after it', () => {
    const facts = factsOf(
      [
        'Former Uttar Pradesh Chief Minister Mulayam Singh Yadav died in Gurugram on Monday.',
        'He was elected to the Assembly in 1967 but lost the election in 1969 to the Congress’s Bishambhar Singh Yadav.',
        'Yadav, who was a socialist leader, founded the Samajwadi Party in 1992.',
        'He was the chief minister of Uttar Pradesh three times, from 1989 to 2007.',
      ],
      { title: "Mulayam Singh Yadav's demise: mortal remains reach Saifai" },
    );
    const later = facts.filter((f) => f.sentenceIndex >= 2);
    expect(later.flatMap((f) => [f.answer, f.cloze, f.question]).filter((t) => /Bishambhar/.test(t))).toEqual([]);
  });
});

describe('a namesake named in the sentence before', () => {
  it('does not settle a bare surname ("the airport named after Rajmata Vijayaraje Scindia. Scindia, while addressing …")', () => {
    const facts = factsOf([
      'Union Civil Aviation Minister Jyotiraditya Scindia and other ministers were present for the event at Gwalior airport.',
      'Speaking on the occasion, Chief Minister Mohan Yadav said the new airport at Gwalior named after Rajmata Vijayaraje Scindia is a new record of development.',
      'Scindia, while addressing the event, said there are only four airports in Madhya Pradesh, but the number is set to increase to 10.',
    ]);
    const said = facts.filter((f) => f.sentence.startsWith('Scindia, while'));
    for (const f of said) expect(`${f.question} ${f.cloze} ${f.answer}`).not.toContain('Rajmata');
  });
});

