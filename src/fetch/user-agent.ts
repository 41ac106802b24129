import { VERSION } from '../version.js';

/** Who is asking, and where to read about it: what a site's operator looks for in a log. */
export const USER_AGENT = `quizwire/${VERSION} (+https://www.npmjs.com/package/quizwire; offline study cards from news)`;

/** The token robots.txt rules name quizwire by. */
export const ROBOTS_AGENT = 'quizwire';
