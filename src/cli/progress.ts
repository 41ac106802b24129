/**
 * Progress on stderr for long runs: a bar with count, rate and ETA when stderr is a
 * terminal; otherwise (logs, CI) a plain line every LINE_EVERY articles; nothing when quiet.
 * The bar uses no colour, so NO_COLOR needs nothing special.
 */
import type { SingleBar } from 'cli-progress';

export type ProgressMode = 'bar' | 'lines' | 'none';

export interface Progress {
  /** One more input finished (studied or skipped). */
  tick(skipped: boolean): void;
  /** The number of inputs, once known (the bar's ETA needs it). */
  setTotal(total: number): void;
  /** A message line (a skipped file, a warning): held back while a bar is drawn. */
  say(line: string): void;
  /** Clear the bar and print the held-back lines. */
  stop(): void;
}

export const LINE_EVERY = 100;

export function progressMode(opts: { quiet: boolean; isTTY: boolean }): ProgressMode {
  if (opts.quiet) return 'none';
  return opts.isTTY ? 'bar' : 'lines';
}

function silent(write: (line: string) => void): Progress {
  return { tick() {}, setTotal() {}, say: write, stop() {} };
}

function lineProgress(write: (line: string) => void): Progress {
  let done = 0;
  let skipped = 0;
  const start = Date.now();
  return {
    tick(skip) {
      done++;
      if (skip) skipped++;
      if (done % LINE_EVERY !== 0) return;
      const rate = done / Math.max(0.001, (Date.now() - start) / 1000);
      write(`quizwire: ${done} articles done (${skipped} skipped), ${rate.toFixed(0)}/s`);
    },
    setTotal() {},
    say: write,
    stop() {},
  };
}

async function barProgress(stream: NodeJS.WriteStream): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const bar: SingleBar = new cliProgress.SingleBar(
    {
      stream,
      format: 'quizwire {bar} {value}/{total} articles | {rate}/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  // The total grows as folders are walked, until the count is complete.
  let total = 0;
  let done = 0;
  const held: string[] = [];
  const start = Date.now();
  bar.start(1, 0, { rate: '0' });
  return {
    tick() {
      done++;
      if (done > total) bar.setTotal((total = done));
      bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - start) / 1000)).toFixed(0) });
    },
    setTotal(n) {
      total = Math.max(n, done);
      bar.setTotal(total);
    },
    say(line) {
      held.push(line);
    },
    stop() {
      bar.stop();
      for (const line of held.splice(0)) stream.write(`${line}\n`);
    },
  };
}

export async function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr): Promise<Progress> {
  const write = (line: string) => void stream.write(`${line}\n`);
  if (mode === 'none') return silent(write);
  if (mode === 'lines') return lineProgress(write);
  return barProgress(stream);
}
