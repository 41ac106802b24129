/**
 * yargs drops a lone "-" argument (yargs/yargs#1312, yargs-parser#381): as a positional it
 * vanishes, as an option value it becomes "". quizwire uses "-" for stdin and stdout, so it
 * is swapped for a token before parsing and swapped back in every parsed value after.
 */
const STDIN_TOKEN = '\u0000stdin';

export function protectDash(args: string[]): string[] {
  return args.map((a) => (a === '-' ? STDIN_TOKEN : a));
}

/** yargs middleware: the token back to "-" in every string or string-array value. */
export function restoreDash(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    if (value === STDIN_TOKEN) argv[key] = '-';
    else if (Array.isArray(value)) argv[key] = value.map((v) => (v === STDIN_TOKEN ? '-' : v));
  }
}
