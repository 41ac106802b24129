import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { alternation, RELATIVE_NOUNS } from '../../lexicon/index.js';

const RELATIONS = alternation(RELATIVE_NOUNS);
/** "Thomas Sam, 42, and his wife Manju Sam", "Smith's daughter, Anna Smith" */
const AND_HIS = new RegExp(`^(?:,\\s*[^,]{1,20},)?\\s+and\\s+(?:his|her)\\s+(?<rel>${RELATIONS})\\s*,?\\s+$`);
const POSSESSIVE = new RegExp(`^(?:’s|'s)\\s+(?<rel>${RELATIONS})\\s*,?\\s+$`);

/**
 * A named relative of a named person → "Who is Thomas Sam's wife?" → Manju Sam. Both must be
 * people the analyser found, the relative right after the relation word.
 */
const find: FindDrafts<'relation'> = (s) => {
  const drafts: FactDraft<'relation'>[] = [];
  const people = s.entities.filter((e) => e.cls === 'person');
  for (let i = 0; i + 1 < people.length; i++) {
    const [a, b] = [people[i], people[i + 1]];
    const gap = s.text.slice(a.end, b.start);
    const m = AND_HIS.exec(gap) ?? POSSESSIVE.exec(gap);
    if (!m || a.canonical === b.canonical) continue;
    drafts.push({
      pattern: 'relation',
      question: `Who is ${a.canonical}’s ${m.groups!.rel}?`,
      answer: b.canonical,
      answerText: b.text,
      answerStart: b.start,
      answerType: 'person',
      sentenceIndex: s.index,
      confidence: 0.8,
      about: [a.canonical, b.canonical],
      statement: `${b.canonical} is ${a.canonical}’s ${m.groups!.rel}.`,
    });
  }
  return drafts;
};

export default definePattern({
  id: 'relation',
  describe: 'Who a named person’s named relative is: "his wife Manju Sam"',
  find,
});
