import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { staleReason, writeStamp } from '../../scripts/build-stamp.mjs';
import { tempDir } from '../temp-dir.js';

describe('build stamp: npm start and npm test build only when dist/ is stale', () => {
  let root: string;
  const at = (...parts: string[]) => join(root, ...parts);
  const HOUR_AGO = Date.now() / 1000 - 3600;
  /** Every input made an hour old, then the stamp written, dated half an hour ago. */
  function built(): void {
    for (const path of ['src/cli/main.ts', 'src/cli', 'src', 'templates/quiz.md.hbs', 'templates', 'package.json']) utimesSync(at(path), HOUR_AGO, HOUR_AGO);
    writeStamp(root);
    utimesSync(at('dist/.build-stamp'), HOUR_AGO + 1800, HOUR_AGO + 1800);
  }

  beforeEach(() => {
    root = tempDir();
    mkdirSync(at('src/cli'), { recursive: true });
    mkdirSync(at('templates'));
    mkdirSync(at('dist'));
    writeFileSync(at('src/cli/main.ts'), 'export {};\n');
    writeFileSync(at('templates/quiz.md.hbs'), '{{title}}\n');
    writeFileSync(at('package.json'), '{}\n');
  });

  it('is stale before the first build, up to date after it', () => {
    expect(staleReason(root)).toBe('dist/ was never built');
    built();
    expect(staleReason(root)).toBeNull();
  });

  it('is stale when a source, a template or package.json is newer than the stamp', () => {
    for (const file of ['src/cli/main.ts', 'templates/quiz.md.hbs', 'package.json']) {
      built();
      writeFileSync(at(file), '// edited\n');
      expect(staleReason(root)).toBe(`${file.split('/')[0]} changed since the last build`);
    }
  });

  it('is stale when a source file is removed (its folder changes)', () => {
    writeFileSync(at('src/cli/old.ts'), 'export {};\n');
    utimesSync(at('src/cli/old.ts'), HOUR_AGO, HOUR_AGO);
    built();
    rmSync(at('src/cli/old.ts'));
    expect(staleReason(root)).toBe('src changed since the last build');
  });

  it('is stale when the stamp is from another Node (the code cache is V8’s)', () => {
    built();
    writeFileSync(at('dist/.build-stamp'), 'built with node v0.0.0\n');
    expect(staleReason(root)).toMatch(/another Node/);
  });
});
