// Builds a batch of varied articles from the corpus: each copy has its paragraphs reordered,
// one left out, its own title suffix and date, so no two are the same story word for word.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makeBatch(corpusDir, outDir, count) {
  const sources = ['seed', 'wikinews'].flatMap((d) =>
    readdirSync(join(corpusDir, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, d, f), 'utf8')),
  );
  mkdirSync(outDir, { recursive: true });
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < count; i++) {
    const lines = sources[i % sources.length].split(/\n\s*\n/);
    const head = lines[0].split('\n');
    const body = lines.slice(1).filter((p) => !/^0 \/ 0|Sign in|Comments/.test(p));
    const kept = body.filter((_, k) => body.length < 3 || k !== Math.floor(rnd() * body.length));
    kept.sort(() => rnd() - 0.5);
    const day = new Date(Date.UTC(2015, 0, 1) + i * 86400000);
    const date = day.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    const title = `${head[0].trim()} — report ${i + 1}`;
    writeFileSync(join(outDir, `article-${String(i).padStart(5, '0')}.txt`), `${title}\n${date}\n\n${kept.join('\n\n')}\n`);
  }
  return sources.length;
}
