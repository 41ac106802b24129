import type { ItemType } from '../types.js';

export const ITEM_TYPES: readonly ItemType[] = ['short', 'cloze', 'mcq', 'truefalse', 'statements'];

/** `--types short,mcq` → ['short', 'mcq']. Case and spaces are forgiven, repeats dropped;
 *  an unknown or empty list throws with the valid names. */
export function parseTypes(s: string): ItemType[] {
  const names = s.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  const valid = ITEM_TYPES.join(', ');
  if (!names.length) throw new Error(`no item types given; choose from: ${valid}`);
  const out: ItemType[] = [];
  for (const name of names) {
    if (!(ITEM_TYPES as readonly string[]).includes(name)) {
      throw new Error(`unknown item type "${name}"; choose from: ${valid}`);
    }
    if (!out.includes(name as ItemType)) out.push(name as ItemType);
  }
  return out;
}
