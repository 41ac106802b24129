import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { VERSION } from '../version.js';
import { protectDash, restoreDash } from './stdin-arg.js';
import * as extract from './commands/extract.js';
import * as generate from './commands/generate.js';

/** The quizwire command line: one module per subcommand under ./commands. `argv` as node gives it. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const cli = yargs(protectDash(hideBin([...argv])));
  skipHelpCache(cli);
  await cli
    .middleware(restoreDash, true)
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
    .example('$0 generate archive/ -f apkg -f worksheet --group-by week -j 4', 'a year of articles: one deck, plus a deck and worksheet per week')
    .example('$0 extract seeds/russia-japan-2plus2.txt', 'the analysed article and its facts, as JSON')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((msg, err) => {
      // yargs calls this for usage errors (exit 2) and for errors thrown by a handler (exit 1).
      if (msg) {
        process.stderr.write(`quizwire: ${msg.replace(/\s*\n\s*/g, ' ')}\nRun 'quizwire --help' for usage.\n`);
        process.exit(2);
      }
      // A bad option value or config file found after parsing is a usage error too.
      const usage = err?.name === 'UsageError' || err?.name === 'ConfigError';
      process.stderr.write(`quizwire: ${(err?.message ?? 'failed').replace(/\s*\n\s*/g, ' ')}\n`);
      process.exit(usage ? 2 : 1);
    })
    .parseAsync();
}

/**
 * yargs renders the whole help text after every command runs (to show it if the handler later
 * fails), about 50 ms of a 0.5 s one-article run. quizwire never shows help on a handler
 * failure (its errors are one line), so that cache is skipped. `--help` itself is unaffected.
 * Uses yargs' internal methods when they exist; without them, nothing changes.
 */
function skipHelpCache(y: unknown): void {
  const usage = (y as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } })
    .getInternalMethods?.()
    .getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}
