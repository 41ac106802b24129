/**
 * Issue 18: an article that takes too long is stopped and reported, the batch goes on; Ctrl-C
 * and SIGTERM stop a run stuck on an article within a second and leave no temporary files; a
 * run removes what an interrupted one left. QUIZWIRE_HANG_ON makes an article never finish.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliAsync, filesIn, problemLines, SEED, tempDir } from '../cli/run-cli.js';

/** A folder with a good article and one that hangs, and a temp folder of the run's own. */
function stuckBatch(): { dir: string; out: string; tmp: string; env: NodeJS.ProcessEnv } {
  const root = tempDir('quizwire-hang-');
  const dir = join(root, 'in');
  const tmp = join(root, 'tmp');
  mkdirSync(dir);
  mkdirSync(tmp);
  copyFileSync(SEED, join(dir, 'good.txt'));
  copyFileSync(SEED, join(dir, 'stuck.txt'));
  return { dir, out: join(root, 'out'), tmp, env: { ...process.env, NO_COLOR: '1', TMPDIR: tmp, QUIZWIRE_HANG_ON: 'stuck.txt' } };
}

const quizwireTemps = (tmp: string) => readdirSync(tmp).filter((f) => f.startsWith('quizwire-'));

/** Start a run on a stuck batch, let it get stuck, send the signals: its exit code and how long it took to exit. */
async function interrupted(b: ReturnType<typeof stuckBatch>, signals: NodeJS.Signals[]): Promise<{ code: number | null; ms: number }> {
  const child = spawn(process.execPath, [CLI, 'generate', b.dir, '--out', b.out, '-f', 'json', '-f', 'apkg', '--jobs', '2'], { env: b.env, stdio: ['ignore', 'ignore', 'pipe'] });
  // Signalled once stuck (the hook says so), however loaded the machine: not while starting.
  await new Promise<void>((resolve) => {
    let said = '';
    child.stderr!.on('data', (d) => {
      said += d;
      if (said.includes('hanging on stuck.txt')) resolve();
    });
  });
  const sent = Date.now();
  for (const signal of signals) child.kill(signal);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return { code, ms: Date.now() - sent };
}

// Each test runs its own CLI and mostly waits: all at once.
describe.concurrent('issue 18', () => {
  describe('a budget per article', () => {
    for (const jobs of ['1', '2']) {
      it(`stops the stuck article, reports it in one line and writes the rest (--jobs ${jobs})`, async () => {
        const b = stuckBatch();
        // Enough for the good article even on a loaded machine (the whole suite runs at once).
        const env = { ...b.env, QUIZWIRE_ARTICLE_BUDGET_MS: '8000' };
        const r = await cliAsync(['generate', b.dir, '--out', b.out, '-f', 'json', '--name', 'quiz', '--jobs', jobs], { env });
        expect(r.status, r.stderr).toBe(1);
        const lines = problemLines(r.stderr);
        expect(lines, r.stderr).toHaveLength(1);
        expect(lines[0]).toMatch(/stuck\.txt: stopped after 8 s, the time allowed for one article/);
        expect(filesIn(b.out)).toEqual(['quiz.json']);
        expect(quizwireTemps(b.tmp)).toEqual([]);
      });
    }
  });

  describe('signals stop a run stuck on an article', () => {
    // A second Ctrl-C stops at once too (the first already does here), removing the temporary files.
    const cases: NodeJS.Signals[][] = [['SIGINT'], ['SIGTERM'], ['SIGINT', 'SIGINT']];
    for (const signals of cases) {
      it(`${signals.join(' + ')}: exit 130 within a second, nothing written, no temporary files`, async () => {
        const b = stuckBatch();
        const { code, ms } = await interrupted(b, signals);
        // A hang detector, generous for a loaded machine: "at once" is well under it.
        expect(ms).toBeLessThan(5000);
        expect(code).toBe(130);
        expect(filesIn(b.out)).toEqual([]);
        expect(quizwireTemps(b.tmp)).toEqual([]);
      });
    }
  });

  describe('one small article, studied in the main thread', () => {
    it('a signal ends the run at once, with nothing on disk yet to leave behind', async () => {
      const b = stuckBatch();
      const child = spawn(process.execPath, [CLI, 'generate', join(b.dir, 'stuck.txt'), '--out', b.out, '-f', 'json'], { env: b.env, stdio: 'ignore' });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const sent = Date.now();
      child.kill('SIGINT');
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, s) => resolve(s)));
      expect(Date.now() - sent).toBeLessThan(1000);
      // Killed by the signal itself: a shell reports 130, as for the exit code of a handled one.
      expect(signal).toBe('SIGINT');
      expect(filesIn(b.out)).toEqual([]);
      expect(quizwireTemps(b.tmp)).toEqual([]);
    });
  });

  describe('leftovers of an interrupted run', () => {
    it('are removed by the next run; those of a live run are kept', async () => {
      const b = stuckBatch();
      const dead = 4_206_649; // above Linux's largest pid: no such process
      mkdirSync(b.out);
      writeFileSync(join(b.out, `.quizwire-tmp-${dead}-quiz.json`), '{');
      writeFileSync(join(b.out, `.quizwire-tmp-${process.pid}-quiz.json`), '{');
      mkdirSync(join(b.tmp, `quizwire-facts-${dead}-Ab12Cd`));
      writeFileSync(join(b.tmp, `quizwire-facts-${dead}-Ab12Cd`, 'facts.jsonl'), '{}');
      const r = await cliAsync(['generate', SEED, '--out', b.out, '-f', 'json'], { env: b.env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/removed 2 temporary file\(s\) left by an interrupted run/);
      expect(existsSync(join(b.out, `.quizwire-tmp-${dead}-quiz.json`))).toBe(false);
      expect(existsSync(join(b.out, `.quizwire-tmp-${process.pid}-quiz.json`))).toBe(true);
      expect(quizwireTemps(b.tmp)).toEqual([]);
      // A run to stdout tidies the temp folder too.
      mkdirSync(join(b.tmp, `quizwire-notes-${dead}-Ef34Gh`));
      expect((await cliAsync(['generate', SEED, '--out', '-', '-f', 'json'], { env: b.env })).status).toBe(0);
      expect(quizwireTemps(b.tmp)).toEqual([]);
    });
  });
});
