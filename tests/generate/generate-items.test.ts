import { describe, expect, it } from 'vitest';
import { buildDistractorPool, checkMcq, DEFAULT_TYPES, generateItems, type GenerateOptions } from '../../src/generate/index.js';
import { stableId } from '../../src/util/ids.js';
import { studyText } from '../../src/pipeline.js';
import type { Fact, Item } from '../../src/types.js';
import { corpusText, fact, real, SEED, S_ABE, S_CHINA, S_KISHIDA, S_KURIL, S_LAVROV, S_PUTIN, S_THIRD } from './helpers.js';

const seedFacts: Fact[] = [
  fact({ articleId: 'seed', question: 'Which country has become only the third country to have a two-plus-two mechanism with Japan?', answer: 'Russia', answerType: 'country', sentence: S_THIRD, score: 0.95, alsoTrue: ['United States', 'Australia'], related: ['Japan', 'China'], statement: 'Russia has become the third country to hold two-plus-two talks with Japan.' }),
  fact({ articleId: 'seed', question: "Who is Russia's Foreign Minister?", answer: 'Sergei Lavrov', answerType: 'person', sentence: S_LAVROV, score: 0.9, related: ['Fumio Kishida', 'Shinzo Abe', 'Vladimir Putin'], statement: "Sergei Lavrov is Russia's Foreign Minister." }),
  fact({ articleId: 'seed', question: 'Where was the two-plus-two meeting held?', answer: 'Tokyo', answerType: 'place', sentence: S_LAVROV, score: 0.85 }),
  fact({ articleId: 'seed', question: "Who is Japan's Foreign Minister?", answer: 'Fumio Kishida', answerType: 'person', sentence: S_KISHIDA, score: 0.8, related: ['Sergei Lavrov', 'Shinzo Abe', 'Vladimir Putin'], statement: "Fumio Kishida is Japan's Foreign Minister." }),
  fact({ articleId: 'seed', question: 'Who was elected Prime Minister of Japan last December?', answer: 'Shinzo Abe', answerType: 'person', sentence: S_ABE, score: 0.75, related: ['Fumio Kishida', 'Sergei Lavrov', 'Vladimir Putin'] }),
  fact({ articleId: 'seed', question: 'Who is the Russian President?', answer: 'Vladimir Putin', answerType: 'person', sentence: S_PUTIN, score: 0.7, related: ['Fumio Kishida', 'Sergei Lavrov', 'Shinzo Abe'] }),
  fact({ articleId: 'seed', question: 'How many Kuril Islands are in dispute?', answer: 'four', answerType: 'number', sentence: S_KURIL, score: 0.65 }),
  fact({ articleId: 'seed', question: 'Which country is locked in a territorial dispute with Japan?', answer: 'China', answerType: 'country', sentence: S_CHINA, score: 0.6, related: ['Russia', 'Japan'] }),
];

const STAMPEDE = 'wikinews/wikinews-stampede.txt';
const stampedeFacts: Fact[] = [
  fact({ articleId: 'stampede', question: 'In which year was the deadliest Hajj stampede?', answer: '1991', answerType: 'year', sentence: real(STAMPEDE, 'This is not the first time deadly stampedes have taken place during the Hajj, with the deadliest stampede during the 1991 Hajj, in which 1,426 pilgrims were trampled.'), score: 0.8 }),
  fact({ articleId: 'stampede', question: 'How many security personnel had Saudi officials placed in the area?', answer: '60,000', answerType: 'number', sentence: real(STAMPEDE, 'Saudi officials had already provided safeguards by installing an oval wall with padded edges to protect pilgrams from a crush, installed security cameras and placed over 60,000 security personnel in the area.'), score: 0.7 }),
  fact({ articleId: 'stampede', question: 'What is the Hajj one of?', answer: 'the five pillars of the Islamic faith', answerType: 'term', sentence: real(STAMPEDE, 'Muslims are required to make a pilgrimage to Mecca during their lifetimes, if physically or financially possible, as it is one of the five pillars of the Islamic faith.'), score: 0.6 }),
];

const all = [...seedFacts, ...stampedeFacts];
const pool = buildDistractorPool(all);
const options = (o: Partial<GenerateOptions> = {}): GenerateOptions => ({ types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20, ...o });
const run = (o: Partial<GenerateOptions> = {}, facts = all) => generateItems(facts, { options: options(o), pool });
const factById = new Map(all.map((f) => [f.id, f]));

describe('generateItems', () => {
  const items = run();

  it('ties every item to its fact with a stable id and the verbatim sentence', () => {
    for (const item of items) {
      const f = factById.get(item.factId)!;
      expect(item.id).toBe(stableId([f.id, item.type]));
      expect(item.articleId).toBe(f.articleId);
      expect(item.sentence).toBe(f.sentence);
      expect(item.tags).toContain(item.type === 'statements' ? 'statements' : f.answerType);
    }
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('asks each fact once, mixing the types across facts', () => {
    const seedItems = items.filter((i) => i.articleId === 'seed');
    const single = seedItems.filter((i) => i.type !== 'statements');
    expect(new Set(single.map((i) => i.factId)).size).toBe(single.length);
    expect(new Set(seedItems.map((i) => i.type)).size).toBeGreaterThanOrEqual(2);
    expect(seedItems.filter((i) => i.type === 'statements').length).toBeLessThanOrEqual(2);
  });

  it('keeps at most maxPerArticle per article, preferring the best facts', () => {
    const few = run({ maxPerArticle: 4 });
    for (const article of ['seed', 'stampede']) expect(few.filter((i) => i.articleId === article).length).toBeLessThanOrEqual(4);
    const seedFew = few.filter((i) => i.articleId === 'seed');
    expect(seedFew).toHaveLength(4);
    expect(seedFew.some((i) => i.factId === seedFacts[0].id)).toBe(true);
    expect(seedFew.some((i) => i.factId === seedFacts[7].id)).toBe(false);
    // Spread over facts: four items are not four ways of asking one fact.
    expect(new Set(seedFew.map((i) => i.factId)).size).toBeGreaterThanOrEqual(3);
  });

  it('orders each article by type, then score', () => {
    const order = ['short', 'cloze', 'mcq', 'truefalse', 'statements'];
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      if (a.articleId !== b.articleId) continue;
      const d = order.indexOf(a.type) - order.indexOf(b.type);
      expect(d < 0 || (d === 0 && a.score >= b.score)).toBe(true);
    }
    expect(items[0].articleId).toBe('seed');
  });

  it('blanks the cloze answer and keeps the Anki text', () => {
    const items = run({ types: ['cloze'] });
    const clozes = items.filter((i) => i.type === 'cloze');
    expect(clozes.length).toBeGreaterThan(0);
    for (const c of clozes) {
      // One blank: the fact's own cloze; several: the fact's deletion is one of them.
      const own = /\{\{c1::(.*?)\}\}/.exec(factById.get(c.factId)!.cloze)![1];
      if (!c.answers) expect(c.cloze).toBe(factById.get(c.factId)!.cloze);
      else expect(c.cloze).toMatch(new RegExp(`\\{\\{c\\d::${own.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\}\\}`));
      expect(c.question.split('_____').length - 1).toBe(c.answers?.length ?? 1);
      expect(c.question).not.toMatch(/\{\{c\d::/);
      expect(c.question).not.toContain(c.answer);
    }
  });

  it('makes four-option multiple choices that pass every quality check', () => {
    const mcqs = items.filter((i) => i.type === 'mcq');
    expect(mcqs.length).toBeGreaterThanOrEqual(4);
    for (const m of mcqs) {
      expect(m.options).toHaveLength(4);
      expect(m.options!.filter((o) => o === m.answer)).toHaveLength(1);
      expect(m.options![m.answerIndex!]).toBe(m.answer);
      const text = m.articleId === 'seed' ? corpusText(SEED) : corpusText(STAMPEDE);
      expect(checkMcq(m, text, factById.get(m.factId))).toEqual({ distinct: true, sameClass: true, noAlias: true, notTrueInArticle: true });
    }
  });

  it('makes no multiple choice for a fact without good distractors', () => {
    const term = stampedeFacts[2];
    expect(items.some((i) => i.factId === term.id && i.type === 'short')).toBe(true);
    expect(items.some((i) => i.factId === term.id && i.type === 'mcq')).toBe(false);
  });

  it('explains true/false answers with the source sentence', () => {
    const tfs = [1, 2, 3, 4, 5, 6].flatMap((seed) => run({ seed, types: ['truefalse'] }).filter((i) => i.type === 'truefalse'));
    expect(new Set(tfs.map((t) => t.answer))).toEqual(new Set(['True', 'False']));
    for (const t of tfs) {
      const f = factById.get(t.factId)!;
      expect(t.answerType).toBe('boolean');
      expect(t.explanation).toContain(f.sentence);
      if (t.answer === 'True') expect(t.question).toBe(f.statement ?? f.sentence);
      else expect(t.question).not.toContain(f.answer);
    }
  });

  it('is deterministic under a seed and varies across seeds', () => {
    expect(run({ seed: 7 })).toEqual(run({ seed: 7 }));
    const layouts = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(run({ seed }).filter((i) => i.type === 'mcq').map((m) => m.options))));
    expect(layouts.size).toBeGreaterThan(1);
  });

  it('makes only the requested types', () => {
    const both = new Set<string>();
    for (const file of ['seed/russia-japan-2plus2.txt', 'wikinews/wikinews-flag.txt', 'wikinews/wikinews-stampede.txt']) {
      const r = studyText(corpusText(file), { source: file, kind: 'text' });
      const items = generateItems(r.facts, { options: options({ types: ['short', 'cloze'] }), pool: buildDistractorPool(r.facts), headlines: [r.article.title] });
      for (const i of items) both.add(i.type);
    }
    expect(both).toEqual(new Set(['short', 'cloze']));
    expect(run({ types: ['mcq'] }).every((i) => i.type === 'mcq')).toBe(true);
  });

  it('never asks one answer twice: two facts with the same answer give one item', () => {
    const twin = fact({ articleId: 'seed', question: 'Who is the Foreign Minister of Russia?', answer: 'Sergei Lavrov', answerType: 'person', sentence: S_LAVROV, score: 0.5 });
    const lavrov = seedFacts.slice(1, 4);
    const merged = run({ types: ['short'] }, [...lavrov, twin]);
    expect(merged.filter((i: Item) => i.answer === 'Sergei Lavrov')).toHaveLength(1);
    expect(merged.find((i) => i.answer === 'Sergei Lavrov')!.factId).toBe(seedFacts[1].id);
  });

  it('keeps out of the options the values a headline lists with the answer', () => {
    const SOCCER = 'wikinews/wikinews-soccer.txt';
    const match = fact({
      articleId: 'soccer',
      question: 'Which country did Tunisia face at the Volgograd Arena?',
      answer: 'England',
      answerType: 'country',
      sentence: real(SOCCER, 'In the last match of the day, Tunisia faced England at the Volgograd Arena.'),
      score: 0.9,
      related: ['Sweden', 'Belgium', 'South Korea', 'Panama', 'Tunisia'],
    });
    const headline = 'FIFA World Cup 2018 day five: Sweden, Belgium, England win three points';
    const mcqOptions = (headlines: string[], seed: number) =>
      generateItems([match], { options: options({ types: ['mcq'], seed }), pool: buildDistractorPool([match]), headlines })[0]?.options ?? [];
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    // Without the headline the listed winners are fair game (so the check below can fail) …
    expect(seeds.some((seed) => mcqOptions([], seed).some((o) => o === 'Sweden' || o === 'Belgium'))).toBe(true);
    // … with it, never.
    for (const seed of seeds) {
      const opts = mcqOptions([headline], seed);
      expect(opts).toContain('England');
      expect(opts).not.toContain('Sweden');
      expect(opts).not.toContain('Belgium');
    }
  });
});
