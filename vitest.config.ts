import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
// @ts-expect-error: a build script in plain JavaScript, without types
import { latinLetterClasses } from './scripts/latin-letter-classes.mjs';

const ROOT = fileURLToPath(new URL('./', import.meta.url));
const SOURCES = fileURLToPath(new URL('./src/', import.meta.url));

/**
 * The files that take longest, longest first (their time in a whole run, on 2 cores): started
 * first, they run beside the many short files instead of after them. Vitest's own order (the
 * last run's times, else the largest file first) started the memory test, two children of ~10 s
 * of CPU each, some 75 % into a fresh clone's run, and the CLI files that wait on one child at a
 * time at its end. The rest keep Vitest's order.
 */
const LONGEST_FIRST = [
  'tests/batch/memory.test.ts',
  'tests/cli/web.test.ts',
  'tests/cli/batch.test.ts',
  'tests/fuzz/fuzz.test.ts',
  'tests/cli/topics.test.ts',
  'tests/batch/batch-document.test.ts',
  'tests/hardening/stop-and-budget.test.ts',
  'tests/batch/study-stream.test.ts',
  'tests/cli/generate-inputs.test.ts',
  'tests/generate/select-set.test.ts',
  'tests/cli/bad-inputs.test.ts',
  'tests/hardening/pathological-shapes.test.ts',
  'tests/outputs/generate-outputs.test.ts',
  'tests/cli/bundle.test.ts',
  'tests/extract/patterns/cloze.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST_FIRST.indexOf(relative(ROOT, f.moduleId).replaceAll('\\', '/'));
      return i < 0 ? LONGEST_FIRST.length : i;
    };
    // Array sort is stable: Vitest's order among the rest.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  // Tests run the sources as the build ships them: with the letter classes the build writes out.
  plugins: [
    {
      name: 'latin-letter-classes',
      enforce: 'post',
      transform: (code: string, id: string) => (id.startsWith(SOURCES) ? { code: latinLetterClasses(code), map: null } : undefined),
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    // Per-test and per-hook hang limits, not speed targets: generous so that a loaded machine
    // (other processes on every core) does not fail a test that is only slow.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One process per worker for every file: the NLP model and the pipeline load once per worker,
    // not once per file (on 2 cores that was a third of the run). No test relies on fresh modules.
    isolate: false,
    // Vitest's default is one worker fewer than the cores: on a 2-core machine one at a time.
    // Many files mostly wait on CLI child processes, so one worker more than the cores keeps
    // them busy: on 2 cores beside two busy processes the suite took 99 s with 3 workers, 112 s
    // with 2 (alone 73 s and 71 s).
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: LongestFirst },
    // The built library (dist/), which some tests import as users do, is loaded by Node itself,
    // not through Vite's module runner: plain JavaScript with nothing to transform, it loaded in
    // ~0.4 s of CPU instead of ~2 s, once in each worker that imports it.
    server: { deps: { external: [new RegExp(`^${ROOT.replaceAll('\\', '/').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}dist/`)] } },
    // Every run gets a temporary folder of its own, checked empty and removed at the end.
    globalSetup: ['tests/setup/temp-root.ts'],
    setupFiles: ['tests/setup/remove-temp-dirs.ts'],
  },
});
