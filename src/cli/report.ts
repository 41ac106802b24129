/** Messages for people go to stderr, one line each; data goes to stdout. */
export function problemLine(file: string, problem: string): string {
  return `quizwire: ${printable(file)}: ${printable(oneLine(problem))}`;
}

export function warningLine(file: string, warning: string): string {
  return `quizwire: ${printable(file)}: warning: ${printable(oneLine(warning))}`;
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A file name (or any text from outside) with its control characters written as escapes: a
 * newline in a name must not split a message in two, nor an escape sequence reach the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function reportProblem(file: string, problem: string): void {
  process.stderr.write(`${problemLine(file, problem)}\n`);
}

export function reportWarning(file: string, warning: string): void {
  process.stderr.write(`${warningLine(file, warning)}\n`);
}

export function reportInfo(message: string): void {
  process.stderr.write(`${message}\n`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
