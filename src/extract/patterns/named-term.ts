import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { tidyClause, upperFirst, wordCount } from '../text-utils.js';

const HEADS = 'strategy|policy|doctrine|campaign|operation|programme|program|initiative|plan|project|scheme|mission|theory|concept|principle|slogan|motto|theme|movement|law|act|bill|treaty|agreement|accord|robot|ship|satellite|rocket|vessel|spacecraft|website|site|app|book|film|report|exercise|festival|award';

/** "Japan’s strategy of “active pacifism”", "the Afghan team's robot, named “Better Idea …”" */
const NAMED = new RegExp(
  `(?<np>\\b(?:[Tt]he\\s+|[Aa]n?\\s+)?(?:(?:[\\w-]+\\s+){0,2}?[\\w-]+(?:’s|'s)\\s+)?(?:[\\w-]+\\s+){0,3}?(?<head>${HEADS}))` +
    `,?\\s+(?<link>of|called|named|dubbed|known as|titled|entitled)\\s+[“"‘](?<term>[^”"’]{2,60}?)[,.]?[”"’]`,
  'dg',
);

/**
 * A named thing the article defines or attributes → "What is Japan’s strategy called?" →
 * "active pacifism". The noun phrase must say whose or which thing it is.
 */
const find: FindDrafts<'named-term'> = (s) => {
  const drafts: FactDraft<'named-term'>[] = [];
  if (!/[“"‘]/.test(s.text)) return drafts;
  for (const m of s.text.matchAll(NAMED)) {
    const g = m.groups!;
    // The match may start on a preposition ("over Japan’s strategy"): the phrase starts after it.
    const np = tidyClause(g.np)
      .replace(/^(?:(?:over|of|in|on|at|for|with|by|from|to|and|or|about|under|into|as)\s+)+/i, '')
      .replace(/^(The|A|An)\s/, (d) => d.toLowerCase());
    const owned = /(’s|'s)\s/.test(np) || /^(the|a|an)\s+\S+\s+\S+/.test(np);
    if (!owned || wordCount(np) > 8 || /^(this|that|its|their|his|her)\b/i.test(np)) continue;
    const term = g.term.trim();
    if (wordCount(term) > 8) continue;
    const subject = /^(a|an)\s/.test(np) ? np.replace(/^(a|an)\s/, 'the ') : np;
    drafts.push({
      pattern: 'named-term',
      question: `What is ${subject} called?`,
      answer: term,
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.8,
      about: [term],
      statement: `${upperFirst(subject)} is called “${term}”.`,
    });
  }
  return drafts;
};

export default definePattern({
  id: 'named-term',
  describe: 'What a thing the article names in quotation marks is called',
  find,
});
