import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/index.js';
import { parseTopics, TOPIC_IDS, topicLabel } from '../../src/analyze/topic-list.js';
import { classifyTopics, MIN_SCORE, topicScores } from '../../src/analyze/topics.js';
import { ingest } from '../../src/ingest/index.js';
import { TOPIC_LEXICON } from '../../src/lexicon/index.js';
import { studyText } from '../../src/pipeline.js';
import { ROOT } from '../cli/run-cli.js';
import { readTopicLabels, topicAgreement } from '../eval/topic-agreement.mjs';

const FIXTURES = join(ROOT, 'tests/fixtures');
const LABELS: Record<string, string[]> = readTopicLabels(FIXTURES);

const topicsOfFile = (path: string) => studyText(readFileSync(join(FIXTURES, path), 'utf8'), { source: path, kind: 'text', fileName: basename(path) }).topics;
const analyzedFile = (path: string) => analyzeArticle(ingest(readFileSync(join(FIXTURES, path), 'utf8'), { source: path, kind: 'text', fileName: basename(path) }));
const topicsOfText = (text: string) => classifyTopics(analyzeArticle(ingest(text, { source: 't.txt', kind: 'text' })));

describe('topics of the articles written for them', () => {
  const written = Object.entries(LABELS).filter(([path]) => path.startsWith('topics/'));

  it('cover every topic at least twice', () => {
    for (const id of TOPIC_IDS) expect(written.filter(([, labels]) => labels.includes(id)).length, id).toBeGreaterThanOrEqual(2);
  });

  it.each(written)('%s → %j', (path, labels) => {
    const topics = topicsOfFile(path);
    expect(new Set(topics.map((t) => t.topic))).toEqual(new Set(labels));
    for (const t of topics) expect(t.score).toBeGreaterThanOrEqual(MIN_SCORE);
  });
});

describe('the reason', () => {
  it('names the cues that decided, strongest first', () => {
    const [economy] = topicsOfFile('topics/economy-repo-rate.txt');
    expect(economy.topic).toBe('economy');
    expect(economy.reason.slice(0, 2)).toEqual(['RBI', 'repo rate']);
    expect(economy.reason).toContain('inflation');
  });

  it('names an organisation read by its kind, and the countries with a diplomatic word', () => {
    const fed = topicsOfText(
      'Markets steady\n\nWASHINGTON, March 3, 2024\n\nThe Federal Reserve said on Tuesday that it would hold its benchmark rate, and that inflation was easing.\n\nThe Federal Reserve meets again in May.',
    );
    expect(fed.map((t) => t.topic)).toEqual(['economy']);
    expect(fed[0].reason).toContain('Federal Reserve');
    const irOf = (path: string) => topicScores(analyzedFile(path)).find((t) => t.topic === 'international-relations')!;
    expect(irOf('corpus/seed/russia-japan-2plus2.txt').cues.map((c) => c.shown)).toContain('countries: Australia, China, Japan, Russia, United States');
    // Many countries, but a football match is no diplomacy.
    expect(irOf('corpus/wikinews/wikinews-soccer.txt').score).toBe(0);
  });
});

describe('unsure → none', () => {
  it('an article without cues gets no topic', () => {
    expect(topicsOfText('A quiet Sunday\n\nPUNE, June 2, 2024\n\nResidents walked in the park on Sunday morning.\n\nThe weather was pleasant and the roads were empty.')).toEqual([]);
  });

  it('one weak cue is not enough', () => {
    expect(topicsOfText('A long weekend\n\nPUNE, June 2, 2024\n\nThe team went home early on Friday.\n\nThey will be back on Monday.')).toEqual([]);
  });

  it('three topics as strong as each other: none is chosen', () => {
    const text = 'News in brief\n\nPUNE, June 2, 2024\n\nInflation was discussed at the club. Cricket was discussed too.\n\nInflation and cricket filled the evening, and the election, the election and the election were talked about.';
    expect(topicsOfText(text)).toEqual([]);
  });

  it('a clear lead with a weaker second that is not clear of a third keeps only the lead', () => {
    const topics = topicsOfFile('corpus/wikinews/wikinews-afghan.txt');
    expect(topics.map((t) => t.topic)).toEqual(['sports-awards']);
  });
});

describe('agreement with the labels', () => {
  it('stays above its floor (npm run eval prints the figures)', () => {
    const articles = Object.entries(LABELS).map(([path, labels]) => ({ labels, predicted: topicsOfFile(path).map((t) => t.topic) }));
    const a = topicAgreement(articles, TOPIC_IDS);
    expect(a.articles).toBeGreaterThanOrEqual(50);
    expect(a.precision).toBeGreaterThanOrEqual(0.85);
    expect(a.recall).toBeGreaterThanOrEqual(0.85);
    expect(a.firstRight).toBeGreaterThanOrEqual(0.9);
  });

  it('measures as it says: precision, recall and accuracy per topic', () => {
    const a = topicAgreement(
      [
        { labels: ['economy'], predicted: ['economy'] },
        { labels: ['economy'], predicted: [] },
        { labels: ['polity'], predicted: ['economy', 'polity'] },
      ],
      ['economy', 'polity'],
    );
    expect(a.perTopic[0]).toMatchObject({ topic: 'economy', tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, accuracy: 1 / 3 });
    expect(a.perTopic[1]).toMatchObject({ precision: 1, recall: 1, accuracy: 1 });
    expect(a).toMatchObject({ precision: 2 / 3, recall: 2 / 3, exact: 1 / 3, firstRight: 1 / 3, unsorted: 1 });
  });
});

describe('the topic list', () => {
  it('has the eleven topics in the syllabus order, each with a label', () => {
    expect(TOPIC_IDS).toEqual(['polity', 'international-relations', 'economy', 'environment', 'science-technology', 'internal-security', 'society', 'geography-disasters', 'history', 'art-culture', 'sports-awards']);
    expect(topicLabel('economy')).toBe('Economy');
    expect(topicLabel('polity')).toBe('Polity & Governance');
    expect(topicLabel('weather')).toBeNull();
  });

  it('parses a --topics list, refusing an unknown topic by name', () => {
    expect(parseTopics(' Economy, environment,economy')).toEqual(['economy', 'environment']);
    expect(parseTopics(['history'])).toEqual(['history']);
    expect(() => parseTopics('economy,weather')).toThrow(/unknown topic "weather"; choose from polity, /);
    expect(() => parseTopics(' , ')).toThrow(/at least one/);
  });

  it('the lexicon: weights 1–3, no cue listed twice in a topic, nor its plural (it would count twice)', () => {
    const singular = (word: string) => word.toLowerCase().replace(/s$/, '');
    for (const t of TOPIC_LEXICON) {
      const keys = [...Object.keys(t.words), ...Object.keys(t.names)].map((k) => (k.match(/[\p{L}\p{N}]+/gu) ?? []).map(singular).join(' '));
      expect(new Set(keys).size, t.id).toBe(keys.length);
      for (const w of [...Object.values(t.words), ...Object.values(t.names)]) expect([1, 2, 3]).toContain(w);
      for (const k of Object.keys(t.words)) expect(k, t.id).toBe(k.toLowerCase());
    }
  });
});
