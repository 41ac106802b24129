/**
 * V8 settings for the command line, made before any of quizwire's code is compiled.
 *
 * `--no-regexp-tier-up`: by default V8 compiles each regex to bytecode, interprets it once,
 * then compiles it again to machine code. quizwire runs hundreds of regexes on every article,
 * so nearly all of them reach machine code anyway; compiling each once, straight to machine
 * code, took a cold one-article run's main thread from ~210 to ~160 ms of CPU. Long runs
 * match the same way and end up with the same machine code. The setting changes V8's flag
 * hash, which a code cache must match: the build's warm-up run sets it too (it runs this CLI).
 *
 * `--interrupt-budget` (V8's default 67,584, here ~9× that): how much bytecode a function runs
 * before V8 considers optimising it. quizwire's code is large and flat (no function is most of a
 * run), so by default TurboFan compiled some 2,300 functions per 600 articles, many of them
 * lukewarm and again after a deopt: ~11 s of compiling on a second thread, which a busy two-core
 * machine running two workers does not have to spare. A larger budget leaves the lukewarm ones to
 * the baseline code; the hot ones are optimised a little later. The results are the same.
 */
/** Bytecode a function runs before V8 considers optimising it (see above). */
const INTERRUPT_BUDGET = 600_000;

// Node's own modules that every run loads, imported here so that they load before the flags
// change: Node compiles its modules from a code cache made under its default flags, which V8
// refuses once the flag hash has changed; each loaded after that was compiled from its source
// (~5 ms of a one-article run for these four). `node:net` is what stdout and stderr are made
// of when they are a pipe or a terminal.
import 'node:fs/promises';
import 'node:net';
import 'node:os';
import 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';

export function setV8StartFlags(): void {
  setFlagsFromString(`--no-regexp-tier-up --interrupt-budget=${INTERRUPT_BUDGET}`);
}

/**
 * V8 settings for a run of one article, studied and generated in this thread: its code runs
 * once, and compiling it for many runs is most of what the settings below leave out (seed
 * article, instructions of the whole process, all threads):
 *
 * `--no-regexp-optimization`: regexes are compiled without the optimisations made for
 * matching many times (quick checks of each alternative, Boyer-Moore look-ahead). Compiling
 * some 1,500 regexes is over a third of such a run and one article matches each only a few
 * times: 2311 → 2147 M instructions (~25 ms).
 *
 * `--no-turbofan`: the optimising compiler spent ~225 M instructions on functions the run had
 * all but done with, on a second thread that a busy two-core machine does not have to spare:
 * 2149 → 1951 M instructions, 469 → 428 ms wall (median of 21, interleaved).
 *
 * Never for a batch: 300 articles with unoptimised regexes, in one thread, took ~1.5× as long,
 * and a batch's hot functions are what TurboFan is for. The results are the same either way.
 */
export function setOneArticleFlags(): void {
  // Not in the build's warm-up run: the code cache it writes at exit records the flags then in
  // force, and a cold start (which has not changed them yet) would refuse it.
  if (process.env.QUIZWIRE_WRITE_CODE_CACHE) return;
  setFlagsFromString('--no-regexp-optimization --no-turbofan');
}
