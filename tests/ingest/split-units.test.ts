import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/ingest/split-units.js';

const texts = (input: string) => splitUnits(input).map((u) => u.text);

describe('splitUnits', () => {
  it('splits on blank lines and normalises whitespace, keeping quotes verbatim', () => {
    expect(texts('First  “quoted”\tpara.\n\n\n  Second para.  \n')).toEqual(['First “quoted” para.', 'Second para.']);
  });

  it('joins hard-wrapped lines of one paragraph with a space', () => {
    const wrapped =
      'The two-plus-two ministerial meeting on security held in Tokyo on\n' +
      'Saturday marks a new stage in relations between the two countries,\n' +
      'said the Foreign Minister.';
    expect(texts(wrapped)).toEqual([wrapped.replace(/\n/g, ' ')]);
  });

  it('keeps headline and dateline apart when no blank line separates them', () => {
    expect(texts('Hundreds dead in Hajj stampede\nThursday, January 12, 2006\n\nBody text here.')).toEqual([
      'Hundreds dead in Hajj stampede',
      'Thursday, January 12, 2006',
      'Body text here.',
    ]);
  });

  it('treats each long line as its own paragraph when text uses single newlines', () => {
    const a = 'A'.repeat(60) + ' first paragraph that runs well past the usual wrap width of a text file.';
    const b = 'B'.repeat(60) + ' second paragraph, also long enough that nobody hard-wrapped it by hand.';
    expect(texts(`${a}\n${b}`)).toEqual([a, b]);
  });

  it('makes list items separate units marked as bullets, with wrapped continuations joined', () => {
    const units = splitUnits('Benefits:\n  • Access 10 free stories\n  • Save stories to read\n    later\nSign in');
    expect(units).toEqual([
      { text: 'Benefits:', bullet: false },
      { text: 'Access 10 free stories', bullet: true },
      { text: 'Save stories to read later', bullet: true },
      { text: 'Sign in', bullet: false },
    ]);
  });

  it('accepts Windows line endings', () => {
    expect(texts('One.\r\n\r\nTwo.')).toEqual(['One.', 'Two.']);
  });
});
