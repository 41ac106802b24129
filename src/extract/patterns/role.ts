import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { wordCount } from '../text-utils.js';
import { alternation, officeWords } from '../../lexicon/index.js';

// Lower-case as prose writes a role after a name, or capitalised as Indian releases write it ("Sheikh
// Tamim Bin Hamad Al Thani, the Amir of Qatar,"); acronyms ("CEO") as they are.
const HEADS = alternation(officeWords('appositive').map((w) => (/^[A-Z]+$/.test(w) ? w : w.toLowerCase()))).replace(/(^|[|(:])([a-z])/g, (_m, before: string, c: string) => `${before}[${c.toUpperCase()}${c}]`);

/** "Alireza Mehraban, the Afghan team's coach," / "the Afghan team's coach, Alireza Mehraban" */
// ("the oath of office of chairperson, Lokpal": a head after an "of" is another noun's complement.)
const AFTER = new RegExp(`^,\\s+(?<role>the\\s+(?:(?!of\\s)[\\w’'-]+\\s+){0,6}?(?:${HEADS})(?:\\s+(?:of|at|for)\\s+[^,;.]{2,50})?)(?=\\s*[,;.]|$)`);
// ("Present at the launch were Union minister …, V Narayanasamy": a verb ends a description.)
const BEFORE = new RegExp(`(?<role>\\b[Tt]he\\s+(?:(?!(?:is|are|was|were|has|have|had|be|been|of)\\s)[\\w’'-]+\\s+){0,6}?(?:${HEADS})(?:\\s+(?:of|at|for)\\s+[^,;.]{2,50})?),\\s+$`);

/** "the regional director of IMD Bhubaneswar", "the spokesperson of the MEA": a local officer, or
 *  one who speaks for a body, holds no office a student learns. */
const LOCAL_OR_TELLING = /^the\s+(?:[\w’'-]+\s+){0,3}?(?:regional|district|deputy|assistant|additional|joint|local|divisional|zonal|station|block|sub-divisional)\s|\b(?:spokesperson|spokesman|spokeswoman)\b/;

/**
 * A person and their role in apposition → "Who was the Afghan team's coach in July 2017?".
 * Only a definite role ("the coach of …"), which has one holder; "a representative" has many.
 */
const find: FindDrafts<'role'> = (s, ctx) => {
  const drafts: FactDraft<'role'>[] = [];
  for (const e of s.entities) {
    if (e.cls !== 'person') continue;
    const m = AFTER.exec(s.text.slice(e.end)) ?? BEFORE.exec(s.text.slice(0, e.start));
    if (!m) continue;
    // ("He will succeed the current ISRO chairman, S Somanath": the one succeeded is outgoing.)
    const succeeded = /\b(?:succeed|succeeds|replace|replaces|take over from|takes over from)\s+$/.test(s.text.slice(0, s.text.indexOf(m.groups!.role)));
    const role = m.groups!.role.replace(/^The\s/, 'the ').replace(/^the\s+current\s/, succeeded ? 'the outgoing ' : 'the ').trim();
    // ("the Zoology Department along with its Head, G. Prasad": whose head "its" leaves to the
    // sentence, and "along with" joins a list, no description.)
    if (wordCount(role) < 3 || hasDanglingReference(role) || LOCAL_OR_TELLING.test(role) || /\b(?:its|his|her|their|our|along with|together with)\b/.test(role)) continue;
    const when = ctx.monthYear ? ` in ${ctx.monthYear}` : '';
    drafts.push({
      pattern: 'role',
      question: `Who was ${role}${when}?`,
      answer: e.canonical,
      answerText: e.text,
      answerStart: e.start,
      answerType: 'person',
      sentenceIndex: s.index,
      confidence: 0.8,
      about: [e.canonical],
      statement: `${e.canonical} was ${role}${when}.`,
    });
  }
  return drafts;
};

export default definePattern({
  id: 'role',
  describe: 'Who holds a definite role named in apposition: "Sundar Pichai, the chief executive of Google,"',
  find,
});
