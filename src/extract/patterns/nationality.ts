import { definePattern, type FindDrafts } from '../pattern.js';
import { countryNamed, countryOfDemonym, countryOfPlace, GROUP_NOUNS } from '../../lexicon/index.js';
import type { Entity } from '../../types.js';
import { ATTRIBUTION_TAIL, tidyClause, wordCount } from '../text-utils.js';
import { homeCountryOf } from '../setting-country.js';
import { normalizeKey } from '../../util/ids.js';

/**
 * People a sentence's subject calls by their country's demonym: "A group of Afghan teenagers was
 * awarded a silver medal …" → "A group of teenagers from which country was awarded a silver
 * medal …?" → Afghanistan; "Indian fishermen were arrested by the Sri Lankan Navy …" →
 * "Fishermen from which country were arrested …?" → India. Who the news happened to is often
 * the headline ("All-girl Afghan team honoured …").
 */
const COUNT =
  '(?:(?:over|nearly|about|around|at least|more than)\\s+)?(?:a|an|the|some|several|many|[\\d,]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens|hundreds|thousands)';
const OPENING = new RegExp(`^(?<pre>(?:${COUNT}\\s+)?(?:(?:group|team|batch|number|delegation|contingent)\\s+of\\s+(?:${COUNT}\\s+)?)?)$`, 'i');

const find: FindDrafts<'nationality'> = (s, ctx) => {
  const e = s.entities.find((x) => x.cls === 'place' && x.start < 40);
  if (!e) return [];
  const pre = OPENING.exec(s.text.slice(0, e.start));
  const country = !countryNamed(e.text) ? countryOfDemonym(e.text) : null;
  if (!pre || !country) return [];
  // The group noun, with one modifier before it ("Afghan robotics team"), then the verb.
  const after = s.text.slice(e.end);
  const m = [/^\s+()(\p{Ll}+)\s+/u.exec(after), /^\s+([\p{Ll}-]+\s+)(\p{Ll}+)\s+/u.exec(after)].find((x) => x && GROUP_NOUNS.has(x[2]));
  if (!m) return [];
  const restAt = e.end + m[0].length;
  const verb = s.tokens.find((t) => t.start === restAt);
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return [];
  // ("… reached the Thomas Cup semis in 1979 while Indonesia are the most successful nation …":
  // what the people did ends where another clause begins.)
  const predicate = tidyClause(s.text.slice(restAt).replace(ATTRIBUTION_TAIL, '').split(/,?\s+(?:while|whereas|but)\s/)[0]);
  if (wordCount(predicate) < 3 || wordCount(predicate) > 32) return [];
  // ("Indian athletes have been conferred with the National Sports Awards … by President Droupadi
  // Murmu": the story's own country, honouring its own, is no news of where they come from; "Indian
  // fishermen were arrested by the Sri Lankan Navy" is, another country being in it.)
  if (homeCountryOf(ctx, true) === normalizeKey(country.name)) {
    const where = s.entities.filter((o) => o.start >= restAt).map(countryOfMention).filter((c): c is string => c !== null);
    if (where.length && where.every((c) => normalizeKey(c) === normalizeKey(country.name))) return [];
  }
  const opening = `${pre.groups!.pre}${m[1]}${m[2]} from which country`;
  return [
    {
      pattern: 'nationality',
      question: `${opening[0].toUpperCase()}${opening.slice(1)} ${predicate}?`,
      answer: country.name,
      answerText: e.text,
      answerStart: e.start,
      answerType: 'country',
      sentenceIndex: s.index,
      confidence: 0.8,
      about: [country.name],
    },
  ];
};

/** The country a place, or a body its demonym opens ("Sri Lankan Navy"), is in; null if none. */
function countryOfMention(e: Entity): string | null {
  if (e.cls === 'place') return (countryOfPlace(e.canonical) ?? countryOfDemonym(e.text))?.name ?? null;
  if (e.cls !== 'organisation') return null;
  const words = e.text.split(/\s+/);
  return (countryOfDemonym(words.slice(0, 2).join(' ')) ?? countryOfDemonym(words[0]))?.name ?? null;
}

export default definePattern({
  id: 'nationality',
  describe: 'Which country the people a sentence is about come from, said by its demonym',
  find,
});
