import robotsParser from 'robots-parser';
import { describe, expect, it } from 'vitest';
import { RobotsBook, type Robot, type RobotsAnswer } from '../../src/fetch/robots.js';

const parse = robotsParser as unknown as (url: string, text: string) => Robot;

function book(answers: Record<string, RobotsAnswer>) {
  const asked: string[] = [];
  const b = new RobotsBook(async (url) => {
    asked.push(url);
    return answers[url];
  }, parse);
  return { b, asked };
}

describe('RobotsBook (RFC 9309)', () => {
  it('obeys the rules for quizwire over those for every robot, asking once per site', async () => {
    const { b, asked } = book({ 'http://a.example/robots.txt': { status: 200, text: 'User-agent: *\nDisallow: /\n\nUser-agent: quizwire\nDisallow: /private/\n' } });
    expect(await b.allows('http://a.example/news/story')).toBe(true);
    expect(await b.allows('http://a.example/private/x')).toBe(false);
    expect(asked).toEqual(['http://a.example/robots.txt']);
  });

  it('a missing robots.txt (4xx) allows everything; a failing one (5xx) nothing', async () => {
    const { b } = book({ 'http://gone.example/robots.txt': { status: 404, text: '' }, 'http://down.example/robots.txt': { status: 503, text: '' } });
    expect(await b.allows('http://gone.example/a')).toBe(true);
    expect(await b.allows('http://down.example/a')).toBe(false);
  });
});
