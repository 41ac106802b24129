#!/usr/bin/env node
// `npm run eval`: the quality report over the development corpus (tests/fixtures/corpus).
// Usage: npm run eval [-- --dir DIR] [--sample N] [--items]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { studyText, buildDocument, DEFAULT_TYPES, TOPIC_IDS } from '../../dist/index.js';
import { readTopicLabels, topicAgreement } from './topic-agreement.mjs';
import { ambiguousSurname, blankInsideName, blankOnTopic, itemChecks, mixedOptions, recalled, salientCoverage, setChecks } from './metrics.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const root = opt('dir', join(here, '../fixtures/corpus'));
const sample = Number(opt('sample', 0));
const showItems = args.includes('--items');

const files = ['seed', 'wikinews']
  .map((d) => join(root, d))
  .filter(existsSync)
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f)));

const results = files.map((path) => studyText(readFileSync(path, 'utf8'), { source: path, kind: 'text', fileName: basename(path) }));
const doc = buildDocument(results, { types: DEFAULT_TYPES, seed: 1, maxPerArticle: 20 });

let checkMcq = null;
try {
  ({ checkMcq } = await import('../../dist/generate/check-mcq.js'));
} catch {}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0)}%` : '—');
const rows = [];
const totals = { topicBlanks: 0, nameBlanks: 0, mixed: 0, surnames: 0, setItems: 0, facts: 0, sentences: 0, shown: 0, headlineTop3: 0, headlineArticles: 0, keyRecalled: 0, keyTotal: 0, shortSets: 0, longArticles: 0, strictSalient: 0, strictCovered: 0, items: 0, words: 0, found: 0, leaked: 0, dangling: 0, wellFormed: 0, salient: 0, covered: 0, mcq: 0, mcqOk: { distinct: 0, sameClass: 0, noAlias: 0, notTrueInArticle: 0 } };
for (const [i, r] of results.entries()) {
  const text = [r.article.title, ...r.article.paragraphs].join('\n');
  const items = doc.items.filter((it) => it.articleId === r.article.id);
  const words = r.article.paragraphs.join(' ').split(/\s+/).length;
  const checks = items.map((it) => itemChecks(it, text));
  const jsonPath = files[i].replace(/\.txt$/, '.json');
  const annotation = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : null;
  const cov = annotation?.salientEntities ? salientCoverage(items, annotation) : null;
  const strict = annotation?.salientEntities ? salientCoverage(items, annotation, text) : null;
  if (strict) { totals.strictSalient += strict.salient; totals.strictCovered += strict.covered; }
  const count = (k) => checks.filter((c) => c[k]).length;
  const set = setChecks(items, annotation);
  totals.facts += set.facts; totals.sentences += set.sentences; totals.shown += set.shown;
  if (set.headlineTop3 !== null) { totals.headlineArticles++; if (set.headlineTop3) totals.headlineTop3++; }
  if (set.keyRecalled !== null) { totals.keyRecalled += set.keyRecalled; totals.keyTotal += Math.min(10, set.keyTotal); }
  if (words >= 300) { totals.longArticles++; if (items.length < 6) totals.shortSets++; }
  const faults = {
    topicBlanks: items.filter((it) => blankOnTopic(it, r.article.title, text)).length,
    nameBlanks: items.filter(blankInsideName).length,
    mixed: items.filter(mixedOptions).length,
    surnames: items.filter((it) => ambiguousSurname(it, text)).length,
  };
  for (const k of Object.keys(faults)) totals[k] += faults[k];
  const row = { article: basename(files[i], '.txt'), items: items.length, per100: ((100 * items.length) / words).toFixed(1), found: pct(count('found'), items.length), leaked: pct(count('leaked'), items.length), dangling: pct(count('dangling'), items.length), wellFormed: pct(count('wellFormed'), items.length), facts: set.facts, sentences: set.sentences, shown: set.shown, head3: set.headlineTop3 === null ? '—' : set.headlineTop3 ? 'yes' : 'no', key10: set.keyRecalled === null ? '—' : `${set.keyRecalled}/${Math.min(10, set.keyTotal)}`, topicBlank: faults.topicBlanks, nameBlank: faults.nameBlanks, mixed: faults.mixed, surname: faults.surnames, salient: cov ? `${cov.covered}/${cov.salient}` : '—', missed: cov ? cov.missed.join('; ') : '' };
  rows.push(row);
  totals.items += items.length; totals.words += words;
  for (const k of ['found', 'leaked', 'dangling', 'wellFormed']) totals[k] += count(k);
  if (cov) { totals.salient += cov.salient; totals.covered += cov.covered; }
  if (checkMcq) for (const it of items.filter((x) => x.type === 'mcq')) {
    totals.mcq++;
    const c = checkMcq(it, text);
    for (const k of Object.keys(totals.mcqOk)) if (c[k]) totals.mcqOk[k]++;
  }
  if (showItems) {
    console.log(`\n## ${r.article.title}`);
    if (annotation?.headline) console.log(`  gold: ${annotation.headline.answer} | ${annotation.keyFacts.map((k) => k.answer).join(' | ')}`);
    for (const it of items) console.log(`- ${set.shownItems.includes(it) ? 'SHOWN ' : ''}[${it.type}/${it.answerType} ${it.score}] ${it.question.replace(/\n/g, ' / ')} → ${it.answer}${it.options ? `  {${it.options.join(' | ')}}` : ''}`);
  }
}
console.table(rows.map(({ missed, ...r }) => r));
for (const r of rows) if (r.missed) console.log(`  ${r.article}: salient not asked: ${r.missed}`);
const n = totals.items;
console.log(`\nFAULTS: blanks on the topic entity ${totals.topicBlanks}  blanks inside a longer name ${totals.nameBlanks}  options of mixed fine kinds ${totals.mixed}  items resting on an ambiguous surname ${totals.surnames}`);
const recallable = doc.items.filter((it) => recalled(it).length > 0).length;
console.log(`\nSET: items ${n}  distinct facts ${totals.facts}  distinct sentences ${totals.sentences}  answers shown in another item ${pct(totals.shown, recallable)} (${totals.shown}/${recallable})  headline fact in top 3 ${pct(totals.headlineTop3, totals.headlineArticles)} (${totals.headlineTop3}/${totals.headlineArticles})  key-fact recall@10 ${pct(totals.keyRecalled, totals.keyTotal)} (${totals.keyRecalled}/${totals.keyTotal})  sets under 6 items for 300+ words ${totals.shortSets}/${totals.longArticles}`);
console.log(`\nTOTAL articles ${results.length}  items ${n}  items/article ${(n / results.length).toFixed(1)}  items/100 words ${((100 * n) / totals.words).toFixed(2)}`);
console.log(`found ${pct(totals.found, n)}  leaked ${pct(totals.leaked, n)}  dangling ${pct(totals.dangling, n)}  well-formed ${pct(totals.wellFormed, n)}  salient coverage ${pct(totals.covered, totals.salient)} (${totals.covered}/${totals.salient}; names capitalised mid-sentence only: ${pct(totals.strictCovered, totals.strictSalient)}, ${totals.strictCovered}/${totals.strictSalient})`);
if (checkMcq) console.log(`MCQ ${totals.mcq}: distinct ${pct(totals.mcqOk.distinct, totals.mcq)}  same class ${pct(totals.mcqOk.sameClass, totals.mcq)}  no alias of answer ${pct(totals.mcqOk.noAlias, totals.mcq)}  none true in article ${pct(totals.mcqOk.notTrueInArticle, totals.mcq)}`);
const byType = {};
for (const it of doc.items) byType[it.type] = (byType[it.type] ?? 0) + 1;
console.log(`by type: ${JSON.stringify(byType)}`);

if (sample > 0) {
  // A seeded pick so the same report shows the same sample.
  let s = 12345;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const picked = [...doc.items].sort(() => 0).map((it) => [rnd(), it]).sort((a, b) => a[0] - b[0]).slice(0, sample).map((x) => x[1]);
  console.log(`\n${sample} items at random:`);
  for (const it of picked) console.log(`- [${it.type}] ${it.question.replace(/\n/g, ' / ')}${it.options ? `  (${it.options.map((o, k) => `${String.fromCharCode(97 + k)}) ${o}`).join(' ')})` : ''} → ${it.answer}`);
}

// Topics against the labels a person gave: the corpus, written/ and topics/ (labels.json).
const fixtures = join(here, '../fixtures');
const labelled = Object.entries(readTopicLabels(fixtures)).map(([path, labels]) => {
  const r = studyText(readFileSync(join(fixtures, path), 'utf8'), { source: path, kind: 'text', fileName: basename(path) });
  return { path, labels, predicted: r.topics.map((t) => t.topic) };
});
const agreement = topicAgreement(labelled, TOPIC_IDS);
const share = (x) => (x === null ? '—' : `${(100 * x).toFixed(0)}%`);
console.log(`\nTOPICS articles ${agreement.articles}  precision ${share(agreement.precision)}  recall ${share(agreement.recall)}  exactly the labels ${share(agreement.exact)}  first topic labelled ${share(agreement.firstRight)}  left unsorted ${agreement.unsorted}`);
for (const group of ['corpus', 'written', 'topics']) {
  const part = topicAgreement(labelled.filter((a) => a.path.startsWith(`${group}/`)), TOPIC_IDS);
  console.log(`  ${group}/: articles ${part.articles}  precision ${share(part.precision)}  recall ${share(part.recall)}  exactly the labels ${share(part.exact)}`);
}
console.log(`  per topic (precision / recall / accuracy): ${agreement.perTopic.map((p) => `${p.topic} ${share(p.precision)}/${share(p.recall)}/${share(p.accuracy)}`).join('  ')}`);
for (const a of labelled) {
  const same = a.predicted.length === a.labels.length && a.predicted.every((t) => a.labels.includes(t));
  if (!same) console.log(`  ${a.path}: labelled ${a.labels.join(' + ')}, given ${a.predicted.join(' + ') || 'none'}`);
}
