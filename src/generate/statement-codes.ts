/**
 * Option codes of exam "consider the following statements" questions: "1 only",
 * "1 and 3 only", "1, 2 and 3", "Both 1 and 2", "Neither 1 nor 2".
 */
import { andList } from '../util/and-list.js';
import { compareIds } from '../util/compare-ids.js';


/** The code naming exactly the statements `correctNumbers` (1-based) out of `total`. */
export function statementOptionCode(correctNumbers: readonly number[], total: number): string {
  const nums = [...new Set(correctNumbers)].filter((n) => n >= 1 && n <= total).sort((a, b) => a - b);
  if (total === 2) {
    if (nums.length === 0) return 'Neither 1 nor 2';
    if (nums.length === 2) return 'Both 1 and 2';
    return `${nums[0]} only`;
  }
  if (nums.length === 0) return 'None of the above';
  if (nums.length === total) return andList(nums);
  return `${andList(nums)} only`;
}

/** Every subset of 1..total as sorted number lists, smallest subsets first. */
export function allSubsets(total: number): number[][] {
  const out: number[][] = [];
  for (let mask = 0; mask < 1 << total; mask++) {
    const subset: number[] = [];
    for (let i = 0; i < total; i++) if (mask & (1 << i)) subset.push(i + 1);
    out.push(subset);
  }
  return out.sort((a, b) => a.length - b.length || compareIds(a.join(','), b.join(',')));
}

export const HOW_MANY_OPTIONS = ['Only one', 'Only two', 'All three', 'None'];

/** The "How many of the above statements are correct?" option for a count of 3 statements. */
export function howManyIndex(correctCount: number): number {
  return correctCount === 0 ? 3 : correctCount - 1;
}
