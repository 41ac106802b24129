/**
 * robots.txt, read once per site (origin) and run, and asked before every request to it
 * (redirect hops included), as RFC 9309 says: a missing file (4xx) allows everything, a site
 * error (5xx) disallows everything for now, and rules for "quizwire" or "*" apply.
 */
import { ROBOTS_AGENT } from './user-agent.js';

/** What a robots.txt request gave: its status and text (the fetcher follows its redirects). */
export type RobotsAnswer = { status: number; text: string };

/** RFC 9309: a crawler may stop reading a robots.txt after 500 KiB. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/** What is asked of a parsed robots.txt (robots-parser's answer: undefined when it does not say). */
export type Robot = { isAllowed(url: string, agent?: string): boolean | undefined };

type Rules = { allows: (url: string) => boolean };

export class RobotsBook {
  private readonly byOrigin = new Map<string, Promise<Rules>>();

  /** `fetchRobots` throws FetchError when the site cannot be reached: the page's problem too. */
  constructor(
    private readonly fetchRobots: (robotsUrl: string) => Promise<RobotsAnswer>,
    private readonly parse: (robotsUrl: string, text: string) => Robot,
  ) {}

  async allows(url: string): Promise<boolean> {
    const robotsUrl = new URL('/robots.txt', url).href;
    const origin = new URL(url).origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.read(robotsUrl);
      this.byOrigin.set(origin, rules);
    }
    return (await rules).allows(url);
  }

  private async read(robotsUrl: string): Promise<Rules> {
    const answer = await this.fetchRobots(robotsUrl);
    if (answer.status >= 500) return { allows: () => false };
    if (answer.status >= 400) return { allows: () => true };
    const robot = this.parse(robotsUrl, answer.text);
    // A URL the file does not speak for (isAllowed: undefined) is allowed.
    return { allows: (url) => robot.isAllowed(url, ROBOTS_AGENT) !== false };
  }
}
