import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-of.js';

const blanks = (paragraphs: string[], title: string) => factsOf(paragraphs, { title }).filter((f) => f.pattern === 'cloze').map((f) => f.answer);

describe('the name of what the headline tells of by its kind alone', () => {
  it('is blanked before the bodies around it in a long sentence ("… Plan For A New Tiger Reserve" → "Guru Ghasidas-Tamor Pingla Tiger Reserve")', () => {
    expect(
      blanks(
        ['The Chhattisgarh government on Monday decided to declare a new tiger reserve in the state.', 'As per the recommendation of State Wildlife Board and the consent of National Tiger Conservation Authority (NTCA), Union Ministry of Forest and Climate Change, the cabinet has decided to notify Guru Ghasidas-Tamor Pingla Tiger Reserve in an area of 2,829.387 sq km, a government statement said.'],
        'Chhattisgarh Government Announces Plan For A New Tiger Reserve',
      ),
    ).toContain('Guru Ghasidas-Tamor Pingla Tiger Reserve');
    expect(
      blanks(
        ['The Centre on Monday cleared a new tunnel for Ladakh.', 'On the advice of the National Highways Authority of India (NHAI), Border Roads Organisation and the Ministry of Road Transport and Highways, the Centre has decided to build the Shinku La Twin Tunnel at a cost of Rs 1,681 crore, officials said.'],
        'Centre clears plan for new twin tunnel in Ladakh',
      ),
    ).toContain('Shinku La Twin Tunnel');
  });
});
