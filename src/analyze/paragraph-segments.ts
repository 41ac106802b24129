/**
 * Split a paragraph at line breaks that end a sentence. wink ignores single line breaks, so a
 * headline or list line without a full stop would run into the next line. A break inside wrapped
 * prose (the line goes on in lower case or after a comma) is kept as a space.
 */

export interface Segment {
  text: string;
  /** Offset of the segment in the paragraph. */
  offset: number;
}

const ENDS_SENTENCE = /[.!?:;…"”’)\]]\s*$/;
const CONTINUES_LINE = /[,\-–(]\s*$|\b(?:and|or|of|the|a|an|to|in|on|for|with|by|at)\s*$/i;
const STARTS_LOWER = /^\s*[a-z]/;
const STARTS_BULLET = /^\s*(?:[•*·▪‣–-]|\d+[.)])\s+/;
/** A line this short with no full stop and a capitalised next line reads as a heading. */
const HEADING_MAX_WORDS = 14;

export function splitParagraph(paragraph: string): Segment[] {
  const lines: Segment[] = [];
  let offset = 0;
  for (const line of paragraph.split('\n')) {
    lines.push({ text: line, offset });
    offset += line.length + 1;
  }
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.trim() === '') {
      current = null;
      continue;
    }
    if (current && !isBreak(current.text, line.text)) {
      current.text = paragraph.slice(current.offset, line.offset + line.text.length);
      continue;
    }
    current = { text: line.text, offset: line.offset };
    segments.push(current);
  }
  return segments.flatMap(headingOff).map(trimSegment).filter((s) => s.text.length > 0);
}

/** "1. Primary Articles (Weight 22.62%):- The annual rate …": a run-in heading marked ":-", as
 *  Indian releases write them, is a segment of its own; the sentence starts after it. */
const RUN_IN_HEADING = /^(.{3,80}?)\s*:\s?[-–—]\s*(?=\p{Lu})/u;

function headingOff(s: Segment): Segment[] {
  const m = RUN_IN_HEADING.exec(s.text);
  if (!m || /[.!?]/.test(m[1].replace(/^\d+\.\s|\d\.\d/g, ''))) return [s];
  return [{ text: m[1], offset: s.offset }, { text: s.text.slice(m[0].length), offset: s.offset + m[0].length }];
}

function isBreak(before: string, next: string): boolean {
  if (STARTS_BULLET.test(next)) return true;
  if (ENDS_SENTENCE.test(before)) return true;
  if (STARTS_LOWER.test(next) || CONTINUES_LINE.test(before)) return false;
  const lastLine = before.slice(before.lastIndexOf('\n') + 1);
  return lastLine.trim().split(/\s+/).length <= HEADING_MAX_WORDS;
}

function trimSegment(s: Segment): Segment {
  const lead = s.text.length - s.text.trimStart().length;
  return { text: s.text.trim(), offset: s.offset + lead };
}
