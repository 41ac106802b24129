import type { Entity, Sentence } from '../../types.js';
import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { openingName } from '../article-context.js';
import { withThe } from '../../util/definite-article.js';

/**
 * Capitals, as "places in news" quizzes ask them: "Malé, the capital of the Maldives", "the
 * capital of Azerbaijan, Baku", "Kenya's capital, Nairobi", "Its capital is Malé" (after a
 * sentence about the country) → "What is the capital of the Maldives?" → Malé.
 */
const CITY_THEN_COUNTRY = /^,\s+the\s+capital\s+(?:city\s+)?of\s+(?:the\s+)?$/;
const CAPITAL_OF = /\bcapital\s+(?:city\s+)?of\s+(?:the\s+)?$/;
const THEN_CITY = /^(?:,\s+|\s+is\s+)$/;
const OWNERS_CAPITAL = /^['’]s\s+capital(?:\s+city)?(?:,\s+|\s+is\s+)$/;
const ITS_CAPITAL = /^Its\s+capital(?:\s+city)?(?:,\s+|\s+is\s+)$/;

const isCountry = (e: Entity | null | undefined): e is Entity => e?.cls === 'place' && e.placeKind === 'country';
const isCity = (e: Entity | undefined): e is Entity => e?.cls === 'place' && e.placeKind !== 'country' && e.placeKind !== 'continent';

const find: FindDrafts<'capital'> = (s, ctx) => {
  if (!/\bcapital\b/.test(s.text)) return [];
  const drafts: FactDraft<'capital'>[] = [];
  const between = (a: Entity, b: Entity) => s.text.slice(a.end, b.start);
  const places = s.entities.filter((e) => e.cls === 'place');
  for (let i = 0; i < places.length; i++) {
    const a = places[i];
    const b = places[i + 1];
    if (b && isCity(a) && isCountry(b) && CITY_THEN_COUNTRY.test(between(a, b))) drafts.push(draft(s, b, a));
    else if (b && isCountry(a) && isCity(b) && CAPITAL_OF.test(s.text.slice(0, a.start)) && THEN_CITY.test(between(a, b))) drafts.push(draft(s, a, b));
    else if (b && isCountry(a) && isCity(b) && OWNERS_CAPITAL.test(between(a, b))) drafts.push(draft(s, a, b));
  }
  const first = places[0];
  if (isCity(first) && ITS_CAPITAL.test(s.text.slice(0, first.start))) {
    const country = openingName(ctx.analyzed.sentences[s.index - 1]);
    if (isCountry(country)) drafts.push(draft(s, country, first));
  }
  return drafts;
};

function draft(s: Sentence, country: Entity, city: Entity): FactDraft<'capital'> {
  const name = withThe(country.canonical);
  return {
    pattern: 'capital',
    question: `What is the capital of ${name}?`,
    answer: city.canonical,
    answerText: city.text,
    answerStart: city.start,
    answerType: 'place',
    sentenceIndex: s.index,
    confidence: 0.8,
    about: [city.canonical, country.canonical],
    statement: `${city.canonical} is the capital of ${name}.`,
  };
}

export default definePattern({
  id: 'capital',
  describe: 'The capital of a country, in each way news writes it',
  find,
});
