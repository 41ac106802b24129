import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { normalizeKey } from '../../util/ids.js';
import { countryNamed, countryOfCapital, stateKnownOf, stateNamed } from '../../lexicon/index.js';
import { whWord } from '../answer-type.js';

/**
 * "near Mecca, Saudi Arabia", "from Sydney, Australia", "in Kanata, Ontario" → "In which country
 * is Mecca?" → Saudi Arabia: the place-and-country pairs exam quizzes ask as "places in news".
 */
const LEAD_SENTENCES = 2;

const find: FindDrafts<'place-in'> = (s, ctx) => {
  const drafts: FactDraft<'place-in'>[] = [];
  // ("the LPSC of the ISRO in Valiamala, Kerala", in a profile's fifth sentence: where the news
  // happened is told in the lead; a place further on is a detail of someone's past.)
  if (s.index > LEAD_SENTENCES) return drafts;
  const places = s.entities.filter((e) => e.cls === 'place');
  for (const inner of places) {
    if (inner.placeKind === 'country' || inner.placeKind === 'continent') continue;
    const outer = places.find((e) => e.start === inner.end + 2 && s.text.slice(inner.end, e.start) === ', ');
    if (!outer || (outer.placeKind !== 'country' && outer.placeKind !== 'region')) continue;
    // ("At the Gold Coast, Indian paddlers …": a people's adjective opens the next phrase; only a
    // country's or a state's own name says where the place is.)
    if (outer.placeKind === 'country' && !countryNamed(outer.text)) continue;
    // A state is not in a state ("Haryana, Maharashtra"), and neither is any name of a list.
    if (inner.placeKind === 'region' && outer.placeKind === 'region') continue;
    if (inList(s.text, inner.start, outer.end)) continue;
    // ("the right-hand batter from Fazilka, Punjab": where someone comes from is a line of their
    // profile, no place in the news.)
    if (ORIGIN_BEFORE.test(s.text.slice(Math.max(0, inner.start - 40), inner.start))) continue;
    // ("a billion dreams to the Moon, India's launch vehicle …": a possessive opens a new phrase.)
    if (/^['’]s\b/.test(s.text.slice(outer.end))) continue;
    // ("At the 2025 Deaflympics, India took home 20 medals": the country opens the main clause, the
    // place before the comma is the opening phrase's.)
    if (/^\s+(?:(?:has|have|had)\s+)?(?:took|won|bagged|clinched|secured|finished|emerged|became|is|was|will|topped|claimed|made|\p{Ll}+ed)\b/u.test(s.text.slice(outer.end))) continue;
    // ("… Indian triumphs in Hangzhou, China": a pair the headline prints is known to its reader.)
    if (ctx.headlineKey.includes(` ${normalizeKey(inner.text)} `) && ctx.headlineKey.includes(` ${normalizeKey(outer.text)} `)) continue;
    // ("at Moscow, Russia": a country's capital is known to every reader, no news.)
    if (countryOfCapital(inner.canonical)?.name === countryNamed(outer.canonical)?.name && countryNamed(outer.canonical)) continue;
    // ("in New Jersey, the US": a state of its country is known to every reader too.)
    const state = stateNamed(inner.canonical);
    if (state?.country && state.country === countryNamed(outer.canonical)?.name) continue;
    // ("in Mumbai, Maharashtra": a metro's or a state capital's state is known to every reader too.)
    if (outer.placeKind === 'region' && stateKnownOf(inner.canonical)) continue;
    const isCountry = outer.placeKind === 'country';
    drafts.push({
      pattern: 'place-in',
      // ("In which state is Chitradurga?": a state the lexicon knows is asked as one.)
      question: `In ${isCountry ? 'which country' : whWord('place', outer).replace(/^Which/, 'which')} is ${inner.canonical}?`,
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

/** "hailing from ", "a native of ", "the batter from ": someone's home town next. */
const ORIGIN_BEFORE = /\b(?:hail(?:s|ed|ing)?\s+from|(?:native|resident)s?\s+of|belong(?:s|ed|ing)?\s+to|(?:batter|batsman|bowler|cricketer|player|athlete|boxer|wrestler|shooter|archer|girl|boy|youth|student|man|woman|youngster)\s+from)\s+$/;

/** "Jammu and Kashmir, Haryana, Maharashtra, Jharkhand and Delhi": a name with another name
 *  listed before or after the pair is a list item, not "city, country". */
function inList(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  return /\p{Lu}[\p{L}.-]*,\s*$/u.test(before) || /^\s*(?:,|and\b|&)\s*\p{Lu}/u.test(after) || /\b(?:and|&)\s+$/.test(before);
}

export default definePattern({
  id: 'place-in',
  describe: 'The country of a place written "City, Country"',
  find,
});
