/**
 * "DAYS AFTER two merchant ships … came under drone attack, …": Indian papers set a story's
 * first words in capitals. Read as such, they are a name ("DAYS") the story never had; the
 * words are written in sentence case instead. Only everyday words, two or more of them (or a
 * lone article or preposition: "THE Supreme Court on Monday …"), so that a short form opening a
 * paragraph ("US President …", "WHO chief …", "ISRO said …") stays as it is.
 */
import { isCommonWord } from '../lexicon/index.js';

const LEAD = /^((?:\p{Lu}{1,12}\s+)+)(?=\p{L})/u;
const LONE = /^(?:THE|A|AN|IN|ON|AT|AFTER|BEFORE|AS|WITH|FOR|WHILE|AMID|DESPITE|OVER|WITHIN)$/;

export function sentenceCaseLead(paragraph: string): string {
  const m = LEAD.exec(paragraph);
  if (!m) return paragraph;
  const words = m[1].trim().split(/\s+/);
  // (The next word in capitals too, "BREAKING NEWS:", is a label, not a lead's first words.)
  if (/^\p{Lu}{2,}\b/u.test(paragraph.slice(m[0].length))) return paragraph;
  const lead = words.length >= 2 ? words.every((w) => (w.length > 1 || w === 'A') && isCommonWord(w)) : LONE.test(words[0]);
  if (!lead) return paragraph;
  const cased = words.map((w, i) => (i === 0 ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase())).join(' ');
  return `${cased} ${paragraph.slice(m[0].length)}`;
}
