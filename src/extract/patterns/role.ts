import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { wordCount } from '../text-utils.js';
import { alternation, officeWords } from '../../lexicon/index.js';
import { pronounPerson } from '../article-context.js';

// Lower-case as prose writes a role after a name, or capitalised as Indian releases write it ("Sheikh
// Tamim Bin Hamad Al Thani, the Amir of Qatar,"); acronyms ("CEO") as they are.
const HEADS = alternation(officeWords('appositive').map((w) => (/^[A-Z]+$/.test(w) ? w : w.toLowerCase()))).replace(/(^|[|(:])([a-z])/g, (_m, before: string, c: string) => `${before}[${c.toUpperCase()}${c}]`);

/** "Alireza Mehraban, the Afghan team's coach," / "the Afghan team's coach, Alireza Mehraban" */
// ("the oath of office of chairperson, Lokpal": a head after an "of" is another noun's complement.)
// ("Kuldeep Kumar, the Aam Aadmi Party candidate as the winner of …": a second "the" or an "as"
// opens another phrase, the verb's, not the description.)
const AFTER = new RegExp(`^,\\s+(?<role>the\\s+(?:(?!(?:of|as|the)\\s)[\\w’'-]+\\s+){0,6}?(?:${HEADS})(?:\\s+(?:of|at|for)\\s+[^,;.]{2,50})?)(?=\\s*[,;.]|$)`);
// ("Present at the launch were Union minister …, V Narayanasamy": a verb ends a description.)
// ("the longest-serving Chief Minister of West Bengal, Late Jyoti Basu": "Late" before the dead.)
const BEFORE = new RegExp(`(?<role>\\b[Tt]he\\s+(?:(?!(?:is|are|was|were|has|have|had|be|been|of)\\s)[\\w’'-]+\\s+){0,6}?(?:${HEADS})(?:\\s+(?:of|at|for)\\s+[^,;.]{2,50})?),\\s+(?:Late\\s+)?$`);

/** A sentence's opening phrase up to the role: "After meeting ", "On arrival, welcomed by ". */
// ("Sharing details of his talks with the Indian Defence Minister, Hegseth posted …": a participle's
// phrase too, its comma no apposition's.)
const OPENING_PHRASE = /^(?:After|Before|On|Upon|While|Following|Since|Having|When|Besides|Apart from|[A-Z][a-z]{2,}ing)\b[^,]*$/;

/** "the regional director of IMD Bhubaneswar", "the spokesperson of the MEA": a local officer, or
 *  one who speaks for a body, holds no office a student learns. */
const LOCAL_OR_TELLING = /^the\s+(?:[\w’'-]+\s+){0,3}?(?:regional|district|deputy|assistant|additional|joint|local|divisional|zonal|station|block|sub-divisional)\s|\b(?:spokesperson|spokesman|spokeswoman)\b/;

/**
 * A person and their role in apposition → "Who was the Afghan team's coach in July 2017?".
 * Only a definite role ("the coach of …"), which has one holder; "a representative" has many.
 */
/** "… where he will serve as the chief guest at the 76th Republic Day celebrations": whom India
 *  invites to a national day, which exams ask year by year. */
const CHIEF_GUEST = /\b(?:will\s+(?:serve\s+as|be)|served\s+as|was|is)\s+the\s+chief\s+guest\s+(?:at|of|for)\s+(?:the\s+|India['’]s\s+)?(?<event>\d{1,3}(?:st|nd|rd|th)\s+(?:Republic|Independence)\s+Day(?:\s+(?:celebrations?|parade))?)/;

/** "the chairman of the Railway Board", "the ISRO chairman": an office of a body the role names
 *  (an office's own acronym, "CEO", names none). */
function namesBody(role: string): boolean {
  return /\s(?:of|at|for)\s/.test(role) || /\b(?!(?:CEO|CFO|COO|CMD|MD|CTO|CJI)\b)\p{Lu}/u.test(role.replace(/^the\s+/i, ''));
}

const find: FindDrafts<'role'> = (s, ctx) => {
  const drafts: FactDraft<'role'>[] = [];
  const guest = CHIEF_GUEST.exec(s.text);
  if (guest) {
    // The guest: named right before the verb, or the "he"/"she" of the clause, the person the story follows.
    const head = s.text.slice(0, guest.index);
    const named = [...s.entities].reverse().find((e) => e.cls === 'person' && /^\s*(?:,[^,]*,\s*)?$/.test(s.text.slice(e.end, guest.index)));
    const pronoun = /\b(?:he|she)\s+$/i.exec(head);
    const person = named ?? (pronoun ? pronounPerson(ctx, s, pronoun.index) : null);
    if (person && person.cls === 'person') {
      drafts.push({
        pattern: 'role',
        question: `Who was the chief guest at the ${guest.groups!.event.replace(/\s+parade$/, ' celebrations')}?`,
        answer: person.canonical,
        answerText: person.text,
        answerStart: person.start,
        answerType: 'person',
        sentenceIndex: s.index,
        confidence: 0.85,
        about: [person.canonical],
      });
    }
  }
  for (const e of s.entities) {
    if (e.cls !== 'person') continue;
    const after = AFTER.exec(s.text.slice(e.end));
    const before = after ? null : BEFORE.exec(s.text.slice(0, e.start));
    // ("… appointed as the Governor of Arunachal Pradesh, Lakshman Prasad Acharya as Governor of
    // Sikkim": a post given after "as" is the one before's; the name after its comma opens the next
    // pair of a list.)
    if (before && (/\bas\s+$/.test(s.text.slice(0, before.index)) || /^\s+as\s/.test(s.text.slice(e.end)))) continue;
    // ("After meeting the health minister, Adar Poonawalla said …": the role closes an opening
    // phrase and the name that follows is the clause's subject, no second name for the same one.)
    if (before && OPENING_PHRASE.test(s.text.slice(0, before.index)) && !/^\s*,/.test(s.text.slice(e.end))) continue;
    const m = after ?? before;
    if (!m) continue;
    // ("He will succeed the current ISRO chairman, S Somanath": the one succeeded is outgoing.)
    // ("He will take over from Jaya Varma Sinha, the current chairperson and CEO, who …": so is one
    // named before their role.)
    const succeeded = /\b(?:succeed|succeeds|replace|replaces|take over from|takes over from|will take over from)\s+$/.test(s.text.slice(0, Math.min(e.start, s.text.indexOf(m.groups!.role))));
    // (The one going, called by an office the sentence does not name, "the current chairperson and
    // CEO", is asked of an office whose new holder is the story: two answers.)
    if (succeeded && !namesBody(m.groups!.role)) continue;
    const role = m.groups!.role.replace(/^The\s/, 'the ').replace(/^the\s+current\s/, succeeded ? 'the outgoing ' : 'the ').trim();
    // ("the Zoology Department along with its Head, G. Prasad": whose head "its" leaves to the
    // sentence, and "along with" joins a list, no description.)
    if (wordCount(role) < 3 || hasDanglingReference(role) || LOCAL_OR_TELLING.test(role) || /\b(?:its|his|her|their|our|along with|together with)\b/.test(role)) continue;
    // ("Dr. N.S. Sengar, the college principal," → "Who was the college principal?": a role that
    // names no body is held in every college; which one, the question does not say.)
    if (!namesBody(role)) continue;
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
