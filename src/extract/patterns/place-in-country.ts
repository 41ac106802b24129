import type { FactDraft } from '../draft.js';
import type { Pattern } from '../pattern.js';

/**
 * "near Mecca, Saudi Arabia", "from Sydney, Australia", "in Kanata, Ontario" → "In which country
 * is Mecca?" → Saudi Arabia: the place-and-country pairs exam quizzes ask as "places in news".
 */
export const placeInCountry: Pattern = (s) => {
  const drafts: FactDraft[] = [];
  const places = s.entities.filter((e) => e.cls === 'place');
  for (const inner of places) {
    if (inner.placeKind === 'country' || inner.placeKind === 'continent') continue;
    const outer = places.find((e) => e.start === inner.end + 2 && s.text.slice(inner.end, e.start) === ', ');
    if (!outer || (outer.placeKind !== 'country' && outer.placeKind !== 'region')) continue;
    const isCountry = outer.placeKind === 'country';
    drafts.push({
      pattern: 'place-in',
      question: `In which ${isCountry ? 'country' : 'state or region'} is ${inner.canonical}?`,
      answer: outer.canonical,
      answerText: outer.text,
      answerType: isCountry ? 'country' : 'place',
      sentenceIndex: s.index,
      confidence: 0.7,
      about: [inner.canonical, outer.canonical],
      statement: `${inner.canonical} is in ${outer.canonical}.`,
    });
  }
  return drafts;
};
