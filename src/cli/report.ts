/** Messages for people go to stderr, one line each; data goes to stdout. */
export function problemLine(file: string, problem: string): string {
  return `quizwire: ${file}: ${oneLine(problem)}`;
}

export function warningLine(file: string, warning: string): string {
  return `quizwire: ${file}: warning: ${oneLine(warning)}`;
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
