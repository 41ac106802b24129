#!/usr/bin/env node
/** quizwire's command: from the one-file bundle when the build made it, else from the modules. */
import { bundledCli } from './bundled.js';
import { setV8StartFlags } from './v8-start-flags.js';

setV8StartFlags();
const runCli = bundledCli() ?? (await import('./run-cli.js')).runCli;
// Not awaited at the top level: when a run ends with work abandoned on purpose (Ctrl-C stops
// workers mid-task), Node would report an unsettled top-level await (exit 13) instead of the
// exit code the run set (130).
runCli(process.argv).catch((err: unknown) => {
  process.stderr.write(`quizwire: ${(err as Error)?.message ?? String(err)}\n`);
  process.exitCode = 1;
});
