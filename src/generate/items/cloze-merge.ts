/**
 * One cloze note per sentence, as Anki users make them: when a sentence holds two or three
 * facts worth a blank, they become one item with `{{c1::…}}`, `{{c2::…}}` in the order of the
 * text, so Anki makes one card each and buries the siblings, instead of separate notes that
 * print each other's answers.
 */
import type { Item } from '../../types.js';
import { clozeQuestion, DELETION } from './cloze.js';

interface Blank {
  start: number;
  end: number;
  answer: string;
}

/** The cloze's text without markup, and where its blanks stand in that text. */
function parse(cloze: string): { plain: string; blanks: Blank[] } {
  const blanks: Blank[] = [];
  let plain = '';
  let last = 0;
  for (const m of cloze.matchAll(DELETION)) {
    plain += cloze.slice(last, m.index);
    blanks.push({ start: plain.length, end: plain.length + m[1].length, answer: m[1] });
    plain += m[1];
    last = m.index! + m[0].length;
  }
  return { plain: plain + cloze.slice(last), blanks };
}

/** Whether `extra`'s blank can join `base`: the same text once unmarked, the blanks apart. */
export function canMerge(base: Item, extra: Item, minGap = 3): boolean {
  if (!base.cloze || !extra.cloze || base.sentence !== extra.sentence) return false;
  const a = parse(base.cloze);
  const b = parse(extra.cloze);
  if (a.plain !== b.plain || b.blanks.length !== 1) return false;
  const [n] = b.blanks;
  // Blanks a word or two apart ("the _____ on _____") ask pieces of one phrase.
  const apart = (x: number, y: number) => a.plain.slice(x, y).trim().split(/\s+/).length >= minGap;
  return a.blanks.every((m) => (n.end <= m.start && apart(n.end, m.start)) || (n.start >= m.end && apart(m.end, n.start)));
}

/** `base` with `extra`'s blank added (call only when canMerge). */
export function mergeCloze(base: Item, extra: Item): Item {
  const { plain, blanks } = parse(base.cloze!);
  // The key keeps each item's own answer ("2 November 2013 (Saturday)" for "Saturday").
  const keyed = blanks.map((m, i) => ({ ...m, key: base.answers?.[i] ?? base.answer }));
  const [added] = parse(extra.cloze!).blanks;
  const all = [...keyed, { ...added, key: extra.answer }].sort((x, y) => x.start - y.start);
  let cloze = '';
  let last = 0;
  all.forEach((m, i) => {
    cloze += `${plain.slice(last, m.start)}{{c${i + 1}::${m.answer}}}`;
    last = m.end;
  });
  cloze += plain.slice(last);
  const answers = all.map((m) => m.key);
  return { ...base, cloze, question: clozeQuestion(cloze), answers, answer: answers.join('; ') };
}
