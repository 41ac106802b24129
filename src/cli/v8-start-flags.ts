/**
 * V8 settings for the command line, made before any of quizwire's code is compiled.
 *
 * `--no-regexp-tier-up`: by default V8 compiles each regex to bytecode, interprets it once,
 * then compiles it again to machine code. quizwire runs hundreds of regexes on every article,
 * so nearly all of them reach machine code anyway; compiling each once, straight to machine
 * code, took a cold one-article run's main thread from ~210 to ~160 ms of CPU. Long runs
 * match the same way and end up with the same machine code. The setting changes V8's flag
 * hash, which a code cache must match: the build's warm-up run sets it too (it runs this CLI).
 */
import { setFlagsFromString } from 'node:v8';

export function setV8StartFlags(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
