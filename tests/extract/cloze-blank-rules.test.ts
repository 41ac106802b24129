import { describe, expect, it } from 'vitest';
import { byPattern, factsOf } from './facts-of.js';

// Blanks a student could not fairly fill, each rule on sentences of different shapes.
const blanks = (text: string) => byPattern(factsOf([text]), 'cloze').map((f) => f.answer);

describe('a blank never asks half of a longer name', () => {
  it('not the place that completes an office ("Chief Justice of India")', () => {
    expect(blanks('Justice Surya Kant was sworn in as the 53rd Chief Justice of India on Monday at a ceremony.')).not.toContain('India');
    expect(blanks('Sanjay Malhotra took charge as the Governor of the Reserve Bank of India in Mumbai on Wednesday.')).not.toContain('Reserve Bank of India');
  });

  it('not the tail of a name joined by "on" or "of" ("National Mission on Natural Farming")', () => {
    expect(blanks('The Cabinet approved the launch of the National Mission on Natural Farming with an outlay of Rs 2,481 crore.')).not.toContain('Natural Farming');
    expect(blanks('The bench ruled that laws giving effect to Directive Principles of State Policy could not be struck down on that ground alone.')).not.toContain('Directive Principles');
  });

  it('but still blanks a whole name after a lower-case "of"', () => {
    expect(blanks('The summit was held in the capital of Indonesia on Friday with leaders of ten nations.')).toContain('Indonesia');
  });
});

describe('a blank never asks one member of a list', () => {
  it('of people or of countries', () => {
    const people = blanks('Photographers Nat Finkelstein, Christopher Makos and Felice Quinto documented the scene in the 1960s.');
    expect(people).toContain('1960s');
    expect(people.filter((a) => /Finkelstein|Makos|Quinto/.test(a))).toEqual([]);
    const top = blanks('Norway, Estonia and the Netherlands emerged as the top-ranked nations in the index released on Friday.');
    expect(top).not.toContain('Norway');
    expect(top).not.toContain('Estonia');
  });

  it('but a pair is two facts', () => {
    expect(blanks('Prime Minister Narendra Modi held talks with President Emmanuel Macron in Paris on Tuesday.')).toContain('Emmanuel Macron');
  });
});

describe('no blank on the telling of an event', () => {
  it('not the clock time', () => {
    expect(blanks('The PSLV rocket lifted off from Sriharikota at 9.28 am on Wednesday carrying 14 satellites.')).not.toContain('9.28');
    expect(blanks('The polling ended at 6 pm in Bihar, where turnout reached 64 per cent of registered voters.')).toContain('64 per cent');
  });

  it('not the minutes or seconds it took', () => {
    const f = blanks('The satellite was placed into orbit 17 minutes after lift-off, at an altitude of 509 km above the earth.');
    expect(f).not.toContain('17 minutes');
    expect(f).toContain('509');
  });
});

describe('no blank on words that are no name', () => {
  it("not someone's phrase in quotes in lower case, unless the sentence names it", () => {
    expect(blanks("India on Thursday launched its own 'sharp eye' in the sky, an imaging satellite built by ISRO.")).not.toContain('sharp eye');
    expect(blanks('India remains in the "very serious" category of the index for a third year, the report said.')).not.toContain('very serious');
    expect(blanks('The theme of the 2017 challenge, held in Washington, was "water security" for all nations.')).toContain('water security');
  });

  it('not a body named by its common noun ("The Bench, headed by …")', () => {
    expect(blanks('The Bench, headed by Chief Justice D.Y. Chandrachud, directed the State Bank of India to stop issuing the bonds.')).not.toContain('Bench');
    expect(blanks('The Centre on Friday notified the rules under the new law for the appointment of election commissioners.')).not.toContain('Centre');
  });

  it('not the version of a name ("AIM 2.0")', () => {
    expect(blanks('The Cabinet cleared AIM 2.0 with a budget of Rs 2,750 crore for implementation until March 2028.')).not.toContain('2.0');
    expect(blanks('The rover travelled 100 metres on the Moon during the Chandrayaan 3 mission, ISRO said on Friday.')).not.toContain('3');
  });
});
