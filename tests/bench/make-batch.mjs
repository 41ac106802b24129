// Builds a batch of varied articles from the corpus. Each copy has its paragraphs reordered,
// one left out, its own title suffix and date, and — so that cross-article dedupe does not
// (rightly) merge the copies as one story — its own names and numbers: every capitalised
// word inside a sentence is swapped, per copy, for another from the corpus (countries for
// countries), and every number for another of the same length.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COUNTRIES = ['Russia', 'Japan', 'China', 'India', 'France', 'Germany', 'Brazil', 'Canada', 'Australia', 'Egypt', 'Kenya', 'Mexico', 'Spain', 'Italy', 'Iran', 'Iraq', 'Israel', 'Pakistan', 'Afghanistan', 'Nigeria', 'Peru', 'Chile', 'Norway', 'Sweden', 'Poland', 'Turkey', 'Greece', 'Vietnam', 'Thailand', 'Indonesia'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty'];
const KEEP = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'This', 'That', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr']);

export function makeBatch(corpusDir, outDir, count) {
  const sources = ['seed', 'wikinews'].flatMap((d) =>
    readdirSync(join(corpusDir, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, d, f), 'utf8')),
  );
  const names = [...new Set(sources.join('\n').match(/\b[A-Z][a-z]{2,}\b/g))].filter((w) => !KEEP.has(w) && !COUNTRIES.includes(w)).sort();
  mkdirSync(outDir, { recursive: true });
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
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
              if (!swap.has(w)) swap.set(w, COUNTRIES.includes(w) ? pick(COUNTRIES) : pick(names));
              return swap.get(w);
            })
            .replace(/\b[A-Z](?:\.?[A-Z])+\b\.?/g, (w) => {
              if (!swap.has(w)) swap.set(w, w.replace(/[A-Z]/g, () => String.fromCharCode(65 + Math.floor(rnd() * 26))));
              return swap.get(w);
            })
            .replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi, () => pick(NUMBER_WORDS))
            .replace(/\b\d+\b/g, (n) => (/^(19|20)\d\d$/.test(n) ? n.slice(0, 2) + String(Math.floor(rnd() * 100)).padStart(2, '0') : String(Math.floor(rnd() * 10 ** n.length)).padStart(n.length, '1')));
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86400000);
    const date = day.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const title = `${head[0].trim()} — report ${i + 1}`;
    writeFileSync(join(outDir, `article-${String(i).padStart(5, '0')}.txt`), `${title}\n${date}\n\n${kept.map(vary).join('\n\n')}\n`);
  }
  return sources.length;
}
