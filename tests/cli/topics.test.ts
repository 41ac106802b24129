import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, filesIn, ROOT, tempDir } from './run-cli.js';

const TOPICS = join(ROOT, 'tests/fixtures/topics');
const WRITTEN = join(ROOT, 'tests/fixtures/written');

interface Doc {
  articles: { title: string; source: string; topics: { topic: string; score: number; reason: string[] }[] }[];
}
const jsonOf = (stdout: string) => JSON.parse(stdout) as Doc;

/** A folder of some of the topic articles (tests/analyze/topics.test.ts checks each one's topics against its label). */
function topicsFolder(names: string[]): string {
  const dir = join(tempDir(), 'topics');
  mkdirSync(dir);
  for (const name of names) copyFileSync(join(TOPICS, `${name}.txt`), join(dir, `${name}.txt`));
  return dir;
}

describe('topics on the command line', () => {
  it('the JSON gives each article its topics with the reason', () => {
    const run = cli(['generate', join(TOPICS, 'economy-repo-rate.txt'), join(TOPICS, 'history-culture-hampi.txt'), '-f', 'json', '--out', '-', '-q', '-j', '1']);
    expect(run.status).toBe(0);
    const [repo, hampi] = jsonOf(run.stdout).articles;
    expect(repo.topics.map((t) => t.topic)).toEqual(['economy']);
    expect(repo.topics[0].reason).toContain('repo rate');
    expect(hampi.topics.map((t) => t.topic).sort()).toEqual(['art-culture', 'history']);
    for (const t of hampi.topics) expect(t.reason.length).toBeGreaterThan(0);
  });

  it('--topics keeps only the articles of one of them, and the summary counts the others', () => {
    const out = tempDir();
    // The five economy and environment articles, and three of other topics (polity among them).
    const dir = topicsFolder(['economy-environment-green-bonds', 'economy-gst-collections', 'economy-repo-rate', 'environment-cheetah', 'environment-ramsar', 'history-culture-hampi', 'polity-anti-defection', 'sports-chess-olympiad']);
    const run = cli(['generate', dir, '--topics', 'economy,environment', '-f', 'json', '-f', 'anki', '--out', out, '-j', '1']);
    expect(run.status).toBe(0);
    const doc = jsonOf(readFileSync(join(out, 'quiz.json'), 'utf8'));
    expect(doc.articles.map((a) => a.source.split('/').pop()).sort()).toEqual([
      'economy-environment-green-bonds.txt', 'economy-gst-collections.txt', 'economy-repo-rate.txt', 'environment-cheetah.txt', 'environment-ramsar.txt',
    ]);
    expect(run.stderr).toMatch(/8 articles read, 3 of other topics left out \(--topics\)/);
    const csv = readFileSync(join(out, 'Current-Affairs.basic.csv'), 'utf8');
    expect(csv).toMatch(/\btopic::economy\b/);
    expect(csv).toMatch(/\btopic::environment\b/);
    expect(csv).not.toMatch(/\btopic::polity\b/);
  });

  it('--topics with no article of them writes nothing and says why; an unknown topic is a usage error', () => {
    const out = tempDir();
    // Two articles of other topics (economy, a cyclone): none of history.
    const written = ['policy-repo-rate.txt', 'disaster-cyclone.txt'].map((f) => join(WRITTEN, f));
    const none = cli(['generate', ...written, '--topics', 'history', '-f', 'json', '--out', out, '-j', '1']);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/no articles of the topics asked \(--topics\); nothing written/);
    expect(filesIn(out)).toEqual([]);
    const bad = cli(['generate', ...written, '--topics', 'economy,weather', '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--topics: unknown topic "weather"; choose from polity, international-relations,/);
  });

  it('the config key topics filters as --topics does', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'quizwire.config.json'), JSON.stringify({ topics: ['history'] }));
    // The three history articles, and three of art and culture, and of international relations.
    const articles = topicsFolder(['culture-classical-language', 'culture-unesco-garba', 'history-culture-hampi', 'history-freedom-fighter', 'history-harappan-site', 'ir-quad-summit']);
    const run = cli(['generate', articles, '-f', 'json', '--out', '-', '-q', '-j', '1'], { cwd: dir });
    expect(run.status).toBe(0);
    const titles = jsonOf(run.stdout).articles.map((a) => a.title);
    expect(titles).toHaveLength(3);
    expect(titles).toContain('Restored Vijayanagara temple at Hampi reopened to visitors');
  });

  it('--topics with --state marks done only the articles written: the others are new for a run without the filter', () => {
    const dir = tempDir();
    const state = join(dir, 'state.json');
    const inputs = ['economy-repo-rate.txt', 'economy-gst-collections.txt', 'history-freedom-fighter.txt', 'sports-khel-ratna.txt'].map((f) => join(TOPICS, f));
    const done = () => (JSON.parse(readFileSync(state, 'utf8')) as { articles: { source: string }[] }).articles.map((a) => a.source.split('/').pop()).sort();
    const generate = (n: number, more: string[]) => cli(['generate', ...inputs, '--state', state, '-f', 'json', '--out', join(dir, String(n)), '-j', '1', ...more]);

    const economy = generate(1, ['--topics', 'economy']);
    expect(economy.status).toBe(0);
    expect(economy.stderr).toMatch(/4 articles read, 2 of other topics left out \(--topics\)/);
    expect(done()).toEqual(['economy-gst-collections.txt', 'economy-repo-rate.txt']);

    // The same filter again: nothing new among its topic's articles.
    const again = generate(2, ['--topics', 'economy']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/2 article\(s\) left out: made by an earlier run/);
    expect(again.stderr).toMatch(/no new articles; nothing written/);
    expect(existsSync(join(dir, '2'))).toBe(false);

    // Without the filter, the two left out before are new; the economy ones are done.
    const rest = generate(3, []);
    expect(rest.status).toBe(0);
    expect(rest.stderr).toMatch(/2 article\(s\) left out: made by an earlier run/);
    const titles = jsonOf(readFileSync(join(dir, '3', 'quiz.json'), 'utf8')).articles.map((a) => a.source.split('/').pop()).sort();
    expect(titles).toEqual(['history-freedom-fighter.txt', 'sports-khel-ratna.txt']);
    expect(done()).toHaveLength(4);
  });

  it('--group-by topic writes a worksheet, Markdown file and deck per topic, each titled by its topic', () => {
    const out = tempDir();
    const inputs = ['economy-repo-rate.txt', 'economy-environment-green-bonds.txt', 'sports-khel-ratna.txt'].map((f) => join(TOPICS, f));
    const run = cli(['generate', ...inputs, '--group-by', 'topic', '-f', 'worksheet', '-f', 'markdown', '-f', 'anki', '-f', 'json', '--out', out, '-q', '-j', '1']);
    expect(run.status).toBe(0);
    const files = filesIn(out);
    for (const topic of ['economy', 'environment', 'sports-awards']) {
      expect(files).toContain(`quiz-${topic}.html`);
      expect(files).toContain(`quiz-${topic}.md`);
    }
    expect(files).toContain('Current-Affairs--Economy.cloze.csv');
    expect(files).toContain('Current-Affairs--Sports-and-Awards.cloze.csv');
    expect(readFileSync(join(out, 'quiz-economy.md'), 'utf8')).toMatch(/^# Current affairs quiz — Economy$/m);
    expect(readFileSync(join(out, 'quiz-sports-awards.html'), 'utf8')).toContain('Current affairs quiz — Sports &amp; Awards');
    // The green bonds story is both economy and environment; Khel Ratna is neither.
    const titles = (topic: string) => jsonOf(readFileSync(join(out, `quiz-${topic}.json`), 'utf8')).articles.map((a) => a.title);
    expect(titles('economy')).toHaveLength(2);
    expect(titles('environment')).toEqual(['Government raises 8,000 crore through sovereign green bonds']);
    expect(titles('sports-awards')).toEqual(['Four athletes named for Major Dhyan Chand Khel Ratna award']);
  });
});
