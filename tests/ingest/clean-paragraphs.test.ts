import { describe, expect, it } from 'vitest';
import { cleanParagraphs } from '../../src/ingest/clean-paragraphs.js';
import { splitUnits } from '../../src/ingest/split-units.js';

const story = [
  'The council approved the new budget on Tuesday after a long debate.',
  'The mayor said the plan would fund three new schools by 2026.',
];
const clean = (tail: string) => cleanParagraphs(splitUnits(`${story.join('\n\n')}\n\n${tail}`));

describe('cleanParagraphs: the trailing section after the story is dropped', () => {
  it.each([
    [
      'sign-in box with perks and comment rules',
      '12 / 3\nLog in to read premium stories!\n  • Unlimited articles on any device\n  • An ad-free reading experience\nLog in\n\nComments\n\nPlease keep comments civil. Abusive posts will be removed.',
    ],
    [
      'comments heading followed by reader comments that look like sentences',
      'Comments (2)\n\nGreat article, very informative!\n\nThis is exactly what I needed for my exam.',
    ],
    [
      'newsletter pitch followed by a bullet list',
      'Sign up for our morning briefing.\n- Top stories in your inbox\n- Delivered every weekday at 7am',
    ],
    ['sources section with citations', 'Sources\n\n"Council passes budget" — City Times, May 3, 2021\n\n"Schools plan unveiled" — Herald, May 4, 2021'],
    ['a join-the-conversation block', 'Join the conversation\n\nYou must be logged in to your account to post a comment.'],
  ])('%s', (_name, tail) => {
    expect(clean(tail)).toEqual(story);
  });

  it('drops furniture in the middle but keeps the story after it', () => {
    const text = [
      story[0],
      'Subscribe to The Example Times',
      '• Unlimited access to every story',
      '• Save articles to read later',
      'Photo: Getty Images',
      story[1],
    ].join('\n\n');
    expect(cleanParagraphs(splitUnits(text))).toEqual(story);
  });

  it('does not cut at a "Comments" line before any story paragraph', () => {
    expect(cleanParagraphs(splitUnits(`Comments\n\n${story.join('\n\n')}`))).toEqual(story);
  });

  it('keeps real bullet-point sentences of a story', () => {
    const text = `${story[0]}\n\n- The budget grows by 4 percent.\n- Three schools will be built.`;
    expect(cleanParagraphs(splitUnits(text))).toEqual([story[0], 'The budget grows by 4 percent.', 'Three schools will be built.']);
  });
});

describe('cleanParagraphs: a radio bulletin\'s labels', () => {
  it('drops "Akashvani correspondent reports" before the story and the sign-off after it', () => {
    const text = 'Akaswani correspondent report During the swearing-in ceremony held today in Raipur, Arun Sao took the oath. The ceremony was telecast live. Vikalp Shukla, Akashvani News, Raipur.\n\nOur correspondent reports: The Prime Minister will visit Assam on Friday.';
    expect(cleanParagraphs(splitUnits(text))).toEqual(['During the swearing-in ceremony held today in Raipur, Arun Sao took the oath. The ceremony was telecast live.', 'The Prime Minister will visit Assam on Friday.']);
    // (A correspondent the story speaks of stays.)
    expect(cleanParagraphs(splitUnits('Our correspondent was injured in the blast on Friday.'))).toEqual(['Our correspondent was injured in the blast on Friday.']);
  });
});

describe('cleanParagraphs: quotes', () => {
  it('pairs a curly opening quote a straight apostrophe closes (‘Agni Prime\' → ‘Agni Prime’), and leaves a possessive alone', () => {
    expect(cleanParagraphs(splitUnits("India test-fired its missile ‘Agni Prime' from Odisha on Wednesday.\n\nThe ‘Mission Mausam' was approved, the minister's office said."))).toEqual([
      'India test-fired its missile ‘Agni Prime’ from Odisha on Wednesday.',
      "The ‘Mission Mausam’ was approved, the minister's office said.",
    ]);
  });
});
