// Builds a batch of varied articles from the corpus, for `npm run bench`. Each copy has its
// paragraphs reordered, one left out, its own title suffix and date, and — so that
// cross-article dedupe does not (rightly) merge the copies as one story — its own names and
// numbers and quoted terms: every capitalised word that is not a title, month, weekday or function word is
// replaced, per copy, by a made-up name built from syllables (so no two copies share a person,
// a place or an organisation), countries by other countries, and every number by another.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const COUNTRIES = require('world-countries').map((c) => c.name.common).filter((n) => /^[A-Z][a-z]+$/.test(n));
const TITLES = new Set(['President', 'Minister', 'Prime', 'Foreign', 'Defence', 'Defense', 'Chancellor', 'King', 'Queen', 'Prince', 'Secretary', 'General', 'Governor', 'Mayor', 'Senator', 'Professor', 'Emeritus', 'Ambassador', 'Chairman', 'Chief', 'Director', 'Coach', 'Captain', 'Judge', 'Justice', 'Premier', 'Spokesman', 'Spokeswoman', 'Deputy', 'Vice', 'Crown']);
const KEEP = new Set([...TITLES, 'The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'As', 'After', 'Before', 'When', 'While', 'According', 'Last', 'Next', 'For', 'With', 'From', 'To', 'By', 'Of', 'If', 'So', 'Also', 'However', 'Some', 'Many', 'Most', 'Both', 'There', 'Here', 'What', 'Who', 'Which', 'Where', 'How', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr', 'Islands', 'Island', 'River', 'Sea', 'Ocean', 'University', 'Ministry', 'Agency', 'Council', 'Court', 'Party', 'Force', 'Navy', 'Army', 'Church', 'Hall', 'Station', 'Stadium', 'Festival', 'Project', 'Program', 'Programme', 'Times', 'Post', 'News', 'Herald']);
const SYLLABLES = ['ka', 'ro', 'mi', 'ta', 'ne', 'lo', 'su', 'vi', 'da', 're', 'no', 'pa', 'si', 'te', 'ba', 'lu', 'ga', 'mo', 'ri', 'ze', 'ha', 'ki', 'fo', 'le', 'na', 'to', 'vu', 'sa', 'de', 'mu'];

export function makeBatch(corpusDir, outDir, count) {
  const sources = ['seed', 'wikinews'].flatMap((d) =>
    readdirSync(join(corpusDir, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, d, f), 'utf8')),
  );
  mkdirSync(outDir, { recursive: true });
  // mulberry32: 32-bit integer arithmetic (an LCG in doubles loses its low bits and cycles).
  let seed = 42;
  const rnd = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const madeUp = () => {
    const n = 3 + Math.floor(rnd() * 2);
    let w = '';
    for (let k = 0; k < n; k++) w += pick(SYLLABLES);
    return w[0].toUpperCase() + w.slice(1);
  };
  for (let i = 0; i < count; i++) {
    const lines = sources[i % sources.length].split(/\n\s*\n/);
    const head = lines[0].split('\n');
    const body = lines.slice(1).filter((p) => !/^0 \/ 0|Sign in|Comments/.test(p));
    const kept = body.filter((_, k) => body.length < 3 || k !== Math.floor(rnd() * body.length));
    kept.sort(() => rnd() - 0.5);
    // The first copy of each source is left as it is: the real article is in every batch.
    const swap = new Map();
    const vary = (text) =>
      i < sources.length
        ? text
        : text
            .replace(/\b[A-Z][a-z]{2,}\b/g, (w) => {
              if (KEEP.has(w)) return w;
              if (!swap.has(w)) swap.set(w, COUNTRIES.includes(w) ? pick(COUNTRIES) : madeUp());
              return swap.get(w);
            })
            .replace(/\b[A-Z](?:\.?[A-Z])+\b\.?/g, (w) => {
              if (!swap.has(w)) swap.set(w, w.replace(/[A-Z]/g, () => String.fromCharCode(65 + Math.floor(rnd() * 26))));
              return swap.get(w);
            })
            .replace(/\b(two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|half)\b/gi, () => String(2 + Math.floor(rnd() * 900)))
            // Quoted words are terms the extractor asks about: vary them too.
            .replace(/([“"])([a-z][a-z ]{2,30})([”"])/g, (_, open, inner, close) => `${open}${inner.split(' ').map(() => madeUp().toLowerCase()).join(' ')}${close}`)
            .replace(/\b(1[0-9]{3}|20[0-9]{2})s\b/g, () => `${1800 + Math.floor(rnd() * 20) * 10}s`)
            .replace(/\b\d+\b/g, (n) => (/^(19|20)\d\d$/.test(n) ? n.slice(0, 2) + String(Math.floor(rnd() * 100)).padStart(2, '0') : String(Math.floor(rnd() * 10 ** n.length)).padStart(n.length, '1')));
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86400000);
    const date = day.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const title = `${head[0].trim()} — report ${i + 1}`;
    writeFileSync(join(outDir, `article-${String(i).padStart(5, '0')}.txt`), `${title}\n${date}\n\n${kept.map(vary).join('\n\n')}\n`);
  }
  return sources.length;
}
