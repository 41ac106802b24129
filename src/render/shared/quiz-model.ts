import { andList } from '../../util/and-list.js';
import { oneLine } from '../../util/one-line.js';
import type { ArticleMeta, Item, ItemType } from '../../types.js';
import { lazyMap } from './lazy-map.js';
import { typeOrder } from '../../util/type-order.js';
import { escapeHtml } from '../template/escape-html.js';
import { answerIndexOf } from './statements.js';
import { articleDateRange, formatIsoDate } from './quiz-title.js';

/**
 * The printable view of a quiz, as plain data for the templates (worksheet HTML, Markdown):
 * items grouped by type, numbered across groups, and the answer key in the same numbering.
 */

/** Group order on the page and the instruction printed above each group. */
export const GROUPS: readonly { type: ItemType; instruction: string }[] = [
  { type: 'short', instruction: 'Answer in one word or a short phrase.' },
  { type: 'cloze', instruction: 'Fill in the blanks.' },
  { type: 'mcq', instruction: 'Choose the correct option.' },
  { type: 'truefalse', instruction: 'State whether true or false.' },
  { type: 'statements', instruction: 'Consider the statements and choose the correct option.' },
];

export const STATEMENTS_LEAD = 'Consider the following statements:';

export interface WorksheetOption {
  /** "a", "b", … (not `letter`: that name is a template helper and would shadow it). */
  label: string;
  text: string;
}

export interface WorksheetQuestion {
  number: number;
  id: string;
  type: ItemType;
  /** The prompt as plain text (blanks still `_____`). */
  text: string;
  /** The prompt as HTML: escaped, each blank a drawn line. */
  textHtml: string;
  /** "Consider the following statements:" for statements items, else null. */
  lead: string | null;
  statements: { number: number; text: string }[];
  options: WorksheetOption[];
  /** Options per line when all are short (4 or 2), else null: one option per line. */
  optionColumns: 4 | 2 | null;
  /** Short-answer items get a line to write on. */
  answerLine: boolean;
  trueFalse: boolean;
}

export interface WorksheetGroup {
  type: ItemType;
  instruction: string;
  first: number;
  last: number;
  /** Made as they are read (see lazyMap): a year's questions are not all held at once. */
  questions: readonly WorksheetQuestion[];
}

export interface KeyEntry {
  number: number;
  /** "b" for mcq/statements, null otherwise. */
  optionLabel: string | null;
  answer: string;
  /** One line: the item's explanation, else its source sentence. */
  explanation: string;
  /** Title of the article the item came from ("" when unknown). */
  source: string;
}

export interface SourceEntry {
  title: string;
  site: string | null;
  /** "2 November 2013", or null. */
  date: string | null;
}

export interface WorksheetModel {
  title: string;
  /** "2 November 2013" / "28 October – 2 November 2013", or null. */
  dateRange: string | null;
  /** "A", "B", … when several sets are printed, else null. */
  setLabel: string | null;
  questionCount: number;
  groups: WorksheetGroup[];
  /** Made as they are read, like the questions. */
  key: readonly KeyEntry[];
  sources: SourceEntry[];
}

/** Longest option (characters, label included) that fits four, or two, to a line on A4. */
const FOUR_ACROSS_CHARS = 18;
const TWO_ACROSS_CHARS = 34;

function optionColumnsFor(options: readonly string[]): 4 | 2 | null {
  if (options.length < 2) return null;
  const longest = Math.max(...options.map((o) => o.length + 4));
  if (longest <= FOUR_ACROSS_CHARS && options.length % 4 === 0) return 4;
  return longest <= TWO_ACROSS_CHARS ? 2 : null;
}
/** A blank in a cloze prompt: three or more underscores. */
const BLANK = /_{3,}/g;

export const optionLetter = (index: number): string => String.fromCharCode(97 + index);

/** Prompt text → HTML with each blank drawn as a writing line (the only markup added). */
export function promptHtml(text: string): string {
  return text
    .split(BLANK)
    .map(escapeHtml)
    .join('<span class="blank" role="img" aria-label="blank"></span>');
}

function questionOf(item: Item, number: number): WorksheetQuestion {
  const options = (item.options ?? []).map((text, i) => ({ label: optionLetter(i), text }));
  const isStatements = item.type === 'statements';
  // A statements item's question holds the lead, the numbered statements and the prompt line;
  // the sheet prints the statements from `statements` (renumbered per version), so only the
  // prompt line ("Which of the statements given above is/are correct?") is taken from it.
  const text = isStatements ? lastLine(item.question) : item.question;
  return {
    number,
    id: item.id,
    type: item.type,
    text,
    textHtml: promptHtml(text),
    lead: isStatements ? STATEMENTS_LEAD : null,
    statements: (item.statements ?? []).map((s, i) => ({ number: i + 1, text: s.text })),
    options,
    optionColumns: optionColumnsFor(options.map((o) => o.text)),
    answerLine: item.type === 'short',
    trueFalse: item.type === 'truefalse',
  };
}

function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? text;
}

function keyEntryOf(item: Item, number: number, titles: ReadonlyMap<string, string>): KeyEntry {
  const right = item.options ? answerIndexOf(item) : null;
  return {
    number,
    optionLabel: right === null ? null : optionLetter(right),
    answer: right === null ? item.answer : item.options![right],
    explanation: oneLine(item.explanation?.trim() || statementsVerdict(item) || item.sentence),
    source: titles.get(item.articleId) ?? '',
  };
}


/**
 * For a statements item the source sentence backs one statement only; the verdict on each
 * ("Correct: 1 and 3. Not correct: 2.") is the useful line for whoever marks the sheet.
 */
function statementsVerdict(item: Item): string | null {
  const statements = item.statements ?? [];
  if (item.type !== 'statements' || statements.length === 0) return null;
  const numbers = (correct: boolean) => statements.flatMap((s, i) => (s.correct === correct ? [i + 1] : []));
  const [yes, no] = [numbers(true), numbers(false)];
  if (no.length === 0) return 'All the statements are correct.';
  if (yes.length === 0) return 'None of the statements is correct.';
  return `Correct: ${andList(yes)}. Not correct: ${andList(no)}.`;
}

/**
 * Build the view of one set. `items` are in the set's order; grouping keeps that order within
 * each group, so a shuffled set stays shuffled. Unknown item types go last, in their own group.
 */
export function buildWorksheetModel(
  items: readonly Item[],
  articles: readonly ArticleMeta[],
  opts: { title: string; setLabel: string | null },
): WorksheetModel {
  const order = typeOrder(items);
  const byOrder = [...GROUPS].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  const known = new Set(GROUPS.map((g) => g.type));
  const extraTypes = [...new Set(items.map((i) => i.type).filter((t) => !known.has(t)))];
  const groupDefs = [...byOrder, ...extraTypes.map((type) => ({ type, instruction: 'Answer the following.' }))];
  const titles = new Map(articles.map((a) => [a.id, a.title]));

  const groups: WorksheetGroup[] = [];
  // Key entries are numbered through the groups in order: the items in that order.
  const ordered: Item[] = [];
  let next = 1;
  for (const def of groupDefs) {
    const members = items.filter((i) => i.type === def.type);
    if (members.length === 0) continue;
    const first = next;
    next += members.length;
    ordered.push(...members);
    groups.push({ type: def.type, instruction: def.instruction, first, last: next - 1, questions: lazyMap(members, (item, k) => questionOf(item, first + k)) });
  }
  const key = lazyMap(ordered, (item, i) => keyEntryOf(item, i + 1, titles));

  const used = new Set(items.map((i) => i.articleId));
  return {
    title: opts.title,
    dateRange: articleDateRange(articles),
    setLabel: opts.setLabel,
    questionCount: next - 1,
    groups,
    key,
    sources: articles
      .filter((a) => used.has(a.id))
      .map((a) => ({ title: a.title, site: a.site, date: formatIsoDate(a.date) })),
  };
}
