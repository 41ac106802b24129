/**
 * Plain text → "units": paragraphs, plus the lines that are clearly separate things even
 * without a blank line between them (headline, dateline, list items, labels).
 */
import { parseDatelineLine } from './parse-dateline.js';
import { endsLikeSentence, isBulletLine, normalizeSpace, stripBullet } from './text-shape.js';

/** Lines longer than this were not hard-wrapped, so each line is a paragraph of its own. */
const UNWRAPPED_LINE = 100;

export interface Unit {
  text: string;
  /** Came from a list item ("• Save stories to read later"). */
  bullet: boolean;
}

export function splitUnits(text: string): Unit[] {
  const units: Unit[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length > 0) units.push(...splitBlock(lines));
  }
  return units;
}

function splitBlock(lines: string[]): Unit[] {
  const maxLen = Math.max(...lines.map((l) => l.trim().length));
  const out: Unit[] = [];
  let current: string[] = [];
  let currentBullet = false;
  const flush = () => {
    const text = normalizeSpace(current.join(' '));
    if (text !== '') out.push({ text, bullet: currentBullet });
    current = [];
  };
  lines.forEach((line, i) => {
    const bullet = isBulletLine(line);
    if (i > 0 && breaksBefore(lines[i - 1], line, maxLen)) flush();
    if (current.length === 0) currentBullet = bullet;
    current.push(bullet ? stripBullet(line) : line);
  });
  flush();
  return out;
}

/** Whether `line` starts a new unit rather than continuing the wrapped line before it. */
function breaksBefore(prev: string, line: string, maxLen: number): boolean {
  if (maxLen > UNWRAPPED_LINE) return true;
  if (isBulletLine(line)) return true;
  // A bullet's wrapped continuation is indented; an unindented line ends the list item.
  if (isBulletLine(prev)) return !/^\s{2,}/.test(line) || isBulletLine(line);
  if (isDatelineLike(prev) || isDatelineLike(line)) return true;
  // A line that stops well short of the wrap width ended its paragraph (or was a heading).
  const prevLen = prev.trim().length;
  if (prevLen < maxLen * 0.6) return true;
  return !endsLikeSentence(prev) && prevLen < 40;
}

function isDatelineLike(line: string): boolean {
  return line.trim().length <= 120 && parseDatelineLine(line) !== null;
}
