import type { AnswerType, Entity } from '../types.js';
import { organisationKind, regionNamed } from '../lexicon/index.js';

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
const KIND_WH: Partial<Record<string, string>> = { party: 'Which party', ministry: 'Which ministry', court: 'Which court', university: 'Which university' };

export function whWord(type: AnswerType, e?: Entity): string {
  switch (type) {
    case 'person':
      return 'Who';
    case 'country':
      return 'Which country';
    case 'place':
      // A state, province or world region ("Madhya Pradesh has the highest number of tigers").
      // ("Which state has the highest number of tigers?": a state the lexicon knows is asked as one,
      // a union territory as one; any other region keeps both words.)
      if (e?.placeKind === 'region') {
        const known = regionNamed(e.canonical);
        if (known?.kind === 'state') return known.territory ? (known.country === 'India' ? 'Which union territory' : 'Which territory') : 'Which state';
        return 'Which state or region';
      }
      return e?.placeKind === 'city' ? 'Which city' : e?.placeKind === 'islands' ? 'Which islands' : 'Which place';
    case 'organisation': {
      // "Which party won 48 of the 90 seats?": a kind the name itself says (or the lexicon knows
      // for sure) asks by it; any other body is an organisation.
      const kind = e ? organisationKind(e.canonical) : null;
      // ("Which college is at the fourth spot?": a place of learning by what its name calls it.)
      if (kind === 'university') return /\bCollege\b/.test(e!.canonical) ? 'Which college' : /\bInstitute\b/.test(e!.canonical) ? 'Which institute' : /\bSchool\b/.test(e!.canonical) ? 'Which school' : 'Which university';
      // ("Which House had passed the Bills …?" → Lok Sabha; Parliament is both Houses.)
      if (kind === 'legislature') return /\b(?:Sabha|House|Assembly|Council|Senate|Parishad)\b/.test(e!.canonical) ? 'Which House' : 'Which legislature';
      // ("Which team secured the bronze medal …?" → Indian Men's Hockey Team: a side by its kind.)
      if (e && /\b(?:Team|Teams|XI|Squad|Side)$/.test(e.canonical)) return 'Which team';
      return kind && kind in KIND_WH ? KIND_WH[kind]! : 'Which organisation';
    }
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
