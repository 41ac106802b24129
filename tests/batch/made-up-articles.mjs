// Tiny made-up articles (two short paragraphs, a dateline, a person and a place each), quick
// to study: for tests that need many articles but not real-sized ones.
const PLACES = ['Delhi', 'Paris', 'Nairobi', 'Lima', 'Oslo', 'Hanoi', 'Cairo', 'Quito'];
const PEOPLE = ['Asha Rao', 'Pierre Blanc', 'Grace Otieno', 'Luis Ramos', 'Ingrid Berg', 'Minh Tran'];

/** The text of made-up article number i. */
export function madeUpArticle(i) {
  const place = PLACES[i % PLACES.length];
  const person = PEOPLE[(i * 7) % PEOPLE.length];
  return [
    `Summit number ${i} opens in ${place}`,
    `Monday, March ${(i % 28) + 1}, 2021`,
    '',
    `${place.toUpperCase()}: The ${i}th regional summit opened in ${place} on Monday, where ${person}, the Foreign Minister, met ${3 + (i % 40)} delegations.`,
    '',
    `${person} said the meeting would address trade worth ${100 + i} million dollars. It is the first such meeting since ${1990 + (i % 30)}.`,
  ].join('\n');
}
