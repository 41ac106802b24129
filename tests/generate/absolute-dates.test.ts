import { describe, expect, it } from 'vitest';
import { articleMentions, withAbsoluteDates } from '../../src/generate/absolute-dates.js';
import { relativeDates } from '../../src/extract/relative-dates.js';
import type { Entity, Fact, Item, Sentence } from '../../src/types.js';

const item = (question: string, answer = 'Sweden', cloze?: string): Item =>
  ({ id: 'i', articleId: 'a', factId: 'f', type: cloze ? 'cloze' : 'short', question, answer, ...(cloze && { cloze }) }) as Item;
/** The article's rules for one mention, as generation makes them. */
const rules = (text: string, resolved: string) => articleMentions([{ dates: [{ text, resolved }] } as Fact]);
const say = (question: string, text: string, resolved: string, answer?: string) => withAbsoluteDates(item(question, answer), rules(text, resolved)).question;

describe('withAbsoluteDates', () => {
  it('says a relative day as its date, with "on" unless a preposition is there', () => {
    expect(say('Yesterday, day five of the World Cup, _____ defeated South Korea.', 'Yesterday', '2018-06-18')).toBe('On 18 June 2018, day five of the World Cup, _____ defeated South Korea.');
    expect(say('The study was published in journal _____ yesterday.', 'yesterday', '2014-07-27')).toBe('The study was published in journal _____ on 27 July 2014.');
    expect(say('The attack was launched on Wednesday by a user labelled "_____".', 'Wednesday', '2008-01-16')).toBe('The attack was launched on 16 January 2008 by a user labelled "_____".');
    expect(say('Posts on the site _____ from Friday theorized that an attack had occurred.', 'Friday', '2008-01-18')).toBe('Posts on the site _____ from 18 January 2008 theorized that an attack had occurred.');
    expect(say('Who said that the boy would visit tomorrow?', 'tomorrow', '2015-09-23')).toBe('Who said that the boy would visit on 23 September 2015?');
    // The day the article gave in brackets is not said twice.
    expect(say('He clinched the title at the _____ on Tuesday (June 24).', 'Tuesday', '2025-06-24')).toBe('He clinched the title at the _____ on 24 June 2025.');
    // (Or after a comma: "on Tuesday, July 30".)
    expect(say('The landslides that hit _____ on Tuesday, July 30 killed over 150.', 'Tuesday', '2024-07-30')).toBe('The landslides that hit _____ on 30 July 2024 killed over 150.');
    // (And with its year, set off by commas: "on Friday, September 15, 2023, launched …".)
    expect(say('Stalin on Friday, September 15, 2023, launched the _____ in Kancheepuram.', 'Friday', '2023-09-15')).toBe('Stalin on 15 September 2023 launched the _____ in Kancheepuram.');
    // A day that is what was announced takes no "on".
    expect(say('The _____ government announced Tuesday as a public holiday.', 'Tuesday', '2023-07-18')).toBe('The _____ government announced 18 July 2023 as a public holiday.');
  });

  it('says a part of a day, a year and a month', () => {
    expect(say('The _____ was off to a bright start on Saturday Night …', 'Saturday', '2007-03-03')).toBe('The _____ was off to a bright start on the night of 3 March 2007 …');
    expect(say('This year, the _____ team won.', 'This year', '2017')).toBe('In 2017, the _____ team won.');
    expect(say("This year's theme was _____.", 'This year', '2017')).toBe("2017's theme was _____.");
    expect(say('Exports fell by _____ last month.', 'last month', '2015-08')).toBe('Exports fell by _____ in August 2015.');
    // After a month, the year alone: "since August last year" is "since August 2023".
    expect(say('_____, 71, has been in jail since August last year.', 'last year', '2023')).toBe('_____, 71, has been in jail since August 2023.');
  });

  it('leaves quoted speech, a possessive day, and a date that holds the answer as they are', () => {
    const quote = 'Who said "celebrity culture is as strong today as it was"?';
    expect(say(quote, 'today', '2014-01-28')).toBe(quote);
    expect(say("Tuesday's meeting was held in _____.", 'Tuesday', '2017-07-18')).toBe("Tuesday's meeting was held in _____.");
    expect(say('This year, the prize went to _____.', 'This year', '2017', '2017')).toBe('This year, the prize went to _____.');
    expect(say('The summit opened on _____.', 'Tuesday', '2017-07-18', 'Tuesday')).toBe('The summit opened on _____.');
  });

  it('rewrites the cloze field around its answer, not the answer', () => {
    const out = withAbsoluteDates(item('The study was published in journal _____ yesterday.', 'Nature Climate Change', 'The study was published in journal {{c1::Nature Climate Change}} yesterday.'), rules('yesterday', '2014-07-27'));
    expect(out.cloze).toBe('The study was published in journal {{c1::Nature Climate Change}} on 27 July 2014.');
  });

  it('keeps one reading per wording for an article, none when its facts disagree', () => {
    const fact = (dates: Fact['dates']) => ({ dates }) as Fact;
    const mentions = articleMentions([fact([{ text: 'Tuesday', resolved: '2017-07-18' }]), fact([{ text: 'Tuesday', resolved: '2017-07-18' }, { text: 'Friday', resolved: '2017-07-14' }]), fact([{ text: 'Friday', resolved: '2017-07-21' }])]);
    expect(mentions.map(({ text, resolved }) => ({ text, resolved }))).toEqual([{ text: 'Tuesday', resolved: '2017-07-18' }]);
  });
});

describe('relativeDates', () => {
  const sentence = (text: string, dates: [string, string | undefined][]): Sentence => ({
    index: 0,
    paragraph: 0,
    text,
    tokens: [],
    entities: dates.map(([t, resolved]): Entity => ({ text: t, cls: 'date', start: text.indexOf(t), end: text.indexOf(t) + t.length, canonical: t, ...(resolved && { resolved }) })),
  });

  it('takes relative days, weekdays and periods that resolved, not explicit or unresolved dates', () => {
    const s = sentence('Yesterday the team, which won on Tuesday and in March 2017, said this year was good; last week was not.', [['Yesterday', '2017-07-20'], ['Tuesday', '2017-07-18'], ['March 2017', '2017-03'], ['this year', '2017'], ['last week', undefined]]);
    expect(relativeDates(s).map((m) => m.text)).toEqual(['Yesterday', 'Tuesday', 'this year']);
  });

  it('reads a weekday by the verbs near it, not by a future word far off in the sentence', () => {
    const flag = 'On Tuesday, the New Zealand government announced a process to ask whether citizens would prefer a different national flag over the current one.';
    expect(relativeDates(sentence(flag, [['Tuesday', '2015-05-05']])).map((m) => m.text)).toEqual(['Tuesday']);
    const launched = 'The attack was launched on Wednesday by a user labelled Anonymous on a forum whose members say more attacks will follow.';
    expect(relativeDates(sentence(launched, [['Wednesday', '2008-01-16']])).map((m) => m.text)).toEqual(['Wednesday']);
    expect(relativeDates(sentence('The minister said he will meet his counterpart on Friday in Delhi.', [['Friday', '2015-09-18']]))).toEqual([]);
  });

  it('leaves "next Tuesday" and "last Friday": writers mean different days by them', () => {
    const s = 'The crowds went back the next Tuesday night, as they had last Friday.';
    expect(relativeDates(sentence(s, [['next Tuesday', '2007-03-06'], ['last Friday', '2007-03-02']]))).toEqual([]);
  });

  it('leaves a weekday of a sentence about the future: it may be the next one', () => {
    expect(relativeDates(sentence('The minister will travel to Delhi on Wednesday.', [['Wednesday', '2015-09-16']]))).toEqual([]);
    expect(relativeDates(sentence('On Wednesday, Mohamed and his father are to travel to the UN.', [['Wednesday', '2015-09-16']]))).toEqual([]);
    expect(relativeDates(sentence('Tomorrow the minister will travel to Delhi.', [['Tomorrow', '2015-09-23']])).map((m) => m.text)).toEqual(['Tomorrow']);
    // (A possibility ahead: "may take place as early as Monday", written on a Saturday, is no Monday gone.)
    expect(relativeDates(sentence('There were reports that the swearing in of the new CM may take place as early as Monday at the Wankhede Stadium.', [['Monday', '2024-11-18']]))).toEqual([]);
    // (A "may have" looks back.)
    expect(relativeDates(sentence('The leak may have started on Monday, officials said.', [['Monday', '2024-11-18']])).map((m) => m.text)).toEqual(['Monday']);
  });
});
