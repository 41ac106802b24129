import { definePattern, namedEntityEndingAt, type FindDrafts } from '../pattern.js';
import { tidyClause, wordCount } from '../text-utils.js';
import type { FactDraft } from '../draft.js';
import { baseOfPast } from '../verb-forms.js';

const HEADS = 'exercises|exercise|drills|drill|talks|patrols|operations|projects|cooperation|ties|partnership|dialogue|research|trade|investment|reforms|measures|sanctions|tests|trials';

/**
 * "Russia and Japan have agreed to conduct the first ever anti-terrorism and anti-piracy
 * exercises between …" → "What kind of exercises have Russia and Japan agreed to conduct …?"
 * → "anti-terrorism and anti-piracy". The kind is the modifiers before a generic head noun.
 */
const RE = new RegExp(
  `(?<aux>have|has|had)?\\s*(?<verb>agreed|decided|planned|pledged|promised|voted)\\s+to\\s+(?<vb>[a-z]+)\\s+` +
    `(?:the\\s+|a\\s+|an\\s+|their\\s+)?(?:first(?:[\\s-]ever)?\\s+|joint\\s+|new\\s+|more\\s+)?` +
    `(?<kind>[a-z][\\w-]*(?:\\s+and\\s+[a-z][\\w-]*|,\\s+[a-z][\\w-]*)*)\\s+(?<head>${HEADS})\\b(?<rest>[^;,.]*)`,
  'dg',
);

const find: FindDrafts<'agreed-kind'> = (s) => {
  const drafts: FactDraft<'agreed-kind'>[] = [];
  if (!/\b(?:agreed|decided|planned|pledged|promised|voted) to\b/.test(s.text)) return drafts;
  for (const m of s.text.matchAll(RE)) {
    const g = m.groups!;
    const subjectEnd = m.indices!.groups!.aux?.[0] ?? m.indices!.groups!.verb![0];
    const subject = subjectPhrase(s, subjectEnd);
    if (!subject || /^(joint|new|bilateral|more|further|the)$/.test(g.kind)) continue;
    const rest = tidyClause(g.rest);
    const aux = g.aux ? `${g.aux} ${subject} ${g.verb}` : `did ${subject} ${baseOfPast(g.verb) ?? g.verb}`;
    drafts.push({
      pattern: 'agreed-kind',
      question: `What kind of ${g.head} ${aux} to ${g.vb}${rest && wordCount(rest) <= 16 ? ` ${rest}` : ''}?`,
      answer: g.kind,
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.75,
      about: [],
    });
  }
  return drafts;
};

/** "Russia and Japan" / "The two countries" / a single named entity right before the verb. */
function subjectPhrase(s: Parameters<FindDrafts>[0], end: number): string | null {
  const last = namedEntityEndingAt(s, end);
  if (!last) return null;
  const before = s.text.slice(0, last.start);
  const first = /(?:^|\s)([A-Z][\w\s]*?)\s+and\s+$/.exec(before);
  const firstEntity = first ? namedEntityEndingAt(s, last.start - ' and '.length) : null;
  return firstEntity ? `${firstEntity.text} and ${last.text}` : last.text;
}

export default definePattern({
  id: 'agreed-kind',
  describe: 'What kind of exercises, talks or projects named parties agreed to hold',
  find,
});
