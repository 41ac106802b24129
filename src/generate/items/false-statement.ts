import type { Fact } from '../../types.js';
import { roleInArticle, type DistractorPool } from '../distractor-pool.js';
import { kindOf } from '../classify.js';
import { acceptableDistractor, rankDistractors } from '../distractors.js';
import { mentions } from '../equivalence.js';
import { swapAnswer } from '../fact-statement.js';
import { namesThing, namesThingIn } from '../../util/named-thing.js';
import { reEscape } from '../../util/re-escape.js';

/** "is an important nation for", "remains a key partner of": a judgement of worth. */
const EVALUATIVE = /\b(?:is|are|was|were|remains?|remained)\s+(?:an?\s+|the\s+)?(?:most\s+)?(?:important|key|crucial|vital|significant|close|closest|trusted|valued|reliable|natural|major|strategic)\s+(?:[\w-]+\s+){0,2}(?:nations?|partners?|countr(?:y|ies)|all(?:y|ies)|friends?|players?|members?|pillars?|destinations?|markets?|neighbou?rs?)\b/i;

/** "is a world leader in …", "was one of the founders of …": a kind many may belong to. */
const INDEFINITE_CLAIM = /\b(?:is|are|was|were|remains?|became|becomes)\s+(?:an?|one\s+of(?:\s+the)?)\s/i;

/** An office's title right before a name: the kind of person the answer is. */
const TITLE_BEFORE = /\b(Justice|Judge|President|Governor|General|Admiral|Marshal|Minister|Chief Minister|Prime Minister|Ambassador|Secretary)\s+(?:\p{Lu}\.?\s*){0,3}$/u;

export interface FalseStatement {
  text: string;
  /** The wrong value put in place of the answer. */
  wrong: string;
}

/**
 * The statement made false: the answer replaced by `preferred` values first (another true
 * fact's answer of the same class — the exam "column shuffle"), else by a ranked distractor.
 * The wrong value must pass the distractor guards and must not already appear in the
 * statement ("Japan and Japan …"). Null when no swap works.
 */
export function falseVersion(
  fact: Fact,
  statement: string,
  pool: DistractorPool,
  random: () => number,
  preferred: readonly string[],
  articleSentences: readonly string[] = [],
): FalseStatement | null {
  // A term has no class to draw a believable wrong one from ("Japan's strategy is called
  // 'World War II'" is false at a glance): as for multiple choice, terms are never swapped.
  if (fact.answerType === 'term') return null;
  // "the policy stance by the Union Budget": a body of no known kind has no believable
  // stand-in either (the committee swapped for a budget).
  if (kindOf(fact.answer, fact.answerType) === 'org:unknown') return null;
  // ("Fiji is an important nation for India in the sphere of maritime security": how much a thing
  // matters to someone, with another name in it, is not shown false by the article.)
  if (EVALUATIVE.test(statement)) return null;
  // ("India is a world leader in pharmaceuticals …" made from "Switzerland is a world leader …":
  // what one thing is "a" kind of, another may be too; the article shows no swap in it wrong.)
  if (fact.pattern === 'definition' || INDEFINITE_CLAIM.test(statement)) return null;
  // ("the PV Narasimha Rao judgment": a case named after a party is no person to swap.)
  // ("the view taken in Azeez Basha" where the article names "S. Azeez Basha v. Union of India":
  // a party of a case the article names is the case there too.)
  if (fact.answerType === 'person' && (namesThing(fact.answer, statement) || namesThingIn(fact.answer, articleSentences))) return null;
  // ("Pakistan fought back in Turn 2 …" of a final against Nepal: a wrong value the article never
  // names is false at a glance, and not shown false by the article; only its own values swap in.)
  // (A figure or a date other than the article's is shown wrong by the article's own.)
  const name = fact.answerType === 'person' || fact.answerType === 'organisation' || fact.answerType === 'country' || fact.answerType === 'place';
  const named = (v: string) => !name || articleSentences.length === 0 || articleSentences.some((s) => mentions(s, v, fact.answerType));
  const candidates = [
    ...preferred.filter((p) => acceptableDistractor(p, fact, [], articleSentences)),
    // (More tried for a name, of which only the article's own will do.)
    ...rankDistractors(fact, pool, random, name ? 8 : 4, articleSentences).filter(named),
  ];
  // ("judgments led by Justice _____": a title before the answer asks for a wrong value the article
  // gives the same title, never "Justice Droupadi Murmu".)
  const title = fact.answerType === 'person' ? TITLE_BEFORE.exec(statement.slice(0, Math.max(0, statement.indexOf(fact.answer))))?.[1] : undefined;
  const titled = (wrong: string) => !title || articleSentences.some((s) => new RegExp(`\\b${title}\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}${reEscape(wrong.split(/\s+/).pop()!)}\\b`, 'u').test(s));
  // ("Manu Bhaker also signed off in style with a closing throw of 91.79m" of Arshad Nadeem: one the
  // article gives another trade, a shooter's, is false at a glance in a javelin thrower's deed.)
  const role = fact.answerType === 'person' ? roleInArticle(pool, fact.articleId, fact.answer) : null;
  const otherTrade = (wrong: string) => {
    const theirs = fact.answerType === 'person' ? roleInArticle(pool, fact.articleId, wrong) : null;
    return theirs !== null && theirs !== role;
  };
  for (const wrong of candidates) {
    if (mentions(statement, wrong, fact.answerType) || !titled(wrong) || otherTrade(wrong)) continue;
    const text = swapAnswer(statement, fact.answer, wrong, fact.answerType);
    // ("… stood at 2.95 per cent, marginally lower than 0.94 per cent": a figure swapped against
    // the comparison its own sentence makes is false at a glance, without the article.)
    if (text && !(fact.answerType === 'number' && contradictsItself(text))) return { text, wrong };
  }
  return null;
}

/** A figure with its sign and decimals ("-3.60", "2,097") read as a number. */
const FIGURE = String.raw`(-?\d[\d,]*(?:\.\d+)?)`;
/** "W …, lower than O", "W, up from O", "from A to B" after a verb of rising or falling, "remained
 *  steady … W compared to O": the comparisons a sentence makes between two of its figures. */
const LOWER_THAN = new RegExp(`${FIGURE}[^\\d;]{0,40}?\\b(?:lower|less|fewer|smaller|down)\\s+(?:than|from)\\s+${FIGURE}`);
const HIGHER_THAN = new RegExp(`${FIGURE}[^\\d;]{0,40}?\\b(?:higher|more|greater|larger|up)\\s+(?:than|from)\\s+${FIGURE}`);
const MOVED = /\b(rose|risen|increased|climbed|jumped|improved|moved\s+up|went\s+up|surged|grew|fell|fallen|declined|dropped|eased|moderated|slipped|dipped|decreased|went\s+down)\b[^\d;]{0,30}?\bfrom\s+(?:(?:USD|US\$|Rs\.?|INR|₹|\$)\s*)?(-?\d[\d,]*(?:\.\d+)?)[^\d;]{0,20}?\bto\s+(?:(?:USD|US\$|Rs\.?|INR|₹|\$)\s*)?(-?\d[\d,]*(?:\.\d+)?)/;
const STEADY = new RegExp(`\\b(?:steady|stable|unchanged|flat)\\b[^\\d;]{0,40}?${FIGURE}[^\\d;]{0,40}?\\b(?:compared\\s+(?:to|with)|against|as\\s+against)\\s+${FIGURE}`);
const RISING = /^(?:rose|risen|increased|climbed|jumped|improved|moved\s+up|went\s+up|surged|grew)$/;
const value = (figure: string) => Number(figure.replace(/,/g, ''));

/** Whether a sentence's own comparison of two figures is false as written. */
export function contradictsItself(text: string): boolean {
  const lower = LOWER_THAN.exec(text);
  if (lower && !(value(lower[1]) < value(lower[2]))) return true;
  const higher = HIGHER_THAN.exec(text);
  if (higher && !(value(higher[1]) > value(higher[2]))) return true;
  const moved = MOVED.exec(text);
  if (moved && RISING.test(moved[1]) !== value(moved[3]) > value(moved[2])) return true;
  const steady = STEADY.exec(text);
  return !!steady && Math.abs(value(steady[1]) - value(steady[2])) > 0.1 * Math.max(Math.abs(value(steady[1])), Math.abs(value(steady[2])));
}
