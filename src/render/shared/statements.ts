import { andList } from '../../util/and-list.js';
import type { Item } from '../../types.js';

/**
 * Statement codes in "Consider the following statements" options: "1 only", "2 and 3 only",
 * "1, 2 and 3", "Both 1 and 2", "Neither 1 nor 2". Count forms ("Only one", "All three",
 * "None") name no statement, so they are not codes and survive any reordering as they are.
 */
type CodeStyle = 'only' | 'plain' | 'only-prefix' | 'both' | 'neither';

interface StatementCode {
  style: CodeStyle;
  numbers: number[];
}

const LIST = String.raw`\d+(?:\s*,\s*\d+)*(?:,?\s+and\s+\d+)?`;
const CODE_FORMS: { style: CodeStyle; re: RegExp }[] = [
  { style: 'both', re: /^both\s+(\d+)\s+and\s+(\d+)$/i },
  { style: 'neither', re: /^neither\s+(\d+)\s+nor\s+(\d+)$/i },
  { style: 'only-prefix', re: new RegExp(`^only\\s+(${LIST})$`, 'i') },
  { style: 'only', re: new RegExp(`^(${LIST})\\s+only$`, 'i') },
  { style: 'plain', re: new RegExp(`^(${LIST})$`, 'i') },
];

export function parseStatementCode(option: string): StatementCode | null {
  const text = option.trim().replace(/\.$/, '');
  for (const { style, re } of CODE_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const numbers = m.slice(1).join(' ').match(/\d+/g)!.map(Number);
    return { style, numbers };
  }
  return null;
}


export function formatStatementCode(code: StatementCode): string {
  const n = [...code.numbers].sort((a, b) => a - b);
  switch (code.style) {
    case 'both':
      return `Both ${n[0]} and ${n[1]}`;
    case 'neither':
      return `Neither ${n[0]} nor ${n[1]}`;
    case 'only-prefix':
      return `Only ${andList(n)}`;
    case 'only':
      return `${andList(n)} only`;
    case 'plain':
      return andList(n);
  }
}

/** Display order of code options: plain lists by size then numbers, then "Both", then "Neither". */
function codeSortKey(code: StatementCode): number[] {
  const rank = code.style === 'neither' ? 2 : code.style === 'both' ? 1 : 0;
  return [rank, code.numbers.length, ...[...code.numbers].sort((a, b) => a - b)];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The statements item shown with its statements in a new order: `order[i]` is the old index of
 * the statement that now stands at position i. Statement numbers in the options are rewritten
 * to the new numbering, and when every option is a code they are put back in the usual reading
 * order ("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2"), so the answer's letter is
 * recomputed from where the right option lands. Pure: returns a new item.
 */
export function reorderStatements(item: Item, order: number[]): Item {
  const statements = item.statements ?? [];
  const n = statements.length;
  const isPermutation =
    order.length === n && new Set(order).size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n);
  if (!isPermutation) {
    throw new RangeError(`reorderStatements: [${order.join(', ')}] is not an order of ${n} statements`);
  }
  // Old statement number (1-based) → new number.
  const renumber = new Map<number, number>(order.map((oldIndex, newIndex) => [oldIndex + 1, newIndex + 1]));
  const options = item.options ?? [];
  const oldAnswerIndex = answerIndexOf(item);

  const rewritten = options.map((text) => {
    const code = parseStatementCode(text);
    // A number that names no statement (a typo upstream) is left alone rather than invented.
    if (!code || !code.numbers.every((k) => renumber.has(k))) return { text, code: null };
    const moved = { ...code, numbers: code.numbers.map((k) => renumber.get(k)!) };
    return { text: formatStatementCode(moved), code: moved };
  });

  let positions = rewritten.map((_, i) => i);
  const changed = rewritten.some((r, i) => r.text !== options[i]);
  if (changed && rewritten.every((r) => r.code !== null)) {
    positions = positions.sort((a, b) => compareKeys(codeSortKey(rewritten[a].code!), codeSortKey(rewritten[b].code!)) || a - b);
  }
  const newOptions = positions.map((i) => rewritten[i].text);
  const answerIndex = oldAnswerIndex === null ? undefined : positions.indexOf(oldAnswerIndex);

  return {
    ...item,
    statements: order.map((i) => statements[i]),
    options: item.options ? newOptions : undefined,
    answerIndex,
    answer: answerIndex === undefined ? item.answer : newOptions[answerIndex],
  };
}

/** The index of the right option: `answerIndex`, else the option whose text is the answer. */
export function answerIndexOf(item: Item): number | null {
  const options = item.options ?? [];
  if (item.answerIndex !== undefined && item.answerIndex >= 0 && item.answerIndex < options.length) {
    return item.answerIndex;
  }
  const i = options.indexOf(item.answer);
  return i >= 0 ? i : null;
}
