import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { madeUpArticle, writeMadeUpArticles } from '../batch/made-up-articles.mjs';
import { cliAsync as cli, cliProcess, CORPUS, filesIn, problemLines, SEED, tempDir } from './run-cli.js';

const WIKINEWS = join(CORPUS, 'wikinews');

/** All output files of a folder, by name. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(filesIn(dir).map((f) => [f, readFileSync(join(dir, f), 'latin1')]));
}

// Each test runs its own CLI and mostly waits on it: several at once.
describe.concurrent('--jobs', () => {
  it('writes byte-identical outputs with 1 and 2 workers, the .apkg on a thread of its own, whole and per period', async () => {
    const base = tempDir();
    // A quarter of the corpus and the seed, each of another month: work for both workers, and a
    // period each. With them 50 tiny articles over two months: a batch of 50 to 2,500 articles
    // has its .apkg made on a thread of its own when there are workers (50 is the smallest).
    const input = join(base, 'in');
    writeMadeUpArticles(input, 50, (i) => (i % 2 ? 'April' : 'March'));
    for (const f of readdirSync(WIKINEWS).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 4 === 0)) copyFileSync(join(WIKINEWS, f), join(input, f));
    const args = (out: string) => ['generate', input, SEED, '--out', out, '-f', 'json', '-f', 'anki', '-f', 'markdown', '-f', 'apkg', '-f', 'worksheet', '--group-by', 'month', '-q'];
    const one = await cli([...args(join(base, 'one')), '--jobs', '1']);
    const two = await cli([...args(join(base, 'two')), '--jobs', '2'], { env: { QUIZWIRE_TIMINGS: '1' } });
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stderr).toMatch(/timing render apkg \(its own thread/);
    const a = contents(join(base, 'one'));
    expect(Object.keys(a).filter((f) => f.endsWith('.apkg')).length).toBeGreaterThan(3);
    expect(contents(join(base, 'two'))).toEqual(a);
  });

  it('a fault inside a worker: one line naming the file, exit 1, the rest written', async () => {
    const base = tempDir();
    const out = join(base, 'out');
    // Six tiny articles, the failing one among them: work for both workers (what fails is the
    // study in a worker, whatever the article says).
    const six = join(base, 'in');
    writeMadeUpArticles(six, 6);
    const r = await cli(['generate', six, '--out', out, '--jobs', '2', '--name', 'q'], { env: { QUIZWIRE_FAIL_ON: 't00002' } });
    expect(r.status).toBe(1);
    const lines = problemLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/t00002\.txt: internal error/);
    const doc = JSON.parse(readFileSync(join(out, 'q.json'), 'utf8'));
    expect(doc.articles).toHaveLength(5);
    expect(r.stderr).toMatch(/1 skipped/);
  });
});

describe.concurrent('--group-by, --since, --until', () => {
  let dir: string;
  let base: string;
  beforeAll(() => {
    // The same article under two dates in one ISO week and undated, and another in the next week.
    // Tiny made-up ones: what is tested is how they are grouped, filtered and merged.
    base = tempDir();
    dir = join(base, 'in');
    mkdirSync(dir);
    // A made-up article without its headline and dateline lines.
    const body = madeUpArticle(5).split('\n').slice(3).join('\n');
    const head = (title: string, date: string) => `${title}\n${date}\n\n`;
    writeFileSync(join(dir, 'a.txt'), head('Talks open in Moscow', 'Monday, October 28, 2013') + body);
    writeFileSync(join(dir, 'b.txt'), head('Talks go on in Moscow', 'Sunday, November 3, 2013') + body);
    // Week 45's own story (a later copy of the same story would keep none of its facts: the earliest copy does).
    writeFileSync(join(dir, 'c.txt'), madeUpArticle(8).replace(/^(.*\n).*\n/, '$1Monday, November 4, 2013\n'));
    writeFileSync(join(dir, 'd.txt'), `Talks without a date\n\n${body}`);
  });

  it('writes the whole set and one set per ISO week, undated last', async () => {
    const out = join(base, 'weeks');
    const r = await cli(['generate', dir, '--out', out, '-f', 'json', '-f', 'anki', '--group-by', 'week', '--name', 'quiz']);
    expect(r.status, r.stderr).toBe(0);
    const files = filesIn(out);
    expect(files).toContain('quiz.json');
    expect(files).toContain('quiz-2013-W44.json');
    expect(files).toContain('quiz-2013-W45.json');
    expect(files).toContain('quiz-undated.json');
    const w44 = JSON.parse(readFileSync(join(out, 'quiz-2013-W44.json'), 'utf8'));
    expect(w44.articles.map((a: { date: string }) => a.date)).toEqual(['2013-10-28', '2013-11-03']);
    const csv = readFileSync(join(out, files.find((f) => f.includes('2013-W45') && f.endsWith('.csv'))!), 'utf8');
    expect(csv).toMatch(/#deck:Current Affairs::2013-W45/);
  });

  it('--since/--until keep the range and leave undated articles out, saying so', async () => {
    const r = await cli(['generate', dir, '--out', '-', '--since', '2013-11-01', '--until', '2013-11-03']);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.articles.map((a: { date: string }) => a.date)).toEqual(['2013-11-03']);
    const q = await cli(['generate', dir, '--out', join(base, 'range'), '--since', '2013-11-01', '--dry-run']);
    expect(q.stderr).toMatch(/1 undated left out/);
  });

  it('--dry-run renders and counts but writes nothing; then says new / unchanged', async () => {
    const out = join(base, 'dry');
    const dry = await cli(['generate', dir, '--out', out, '-f', 'json', '-f', 'markdown', '--dry-run']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(filesIn(out)).toEqual([]);
    expect(dry.stderr).toMatch(/would write 2 files \(2 new\)/);
    expect(dry.stderr).toMatch(/4 articles read/);
    expect(dry.stderr).toMatch(/\d+ items \(/);
    await cli(['generate', dir, '--out', out, '-f', 'json', '-f', 'markdown']);
    const again = await cli(['generate', dir, '--out', out, '-f', 'json', '-f', 'markdown', '--dry-run']);
    expect(again.stderr).toMatch(/would write 2 files \(2 unchanged\)/);
  });

  it('near-duplicate facts across articles are merged (the same story three times)', async () => {
    const one = JSON.parse((await cli(['generate', join(dir, 'a.txt'), '--out', '-'])).stdout);
    // Written to a folder, so that the summary says so too.
    const r = await cli(['generate', join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'd.txt'), '--out', join(base, 'dup'), '--name', 'q']);
    expect(r.status, r.stderr).toBe(0);
    const all = JSON.parse(readFileSync(join(base, 'dup', 'q.json'), 'utf8'));
    expect(all.items.length).toBeLessThan(one.items.length * 1.5);
    expect(r.stderr).toMatch(/duplicate facts? from other articles merged/);
  });
});

describe.concurrent('config file', () => {
  it('is found upward from the current folder; flags override it; relative paths are from its folder', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'quizwire.config.json'), JSON.stringify({ out: 'decks', formats: ['json', 'anki'], deck: 'From Config', maxPerArticle: 3 }));
    copyFileSync(SEED, join(dir, 'sub', 'a.txt'));
    const r = await cli(['generate', 'a.txt', '--name', 'q'], { cwd: join(dir, 'sub') });
    expect(r.status, r.stderr).toBe(0);
    const files = filesIn(join(dir, 'decks'));
    expect(files).toContain('q.json');
    expect(files.some((f) => f.startsWith('From-Config'))).toBe(true);
    const fromConfig = JSON.parse(readFileSync(join(dir, 'decks', 'q.json'), 'utf8')).items;
    expect(fromConfig.length).toBeGreaterThan(1);
    expect(fromConfig.length).toBeLessThanOrEqual(3);
    // A flag given on the command line wins; one left out does not reset the config value.
    const flagged = await cli(['generate', 'a.txt', '--out', '-', '-f', 'json', '--max-per-article', '1'], { cwd: join(dir, 'sub') });
    expect(JSON.parse(flagged.stdout).items).toHaveLength(1);
  });

  it('a quizwire key in package.json, or --config FILE', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', quizwire: { maxPerArticle: 2 } }));
    copyFileSync(SEED, join(dir, 'a.txt'));
    expect(JSON.parse((await cli(['generate', 'a.txt', '--out', '-'], { cwd: dir })).stdout).items).toHaveLength(2);
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ maxPerArticle: 4 }));
    // The cap is a cap, not a target: more than the 2 above, never more than 4.
    const capped = JSON.parse((await cli(['generate', 'a.txt', '--out', '-', '--config', 'other.json'], { cwd: dir })).stdout).items;
    expect(capped.length).toBeGreaterThan(2);
    expect(capped.length).toBeLessThanOrEqual(4);
  });

  it('an invalid config is one line naming the file and key, exit 2', async () => {
    const dir = tempDir();
    copyFileSync(SEED, join(dir, 'a.txt'));
    const bad = async (config: string, key: RegExp) => {
      writeFileSync(join(dir, 'quizwire.config.json'), config);
      const r = await cli(['generate', 'a.txt', '--out', join(dir, 'out')], { cwd: dir });
      expect(r.status).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(key);
      expect(filesIn(join(dir, 'out'))).toEqual([]);
    };
    await bad('{"paper":"a5"}', /^quizwire: quizwire\.config\.json: paper: must be "a4" or "letter"$/);
    await bad('{"colour":"red"}', /quizwire\.config\.json: colour: unknown key/);
    await bad('{"formats":["json","docx"]}', /quizwire\.config\.json: formats: unknown format "docx"/);
    await bad('{"maxPerArticle":0}', /maxPerArticle: must be a whole number/);
    await bad('{"paper": ', /quizwire\.config\.json: not valid JSON/);
  });
});

describe.concurrent('progress and interruption', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    // Enough that a run is still going, hundreds of articles on, when it is interrupted after its
    // first progress line (tiny ones: what the run does before the signal is no part of the test).
    writeMadeUpArticles(join(dir, 'in'), 600);
    // Tiny ones, quick to study, for counting; past one progress line's worth, to be quiet about.
    writeMadeUpArticles(join(dir, 'tiny'), 210);
    writeMadeUpArticles(join(dir, 'quiet'), 101);
  });

  it('plain progress lines every 100 articles when stderr is not a terminal; none with --quiet', async () => {
    const r = await cli(['generate', join(dir, 'tiny'), '--out', join(dir, 'out'), '--dry-run']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^quizwire: 100 articles done \(0 skipped\)/m);
    expect(r.stderr).toMatch(/^quizwire: 200 articles done/m);
    expect(r.stderr).not.toMatch(/^quizwire: 300 articles done/m);
    expect(r.stderr).toMatch(/210 articles read/);
    const q = await cli(['generate', join(dir, 'quiet'), '--out', join(dir, 'out'), '--dry-run', '-q']);
    expect(q.status, q.stderr).toBe(0);
    expect(q.stderr).toBe('');
  });

  it('SIGINT stops the run: exit 130, says what it finished, no file and no temporary file left', async () => {
    const out = join(dir, 'sigint');
    const child = cliProcess(['generate', join(dir, 'in'), '--out', out, '-f', 'json', '-f', 'markdown']);
    let stderr = '';
    const status = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        // Interrupt once the run has visibly started working through the folder.
        if (/100 articles done/.test(stderr) && !child.killed) child.kill('SIGINT');
      });
      child.on('close', (code) => resolve(code));
    });
    expect(status).toBe(130);
    expect(stderr).toMatch(/interrupted after \d+ input/);
    expect(filesIn(out)).toEqual([]);
  });
});

describe.concurrent('--out - read by a program that stops early', () => {
  it('ends quietly with exit 0, no error trace', async () => {
    // JSON of 120 tiny articles, about 300 KB: past what the pipe and the reader hold, so the
    // run is still writing when the reader has gone, and its next write meets EPIPE.
    const dir = join(tempDir(), 'in');
    writeMadeUpArticles(dir, 120);
    const child = cliProcess(['generate', dir, '--out', '-', '-f', 'json', '-q']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Like `| head -1`: read the first piece, then close the pipe.
    await new Promise<void>((resolve) => child.stdout.once('data', () => (child.stdout.destroy(), resolve())));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  });
});
