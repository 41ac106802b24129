import { describe, expect, it } from 'vitest';
import { ask, factsOf } from '../facts-of.js';

const asked = (paragraphs: string[]) => ask(factsOf(paragraphs, { date: '2024-05-10' }), 'charged');

describe('charged: what someone was tried for, charged with, convicted of or sentenced to', () => {
  it('asks the charge, a lower-case phrase, with "by" into lower-case words', () => {
    expect(asked(['Thomas Sam, 42, and his wife Manju Sam, 36, from Sydney, Australia, are undergoing trial for manslaughter by gross negligence for the death of their child.'])).toEqual([
      ['What are Thomas Sam and Manju Sam on trial for?', 'manslaughter by gross negligence'],
    ]);
    expect(asked(['Daniel Montalvo was charged with taking hard drives and a zip drive from the organization after leaving it.'])).toEqual([
      ['What was Daniel Montalvo charged with?', 'taking hard drives and a zip drive'],
    ]);
  });

  it('reads convictions and sentences as Indian court reports write them', () => {
    expect(asked(['A special court in Mumbai on Friday convicted Ravi Shetty of murder and criminal conspiracy in the 2012 case.'])).toEqual([]);
    expect(asked(['Former minister Ravi Shetty was convicted of murder and criminal conspiracy by a special court in Mumbai on Friday.'])).toEqual([
      ['What was Ravi Shetty convicted of?', 'murder and criminal conspiracy'],
    ]);
    expect(asked(['Gangster Anil Rana was sentenced to life imprisonment by the Sessions Court and was fined Rs 50,000.'])).toEqual([
      ['What was Anil Rana sentenced to?', 'life imprisonment'],
    ]);
  });

  it('asks nothing of an accusation or of a charge on no one named', () => {
    expect(asked(['The parents are also accused of putting their social life ahead of their child.'])).toEqual([]);
    expect(asked(['Three men were arrested for smuggling gold at the Chennai airport on Monday.'])).toEqual([]);
  });
});
