#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { VERSION } from '../version.js';
import * as extract from './commands/extract.js';
import * as generate from './commands/generate.js';

/** The quizwire command line: one module per subcommand under ./commands. */
await yargs(hideBin(process.argv))
  .scriptName('quizwire')
  .usage('$0 <command> [options]\n\nTurn current-affairs articles into questions, Anki decks and worksheets. Offline.')
  .command(generate)
  .command(extract)
  .demandCommand(1, 'Say what to do: generate or extract (see --help)')
  .strict()
  .version(VERSION)
  .help()
  .alias('h', 'help')
  .example('$0 generate seeds/ --format json', 'questions for every article in seeds/, into out/')
  .wrap(Math.min(110, process.stdout.columns || 100))
  .fail((msg, err) => {
    // yargs calls this for usage errors (exit 2) and for errors thrown by a handler (exit 1).
    if (msg) {
      process.stderr.write(`quizwire: ${msg}\nRun 'quizwire --help' for usage.\n`);
      process.exit(2);
    }
    process.stderr.write(`quizwire: ${err?.message ?? 'failed'}\n`);
    process.exit(1);
  })
  .parseAsync();
