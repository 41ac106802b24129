import type { AnswerType, Entity } from '../types.js';

/** Countries of the United Kingdom: gazetteers list them as regions, but news (and football)
 *  treats them as countries. */
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** The answer class of an entity, which decides the question word and the distractors. */
export function answerTypeOf(e: Entity): AnswerType {
  switch (e.cls) {
    case 'person':
      return 'person';
    case 'place':
      return e.placeKind === 'country' || HOME_NATIONS.has(e.canonical) ? 'country' : 'place';
    case 'organisation':
      return 'organisation';
    case 'date':
      return /^\d{4}$/.test(e.text.trim()) ? 'year' : 'date';
    case 'number':
    case 'money':
    case 'percent':
    case 'ordinal':
      return 'number';
    default:
      return 'term';
  }
}

/** "Who", "Which country", "Where", … for a subject or an answer of this type. */
export function whWord(type: AnswerType, e?: Entity): string {
  switch (type) {
    case 'person':
      return 'Who';
    case 'country':
      return 'Which country';
    case 'place':
      // A state, province or world region ("Madhya Pradesh has the highest number of tigers").
      if (e?.placeKind === 'region') return 'Which state or region';
      return e?.placeKind === 'city' ? 'Which city' : e?.placeKind === 'islands' ? 'Which islands' : 'Which place';
    case 'organisation':
      return 'Which organisation';
    case 'date':
      return 'When';
    case 'year':
      return 'In which year';
    case 'number':
      return 'How many';
    default:
      return 'What';
  }
}

/** Country names that take "the" in running text ("the United States", "the Netherlands"). */
export function withArticle(place: string): string {
  if (/^the\s/i.test(place)) return place;
  return /^(United|Republic|Kingdom|Czech Republic|Central African|Dominican)|(s|Islands|Republic|Emirates|Kingdom|Union)$/.test(place) &&
    !/^(Laos|Belarus|Cyprus|Mauritius|Honduras|Barbados|Paris|Athens|Brussels|Texas|Kansas|Illinois|Damascus|Tunis|Lagos|Caracas)$/.test(place)
    ? `the ${place}`
    : place;
}
