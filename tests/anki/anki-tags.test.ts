import { describe, expect, it } from 'vitest';
import { dateTag, itemTags, sourceName, tagPart } from '../../src/render/anki/tags.js';
import type { ArticleMeta, Item } from '../../src/types.js';

const meta = (over: Partial<ArticleMeta>): ArticleMeta => ({
  id: 'a1', title: 'T', date: '2013-11-02', place: null, site: null, source: 'in/x.txt', ...over,
});
const item = (over: Partial<Item> = {}): Item => ({
  id: 'i1', articleId: 'a1', factId: 'f1', type: 'mcq', question: 'Q?', answer: 'A', sentence: 'S.',
  answerType: 'country', score: 1, tags: [], ...over,
});

describe('tag parts', () => {
  it('are space-free and keep only safe characters, including non-ASCII letters', () => {
    expect(tagPart('The Hindu')).toBe('The_Hindu');
    expect(tagPart('  Gazeta  Gdańska  ')).toBe('Gazeta_Gdańska');
    expect(tagPart('a::b "c" <d>')).toBe('ab_c_d');
  });

  it('dates make month tags; no date, no tag', () => {
    expect(dateTag('2013-11-02')).toBe('CA::2013::11');
    expect(dateTag('2013-11')).toBe('CA::2013::11');
    expect(dateTag('2013')).toBe('CA::2013');
    expect(dateTag(null)).toBeNull();
  });

  it('the source is the site, else the file base name without extension', () => {
    expect(sourceName(meta({ site: 'The Hindu' }))).toBe('The Hindu');
    expect(sourceName(meta({ source: '/a/b/russia-japan.txt' }))).toBe('russia-japan');
    expect(sourceName(meta({ source: 'C:\\news\\page.html' }))).toBe('page');
    expect(sourceName(meta({ source: '-' }))).toBeNull();
  });
});

describe('itemTags', () => {
  it('lists quizwire, month, source, type and answer class, with no spaces', () => {
    expect(itemTags(item(), meta({ site: 'The Hindu' }))).toEqual([
      'quizwire', 'CA::2013::11', 'src::The_Hindu', 'type::mcq', 'country',
    ]);
  });

  it("tags the article's syllabus topics after its source, surest first", () => {
    const topics = [
      { topic: 'economy' as const, score: 29, reason: ['bond'] },
      { topic: 'environment' as const, score: 28, reason: ['green bond'] },
    ];
    expect(itemTags(item(), meta({ site: 'The Hindu', topics }))).toEqual([
      'quizwire', 'CA::2013::11', 'src::The_Hindu', 'topic::economy', 'topic::environment', 'type::mcq', 'country',
    ]);
    expect(itemTags(item(), meta({ topics: [] }))).not.toContainEqual(expect.stringMatching(/^topic::/));
  });

  it('omits what is unknown, appends the item tags sanitised and de-duplicated', () => {
    const tags = itemTags(item({ tags: ['pattern::role', 'needs review', 'quizwire'] }), meta({ date: null, source: '-' }));
    expect(tags).toEqual(['quizwire', 'type::mcq', 'country', 'pattern::role', 'needs_review']);
    for (const tag of tags) expect(tag).not.toMatch(/\s/);
  });
});
