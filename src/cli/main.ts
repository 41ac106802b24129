#!/usr/bin/env node
/** quizwire's command: from the one-file bundle when the build made it, else from the modules. */
import { bundledCli } from './bundled.js';

const runCli = bundledCli() ?? (await import('./run-cli.js')).runCli;
await runCli(process.argv);
