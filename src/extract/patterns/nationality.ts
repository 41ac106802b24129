import { definePattern, type FindDrafts } from '../pattern.js';
import { countryNamed, countryOfDemonym, GROUP_NOUNS } from '../../lexicon/index.js';
import { ATTRIBUTION_TAIL, tidyClause, wordCount } from '../text-utils.js';

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

const find: FindDrafts<'nationality'> = (s) => {
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

export default definePattern({
  id: 'nationality',
  describe: 'Which country the people a sentence is about come from, said by its demonym',
  find,
});
