/** Messages for people go to stderr, one line each; data goes to stdout. */
export function reportProblem(file: string, problem: string): void {
  process.stderr.write(`quizwire: ${file}: ${oneLine(problem)}\n`);
}

export function reportWarning(file: string, warning: string): void {
  process.stderr.write(`quizwire: ${file}: warning: ${oneLine(warning)}\n`);
}

export function reportInfo(message: string): void {
  process.stderr.write(`${message}\n`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
