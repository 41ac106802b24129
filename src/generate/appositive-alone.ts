/**
 * "Vikrant Massey, on the other hand, was recognised for ‘12th Fail’, a biographical drama inspired
 * by the life of IPS officer _____" beside "Which two people won best actor awards …?" → Vikrant
 * Massey: the blank stands in an apposition closing the sentence, and the clause before it prints
 * another item's answer. Read as "‘12th Fail’ is a biographical drama inspired by the life of IPS
 * officer _____", it asks the same and shows nothing.
 */
import type { AnswerType, Item } from '../types.js';
import { printedForms } from './set-conflicts.js';

/** The blank as a question prints it, or as a cloze does. */
const BLANK = String.raw`(?:_____|\{\{c\d+::[^}]*\}\})`;
/** A name (a title in quotes, or capitalised words), its comma, and an apposition holding the blank
 *  up to the sentence's full stop. */
const APPOSITION_AT_END = new RegExp(
  String.raw`(‘[^’]{1,60}’|“[^”]{1,60}”|"[^"]{1,60}"|\p{Lu}[\p{L}\d.'’-]*(?: (?:of |the |and )?\p{Lu}[\p{L}\d.'’-]*){0,5}),\s+((?:an?|the)\s+\p{Ll}[^,;:_{}]*?${BLANK}[^,;:_{}]*?)\.(?=\s|$)`,
  'u',
);

/** Words an apposition read as a sentence may have ("a biographical drama inspired by the life of
 *  IPS officer _____" has 12). */
const MAX_APPOSITION_WORDS = 14;

/** The item read as its closing apposition alone, or null where the blank stands in none or the
 *  words before it print none of `answers`. */
export function appositiveAlone(item: Item, answers: readonly { value: string; type: AnswerType }[]): Item | null {
  const forms = answers.flatMap((a) => printedForms(a)).filter((w) => w.trim());
  const m = APPOSITION_AT_END.exec(item.question);
  if (!m || !forms.some((w) => item.question.slice(0, m.index + m[1].length + 1).includes(w))) return null;
  // ("E Somanath, a noted journalist from _____ in recognition of his dedicated reporting …": an
  // apposition that runs on, or leans on the one it describes, is no sentence of its own.)
  if (m[2].split(/\s+/).length > MAX_APPOSITION_WORDS || /\b(?:his|her|their|its|in recognition|for|because)\b/.test(m[2].replace(/_____/, ''))) return null;
  const read = (text: string) => {
    const x = APPOSITION_AT_END.exec(text);
    return x ? `${x[1]} is ${x[2]}.${text.slice(x.index + x[0].length)}` : text;
  };
  const question = read(item.question);
  return { ...item, question, ...(item.cloze !== undefined ? { cloze: read(item.cloze) } : {}) };
}
