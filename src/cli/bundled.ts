/**
 * The command line from its one-file bundle, when the build made one (`scripts/bundle-cli.mjs`:
 * `dist/quizwire-cli.cjs`, and beside it V8's code cache from a warm run). Starting from one file
 * and from bytecode V8 already compiled skips most of a cold start's module loading and
 * compiling: a one-article run took ~0.45 s from the modules and ~0.32 s this way. Without the
 * bundle, or with QUIZWIRE_NO_BUNDLE set, quizwire runs from its modules, the same program.
 * A cache made by another Node version is refused by V8 and the bundle is compiled as usual.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE = join(DIST, 'quizwire-cli.cjs');
export const CODE_CACHE = join(DIST, 'quizwire-cli.cache');

export type RunCli = (argv: readonly string[]) => Promise<void>;

function readIfThere(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** The bundle's `runCli`, or null to run from the modules. */
export function bundledCli(): RunCli | null {
  if (process.env.QUIZWIRE_NO_BUNDLE || !existsSync(BUNDLE)) return null;
  // The build asks for a fresh cache by setting QUIZWIRE_WRITE_CODE_CACHE on a warm-up run.
  const writeCache = Boolean(process.env.QUIZWIRE_WRITE_CODE_CACHE);
  // The build writes the bundle in ASCII: read as latin1, it is a one-byte string at once. It
  // is written as the function of a CommonJS module's five arguments, its wrapper included.
  const source = readFileSync(BUNDLE, 'latin1');
  const script = new vm.Script(source, { filename: BUNDLE, cachedData: writeCache ? undefined : readIfThere(CODE_CACHE) });
  const module = { exports: {} as { runCli?: RunCli } };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, DIST);
  const runCli = module.exports.runCli ?? null;
  if (!writeCache || !runCli) return runCli;
  // At exit the cache holds every function the run compiled, not only the top level.
  process.once('exit', () => writeFileSync(CODE_CACHE, script.createCachedData()));
  return warmUpRuns(runCli);
}

/**
 * The build's warm-up may ask for more runs in the same process first (QUIZWIRE_WARM_UP_RUNS,
 * a JSON list of argument lists), so that the cache holds what each of them compiled. Each is
 * one article: a lone article is studied in this thread, a batch of 300 or more goes to
 * worker threads (whose code never reaches this cache), and a cold run is most often one article. A cache warmed on
 * the seeds folder lacked the whole pipeline: a one-article run compiled ~650 functions itself.
 */
function warmUpRuns(runCli: RunCli): RunCli {
  const before = JSON.parse(process.env.QUIZWIRE_WARM_UP_RUNS ?? '[]') as string[][];
  return async (argv) => {
    for (const args of before) await runCli([...argv.slice(0, 2), ...args]);
    await runCli(argv);
  };
}
