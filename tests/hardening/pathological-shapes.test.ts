/**
 * Issue 18: no input shape hangs the study of an article. Each shape of the pathological bench
 * runs at about 35 KB, one after another in a child process (a hang there cannot block this one);
 * the limit per shape is generous (before the fix the digit groups alone took hours at this
 * size): no timing asserts.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs module shared with the bench
import { pathologicalShapes } from '../bench/pathological-shapes.mjs';

const STUDY = fileURLToPath(new URL('./study-shapes.mjs', import.meta.url));
const HANG_LIMIT_MS = 25_000;
const names = (pathologicalShapes(100) as [string][]).map(([name]) => name);

/** The shapes studied in one child, which is stopped when one takes longer than the limit. */
function studyShapes(bytes: number): Promise<{ code: number | null; done: string[]; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [STUDY, String(bytes), ...names.map((_, i) => String(i))]);
    const done: string[] = [];
    let out = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let timer = setTimeout(() => child.kill('SIGKILL'), HANG_LIMIT_MS);
    child.stdout.on('data', (d) => {
      out += d;
      const lines = out.split('\n');
      out = lines.pop()!;
      for (const line of lines) done.push(names[Number(line.split(' ')[0])]);
      // Each shape has the whole limit to itself.
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), HANG_LIMIT_MS);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, done, stderr });
    });
  });
}

describe('pathological shapes at 35 KB', () => {
  it('every shape is studied and generated, none hangs', async () => {
    const { code, done, stderr } = await studyShapes(35_000);
    // The shape after the last one done is the one that hung or failed.
    expect({ stuckOn: names[done.length] ?? null, code }, stderr).toEqual({ stuckOn: null, code: 0 });
    expect(done).toEqual(names);
  }, names.length * HANG_LIMIT_MS);
});
