import type { Item } from '../../types.js';
import { seededRandom, seedFrom, shuffled } from '../../util/random.js';
import { answerIndexOf, reorderStatements } from '../shared/statements.js';

/** One printed set: "A", "B", … with its items in that set's order. */
export interface WorksheetVersion {
  label: string;
  items: Item[];
}

/**
 * Options that refer to the other options or to the whole list ("All of the above",
 * "Both 1 and 2", "Neither A nor B", "None") only read right in last place, so they are
 * never shuffled into the middle.
 */
const PINNED_OPTION = [
  /\b(of|from)\s+the\s+(above|these|options|statements)\b/i,
  /^(both|neither)\b.*\b(and|nor)\b/i,
  /^(all|none)\.?$/i,
  /^(all|only)\s+(one|two|three|four|five)\b/i,
];

export function isPinnedOption(text: string): boolean {
  return PINNED_OPTION.some((re) => re.test(text.trim()));
}

/** Set labels: A…Z, then AA, AB, … (nobody prints 27 sets, but the labels stay unique). */
export function versionLabel(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : versionLabel(Math.floor(index / 26) - 1) + letter;
}

/** A shuffle that differs from the input when it can: a set identical to A is of no use. */
function freshShuffle<T>(items: readonly T[], random: () => number): T[] {
  if (items.length < 2) return items.slice();
  for (let attempt = 0; attempt < 8; attempt++) {
    const out = shuffled(items, random);
    if (out.some((x, i) => x !== items[i])) return out;
  }
  return [...items.slice(1), items[0]];
}

/** MCQ options shuffled, pinned ones moved after the rest (in their own order); key follows. */
export function shuffleOptions(item: Item, random: () => number): Item {
  const options = item.options ?? [];
  const right = answerIndexOf(item);
  const indices = options.map((_, i) => i);
  const free = indices.filter((i) => !isPinnedOption(options[i]));
  const pinned = indices.filter((i) => isPinnedOption(options[i]));
  const order = [...freshShuffle(free, random), ...pinned];
  const newOptions = order.map((i) => options[i]);
  const answerIndex = right === null ? item.answerIndex : order.indexOf(right);
  return { ...item, options: newOptions, answerIndex };
}

/** One item as it appears in a shuffled set. */
function shuffleItem(item: Item, random: () => number): Item {
  if (item.type === 'mcq' && item.options && item.options.length > 1) return shuffleOptions(item, random);
  if (item.type === 'statements' && item.statements && item.statements.length > 1) {
    const order = freshShuffle(item.statements.map((_, i) => i), random);
    return reorderStatements(item, order);
  }
  return item;
}

/**
 * `count` sets of the same items. Set A keeps the given order; every other set has the items
 * and the MCQ options shuffled and the statements reordered, each from its own seed (the
 * user's seed, the set label and the item id), so a set is reproducible on its own and adding
 * an item does not reshuffle every other question.
 */
export function buildVersions(items: readonly Item[], count: number, seed: number): WorksheetVersion[] {
  const total = Number.isFinite(count) ? Math.max(1, Math.floor(count)) : 1;
  const versions: WorksheetVersion[] = [];
  for (let v = 0; v < total; v++) {
    const label = versionLabel(v);
    if (v === 0) {
      versions.push({ label, items: items.slice() });
      continue;
    }
    const orderRandom = seededRandom(seedFrom(`${seed}:${label}:order`));
    const reordered = freshShuffle(items, orderRandom).map((item) =>
      shuffleItem(item, seededRandom(seedFrom(`${seed}:${label}:${item.id}`))),
    );
    versions.push({ label, items: reordered });
  }
  return versions;
}
