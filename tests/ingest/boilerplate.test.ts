import { describe, expect, it } from 'vitest';
import { boilerplateReason } from '../../src/ingest/boilerplate.js';

describe('boilerplateReason', () => {
  it.each([
    // Calls to action, in several sites' wording.
    ['Sign in to unlock member-only benefits!', 'call-to-action'],
    ['Subscribe to our newsletter for the day’s top stories.', 'call-to-action'],
    ['Log in to continue reading', 'call-to-action'],
    ['Already a subscriber? Sign in here.', 'call-to-action'],
    ['Download the ExampleNews app for breaking alerts', 'call-to-action'],
    ['Follow us on Twitter and Instagram', 'call-to-action'],
    ['Also read: Ten things to know before the budget session', 'call-to-action'],
    ['Read more: Markets rally as inflation cools', 'call-to-action'],
    ['Click here to get the latest updates on WhatsApp.', 'call-to-action'],
    ['ADVERTISEMENT', 'call-to-action'],
    ['Comments (12)', 'call-to-action'],
    ['Share this article', 'call-to-action'],
    ['Related Stories', 'call-to-action'],
    ['Sign-up/manage your newsletter subscriptions with a single click', 'call-to-action'],
    ['We use cookies to improve your experience on our site.', 'call-to-action'],
    // Comment rules.
    ['Comments have to be in English, and in full sentences. They cannot be abusive or personal.', 'comment-rules'],
    ['Please read our community guidelines before posting.', 'comment-rules'],
    ['Comments are moderated and will appear after approval.', 'comment-rules'],
    ['Please respect our community rules.', 'comment-rules'],
    ['You must register and login to post comments on this story.', 'comment-rules'],
    // Photo credits and captions with a credit.
    ['Photo: Reuters', 'photo-credit'],
    ['File photo of the parliament building in Tokyo.', 'photo-credit'],
    ['The two ministers shake hands in Tokyo. (Photo credit: AP)', 'photo-credit'],
    ['Protesters gather outside the court. Image: Jane Doe/Reuters.', 'photo-credit'],
    ['Lady Cassandra from Doctor Who. Image: Nick Moreau.', 'photo-credit'],
    ['An interview with the curator. Audio: Jkthom.', 'photo-credit'],
    // Bylines, agencies, stamps, copyright.
    ['By Staff Reporter', 'byline'],
    ['By Maria Gonzalez and Tom Lee', 'byline'],
    ['Press Trust of India', 'byline'],
    ['PTI', 'byline'],
    ['Updated - November 02, 2013 10:56 pm IST', 'stamp'],
    ['Last updated: 4 March 2020 09:12 GMT', 'stamp'],
    ['© 2024 The Daily Ledger. All rights reserved.', 'copyright'],
    ['Copyright 2019 Example Media Group', 'copyright'],
    // Labels, counters, section headings, captions without a sentence.
    ['0 / 0', 'not-a-sentence'],
    ['1.2K shares', 'not-a-sentence'],
    ['Home > World > Asia', 'not-a-sentence'],
    ['Displays of charity at event', 'not-a-sentence'],
    ['Group F — Sweden 1 – 0 Korea Republic', 'not-a-sentence'],
  ])('%s → %s', (text, reason) => {
    expect(boilerplateReason(text)).toBe(reason);
  });

  it.each([
    'Russia and Japan have agreed to conduct the first ever anti-terrorism exercises.',
    'Voters must register by Friday to take part in the referendum.',
    'The minister declined to comment on the policy, citing the ongoing talks.',
    'Shares of the company rose 5% after the announcement.',
    'By the end of the day, more than 300 people had been evacuated.',
    'Related talks will be held in Geneva next month, officials said.',
    'She said the husband had been abusive for years before the trial.',
    'US President Barack Obama tweeted using his @POTUS account:',
    '"So far, it\'s the Internet: 1, Scientology: 0. But it\'s a long game." - Matthew Ingram',
    'The photo was taken by a passer-by who later gave it to the police.',
    'Updated figures released on Monday showed the economy grew by 2 percent in the third quarter.',
  ])('keeps story text: %s', (text) => {
    expect(boilerplateReason(text)).toBeNull();
  });
});
