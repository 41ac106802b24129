// Tiny made-up articles (two short paragraphs, a dateline, a person and a place each), quick
// to study: for tests that need many articles but not real-sized ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACES = ['Delhi', 'Paris', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Cairo', 'Quito'];
const PEOPLE = ['Asha Rao', 'Pierre Blanc', 'Grace Otieno', 'Luis Ramos', 'Ingrid Berg', 'Minh Tran'];

/** The text of made-up article number i, dated in `month` of 2021. */
export function madeUpArticle(i, month = 'March') {
  const place = PLACES[i % PLACES.length];
  const person = PEOPLE[(i * 7) % PEOPLE.length];
  return [
    `Summit number ${i} opens in ${place}`,
    `Monday, ${month} ${(i % 28) + 1}, 2021`,
    '',
    `${place.toUpperCase()}: The ${i}th regional summit opened in ${place} on Monday, where ${person}, the Foreign Minister, met ${3 + (i % 40)} delegations.`,
    '',
    `${person} said the meeting would address trade worth ${100 + i} million dollars. It is the first such meeting since ${1990 + (i % 30)}.`,
  ].join('\n');
}

/** `count` made-up articles as files in a new folder `dir`, each dated in `monthOf(i)`. */
export function writeMadeUpArticles(dir, count, monthOf = () => 'March') {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `t${String(i).padStart(5, '0')}.txt`), madeUpArticle(i, monthOf(i)));
}
