// Hostile article shapes for `npm run bench -- --pathological` and tests/hardening: each is a
// short normal article carrying one shape grown to about `bytes` (issue 18).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS = fileURLToPath(new URL('../fixtures/corpus/wikinews/', import.meta.url));

const LEAD = 'Budget talks\n\nTOKYO, November 2, 2013: Finance Minister Taro Aso said on Saturday that the government would present its plan to parliament next week. The opposition has criticised the timing of the plan.\n\n';
const TAIL = '\n\nThe cabinet is expected to approve the plan on Monday, officials said.\n';

const repeat = (unit, bytes) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));

/** Real news sentences (the corpus's), so that the long shapes give varied facts to check. */
let corpusSentences;
function sentencesOfCorpus() {
  corpusSentences ??= readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(CORPUS + f, 'utf8').split(/\n\s*\n/).slice(2))
    .flatMap((p) => p.replace(/\s+/g, ' ').split(/(?<=[.!?]) (?=[A-Z])/))
    .filter((s) => s.length > 40 && s.length < 400);
  return corpusSentences;
}
const SYLLABLES = ['ka', 'ro', 'mi', 'ta', 'ne', 'lo', 'su', 'vi', 'da', 're', 'no', 'pa', 'si', 'te', 'ba', 'lu'];
/** A made-up name per number: 65,536 of them before one repeats. */
const madeUpName = (i) => {
  let s = '';
  for (let k = 0; k < 4; k++, i = Math.floor(i / 16)) s += SYLLABLES[i % 16];
  return s[0].toUpperCase() + s.slice(1);
};
const NAMES = ['Taro Aso', 'Shinzo Abe', 'Kenji Sato', 'Yuki Tanaka', 'Vladimir Putin', 'Sergei Lavrov', 'Angela Merkel', 'Maria Lopez'];

/** [name, file extension, text] for each shape, about `bytes` long. */
export function pathologicalShapes(bytes) {
  const fill = (make, sep) => {
    const out = [];
    for (let i = 0, n = 0; n < bytes; i++) {
      const s = make(i);
      out.push(s);
      n += s.length + sep.length;
    }
    return out.join(sep);
  };
  const corpus = sentencesOfCorpus();
  // Each copy made different (a repeated paragraph is rightly dropped as furniture).
  const vary = (s, i) => `On day ${i + 1}, ${s.replace(/^(?:The|A|An|It|He|She|They|This) /, (w) => w.toLowerCase())}`;
  const sentences = (sep) => fill((i) => vary(corpus[i % corpus.length], i), sep);
  const distinct = (i) => `Mr ${madeUpName(i)} ${madeUpName(i + 7)} met Ms ${madeUpName(i + 3)} ${madeUpName(i + 11)} in Tokyo, and he said she would join the panel.`;
  const names = (i) => `${NAMES[i % 8]} met ${NAMES[(i + 3) % 8]}, ${NAMES[(i + 5) % 8]} and ${NAMES[(i + 6) % 8]} in Tokyo.`;
  return [
    ['giant word', 'txt', `${LEAD}The word ${repeat('a', bytes)} was read out by the minister in Tokyo.${TAIL}`],
    ['long digit groups', 'txt', `${LEAD}The budget was ${repeat('123,', bytes)}123 dollars, Finance Minister Taro Aso said in Tokyo on Saturday.${TAIL}`],
    ['20,000 sentences', 'txt', LEAD + sentences('\n\n') + TAIL],
    ['one long line', 'txt', LEAD + sentences(' ') + TAIL],
    ['repeated names', 'txt', LEAD + fill(names, ' ') + TAIL],
    // Not in the list: every name new, which made the per-fact scan of names quadratic.
    ['distinct names', 'txt', LEAD + fill(distinct, ' ') + TAIL],
    ['data URI', 'md', `${LEAD}The chart below shows the plan. ![chart](data:image/png;base64,${repeat('iVBORw0KGgoAAAANSUhEUgAA', bytes)}) It was published on Saturday.${TAIL}`],
  ];
}
