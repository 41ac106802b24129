import type { Fact, Item } from '../../types.js';
import { shuffled } from '../../util/random.js';
import type { DistractorPool } from '../distractor-pool.js';
import { sameValue } from '../equivalence.js';
import { statementOf } from '../fact-statement.js';
import { allSubsets, HOW_MANY_OPTIONS, howManyIndex, statementOptionCode } from '../statement-codes.js';
import { falseVersion } from './false-statement.js';
import { itemId, itemRandom } from './base.js';

const INTRO = 'Consider the following statements:';
const WHICH = 'Which of the statements given above is/are correct?';
const HOW_MANY = 'How many of the above statements are correct?';

interface Line {
  text: string;
  correct: boolean;
  fact: Fact;
  /** For a false line, the value put in place of the answer. */
  wrong?: string;
}

/** Facts that can give a statement: one per source sentence and per answer, best first. */
function supportingFacts(facts: readonly Fact[]): Fact[] {
  const out: Fact[] = [];
  for (const f of facts) {
    if (!statementOf(f)) continue;
    if (out.some((o) => o.sentence === f.sentence || (o.answerType === f.answerType && sameValue(o.answer, f.answer, f.answerType)))) continue;
    out.push(f);
  }
  return out;
}

/** Groups of 3 (a last group of 2 allowed), at most `max` groups. */
function groups(facts: Fact[], max: number): Fact[][] {
  const out: Fact[][] = [];
  for (let i = 0; i + 2 <= facts.length && out.length < max; i += 3) out.push(facts.slice(i, i + 3));
  return out;
}

function lineFor(fact: Fact, group: readonly Fact[], pool: DistractorPool, random: () => number, articleSentences: readonly string[]): Line {
  const statement = statementOf(fact)!;
  if (random() < 0.5) {
    // Column shuffle first: another statement's answer of the same class.
    const others = group.filter((g) => g !== fact && g.answerType === fact.answerType).map((g) => g.answer);
    const swapped = falseVersion(fact, statement, pool, random, others, articleSentences);
    if (swapped) return { text: swapped.text, correct: false, fact, wrong: swapped.wrong };
  }
  return { text: statement, correct: true, fact };
}

function note(line: Line, n: number): string {
  const verdict = line.correct ? 'correct' : `incorrect: it is ${line.fact.answer}, not ${line.wrong}`;
  return `${n}. ${verdict[0].toUpperCase()}${verdict.slice(1)}. “${line.fact.sentence}”`;
}

function optionsFor(lines: Line[], random: () => number): { prompt: string; options: string[]; answerIndex: number } {
  const total = lines.length;
  const correct = lines.flatMap((l, i) => (l.correct ? [i + 1] : []));
  if (total === 3 && (correct.length === 0 || random() < 0.5)) {
    return { prompt: HOW_MANY, options: HOW_MANY_OPTIONS.slice(), answerIndex: howManyIndex(correct.length) };
  }
  const right = statementOptionCode(correct, total);
  if (total === 2) {
    const options = [[1], [2], [1, 2], []].map((s) => statementOptionCode(s, 2));
    return { prompt: WHICH, options, answerIndex: options.indexOf(right) };
  }
  // Three wrong codes from the other non-empty subsets, shown in the exam's natural order.
  const codes = allSubsets(total).filter((s) => s.length > 0).map((s) => statementOptionCode(s, total));
  const wrong = new Set(shuffled(codes.filter((c) => c !== right), random).slice(0, 3));
  const options = codes.filter((c) => c === right || wrong.has(c));
  return { prompt: WHICH, options, answerIndex: options.indexOf(right) };
}

/**
 * Exam-style "Consider the following statements" items from one article's facts (best
 * first): 2–3 statements each, some made false by swapping answers between statements or
 * with a distractor, in a seeded order; at most `max` items, none unless 3 facts support it.
 */
export function statementsItems(facts: readonly Fact[], pool: DistractorPool, seed: number, max = 2): Item[] {
  const articleSentences = [...new Set(facts.map((f) => f.sentence))];
  const supporting = supportingFacts(facts);
  if (supporting.length < 3) return [];
  return groups(supporting, max).map((group) => {
    const anchor = group[0];
    const id = itemId(anchor, 'statements');
    const random = itemRandom(seed, id);
    const lines = shuffled(group.map((f) => lineFor(f, group, pool, random, articleSentences)), random);
    const { prompt, options, answerIndex } = optionsFor(lines, random);
    const question = [INTRO, ...lines.map((l, i) => `${i + 1}. ${l.text}`), prompt].join('\n');
    const patterns = [...new Set(group.map((f) => f.pattern))];
    return {
      id,
      articleId: anchor.articleId,
      factId: anchor.id,
      type: 'statements',
      question,
      answer: options[answerIndex],
      options,
      answerIndex,
      statements: lines.map((l) => ({ text: l.text, correct: l.correct, sentence: l.fact.sentence })),
      sentence: anchor.sentence,
      answerType: 'statements',
      score: group.reduce((s, f) => s + f.score, 0) / group.length,
      tags: ['statements', ...patterns],
      explanation: lines.map((l, i) => note(l, i + 1)).join(' '),
    } satisfies Item;
  });
}
