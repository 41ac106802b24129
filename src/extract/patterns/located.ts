import { answerTypeOf } from '../answer-type.js';
import type { FactDraft } from '../draft.js';
import { definePattern, asWritten, type FindDrafts } from '../pattern.js';
import { upperFirst } from '../text-utils.js';

/**
 * Where something is: "Kaziranga National Park, located in Assam, …", "The Asian Development
 * Bank, headquartered in Manila, …", "Lake Chilika … lies in Odisha" → "Where is Kaziranga
 * National Park located?" → Assam. The place must be the analyser's.
 */
const LINK = /^(?:,\s+|\s+is\s+|\s+was\s+)(?<how>located|situated|headquartered|based)\s+in\s+(?:the\s+)?$|^\s+(?<lies>lies|is)\s+in\s+(?:the\s+)?$/;
const ASKED: Record<string, string> = { located: 'located', situated: 'located', headquartered: 'headquartered', based: 'based' };

const find: FindDrafts<'located'> = (s) => {
  const drafts: FactDraft<'located'>[] = [];
  if (!/\b(?:located|situated|headquartered|based|lies)\s+in\b/.test(s.text)) return drafts;
  const named = s.entities.filter((e) => e.cls === 'organisation' || e.cls === 'place' || e.cls === 'term');
  for (const place of s.entities) {
    if (place.cls !== 'place') continue;
    for (const thing of named) {
      if (thing.end >= place.start || thing === place) continue;
      // "X, the largest … in Asia, lies in Odisha": an appositive may stand between.
      const gap = s.text.slice(thing.end, place.start).replace(/^,\s+the\s+[^,]{3,80},/, ',').replace(/^,\s+(?=lies|is)/, ' ');
      const m = LINK.exec(gap);
      if (!m) continue;
      const how = m.groups!.how ? ASKED[m.groups!.how] : 'located';
      // "is in" asks only of a place ("the town is in Kerala"), never of a body or a term.
      if (m.groups!.lies === 'is' && thing.cls !== 'place') continue;
      const name = asWritten(s, thing);
      drafts.push({
        pattern: 'located',
        question: `Where is ${name} ${how}?`,
        answer: place.canonical,
        answerText: place.text,
        answerStart: place.start,
        answerType: answerTypeOf(place),
        sentenceIndex: s.index,
        confidence: 0.75,
        about: [thing.canonical, place.canonical],
        statement: `${upperFirst(name)} is ${how} in ${place.canonical}.`,
      });
      break;
    }
  }
  return drafts;
};

export default definePattern({
  id: 'located',
  describe: 'Where a named place or body is located or headquartered',
  find,
});
