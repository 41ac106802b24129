import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: a build script in plain JavaScript, without types
import { latinLetterClasses } from './scripts/latin-letter-classes.mjs';

const SOURCES = fileURLToPath(new URL('./src/', import.meta.url));

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
    // Every run gets a temporary folder of its own, checked empty and removed at the end.
    globalSetup: ['tests/setup/temp-root.ts'],
    setupFiles: ['tests/setup/remove-temp-dirs.ts'],
  },
});
