/**
 * Files quizwire wrote are never read back as articles (issue 18: `generate .` read its own
 * quiz.html and quiz.md, and grew on every run). They carry a marker: the worksheet's
 * `<meta name="generator" content="quizwire">` near its top, the Markdown's closing comment.
 */
import { open } from 'node:fs/promises';

const MARKER = /<meta name="generator" content="quizwire">|<!-- made by quizwire\b/;
const HEAD_BYTES = 2048;
const TAIL_BYTES = 512;

/** Only the kinds quizwire writes that are also article kinds can carry the marker. */
export function mayBeQuizwireOutput(name: string): boolean {
  return /\.(?:html?|md|markdown)$/i.test(name);
}

/** Whether the file's first or last bytes carry quizwire's marker (false when unreadable). */
export async function writtenByQuizwire(path: string): Promise<boolean> {
  let file;
  try {
    file = await open(path, 'r');
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
    await file.read(head, 0, head.length, 0);
    if (MARKER.test(head.toString('utf8'))) return true;
    const tail = Buffer.alloc(Math.min(Math.max(size - head.length, 0), TAIL_BYTES));
    await file.read(tail, 0, tail.length, size - tail.length);
    return MARKER.test(tail.toString('utf8'));
  } catch {
    return false;
  } finally {
    await file?.close();
  }
}
