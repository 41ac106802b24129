import type { FactDraft } from '../draft.js';
import { definePattern, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';
import { pronounPerson, type ArticleContext } from '../article-context.js';
import { TITLE_HEAD } from './appointed.js';

/**
 * Successions, as appointment quizzes ask them: "Justice Surya Kant was sworn in as the 53rd Chief
 * Justice of India. He has succeeded Justice B R Gavai." → "Whom did Surya Kant succeed as Chief
 * Justice of India?" → B R Gavai. The office is the one the article says the successor took
 * (its number dropped: the predecessor held the one before); without it nothing is asked, as
 * "Whom did X succeed?" says not in what.
 */
// ("succeeds", "has succeeded", "will succeed", "replaced", "took over from": the verb, then the
// one succeeded, a title or honorific before the name.)
// ("… as the 26th governor of the Reserve Bank of India replacing governor Shaktikanta Das".)
const SUCCEEDED = /\b(?:succeeded|succeeds|succeed|succeeding|replaced|replaces|replace|replacing|took over from|takes over from|taken over from)\s+/gu;
/** "has", "will", "is set to" before the verb: the successor ends before it. */
const AUX = /\s+(?:has|had|will|would|is set to|is to|has been set to)\s*$/;
const HINT = /\b(?:succeed(?:s|ed|ing)?|replac(?:e[sd]?|ing)|t(?:ook|akes|aken) over from)\s+(?:(?:governor|chief|justice|general|gen|president|chairman|minister)\s+)?\p{Lu}/iu;
/** "sworn in as the 53rd Chief Justice of India", "appointed the new Chief of Army Staff": the office taken. */
// ("He held additional charge as the Governor of Odisha … Malik succeeded S.C. Jamir in the role": an
// office held for a while is taken too.)
// ("assumed charge as the 26th Navy chief": a service's head said in lower case; "elected as the
// new chairman of the International Cricket Council": an office of a body, in lower case.)
const TOOK_OFFICE = /\b(?:sworn[ -]in|appointed|named|elected|took charge|assumed charge|assumed office|took oath|took over|(?:will|to)\s+take\s+over|held\s+(?:additional\s+)?charge)\s+(?:as\s+)?(?:(?:the|India['’]s|its)\s+)?(?:new\s+|next\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?<office>\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of the|of|for|and)\s+)?\p{Lu}[\p{L}'’-]*){0,6}(?:\s+chief\b)?|(?:chairman|chairperson|president|secretary|director|governor|head\s+coach|captain)\s+of\s+the\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’-]*){0,5})/dgu;
const AS_OFFICE = /\bas\s+(?:the\s+)?(?:new\s+|next\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?(?<office>(?:[Gg]overnor|[Cc]hairman|[Cc]hairperson|[Cc]hief [Jj]ustice|[Dd]irector|[Ss]ecretary|[Pp]resident|[Cc]hief)\s+(?:of the|of|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}'’-]*){0,5}(?:\s+\([^)]{1,12}\))?)\s*$/u;
/** A pronoun opening the sentence: the successor is the person it carries on. */
const OPENING_PRONOUN = /^(?:He|She)$/;

/** "… assumed charge as the 26th Navy chief after incumbent R Hari Kumar retired": the one
 *  whose retirement the new holder's taking charge followed. */
// ("after outgoing General Manoj Pande retired": a rank may stand before the name.)
const RETIRED_BEFORE = /\b(?:after|following|on the retirement of)\s+(?:the\s+)?(?:incumbent|outgoing)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
const RETIRED_AFTER = /^\s+(?:retired|superannuated|demitted\s+office|completed\s+(?:his|her)\s+(?:tenure|term)|stepped\s+down|relinquished\s+charge)\b/;

const find: FindDrafts<'succeeded'> = (s, ctx) => [...succeededBy(s, ctx), ...afterRetirement(s, ctx)];

function afterRetirement(s: Sentence, ctx: ArticleContext): FactDraft<'succeeded'>[] {
  if (!/\b(?:incumbent|outgoing)\s/.test(s.text)) return [];
  const before = s.entities.find((e) => e.cls === 'person' && RETIRED_BEFORE.test(s.text.slice(Math.max(0, e.start - 40), e.start)) && RETIRED_AFTER.test(s.text.slice(e.end)));
  if (!before) return [];
  // (The new holder: the sentence's first person, who took charge before the "after".)
  const successor = s.entities.find((e) => e.cls === 'person' && e.end < before.start && e.canonical !== before.canonical);
  const office = successor ? officeOf(successor, ctx, s.index) : null;
  if (!successor || !office) return [];
  return [succession(s, successor, before, office, false)];
}

/** "Whom did X succeed as <office>?" → the one succeeded. */
function succession(s: Sentence, successor: Entity, before: Entity, office: string, future: boolean): FactDraft<'succeeded'> {
  return {
    pattern: 'succeeded',
    question: `Whom ${future ? 'will' : 'did'} ${successor.canonical} succeed as ${office}?`,
    answer: before.canonical,
    answerText: before.text,
    answerStart: before.start,
    answerType: 'person',
    sentenceIndex: s.index,
    confidence: 0.85,
    about: [successor.canonical, before.canonical],
    statement: `${successor.canonical} ${future ? 'will succeed' : 'succeeded'} ${before.canonical} as ${office}.`,
  };
}

function succeededBy(s: Sentence, ctx: ArticleContext): FactDraft<'succeeded'>[] {
  if (!HINT.test(s.text)) return [];
  const drafts: FactDraft<'succeeded'>[] = [];
  for (const m of s.text.matchAll(SUCCEEDED)) {
    const by = m.index + m[0].length;
    // The one succeeded: a person right after the verb, a title may stand before the name.
    // ("succeed incumbent Rajeev Gauba": the one holding it now.)
    const before = s.entities.find((e) => e.cls === 'person' && e.start >= by && /^(?:(?:\p{Lu}[\p{L}]*|governor|chief|justice|general|president|chairman|minister|secretary|incumbent|outgoing|current)\.?\s+){0,3}$/u.test(s.text.slice(by, e.start)));
    const aux = AUX.exec(s.text.slice(0, m.index));
    // ("the appointment of Sanjay Malhotra as the 26th governor of the RBI replacing …": after a
    // participle, the one appointed just before it.)
    const participle = /^(?:replacing|succeeding)\b/.test(m[0]);
    const successor = participle ? ([...s.entities].reverse().find((e) => e.cls === 'person' && e.end <= m.index && /\bas\s+(?:the\s+)?(?:new\s+|next\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?\p{L}/u.test(s.text.slice(e.end, m.index))) ?? null) : successorOf(s, ctx, aux ? aux.index : m.index);
    if (!before || !successor || successor.canonical === before.canonical) continue;
    // ("… as the 26th governor of the Reserve Bank of India replacing …": the office the sentence
    // itself gives, where the article says not elsewhere that they took it.)
    const office = officeOf(successor, ctx, s.index) ?? (participle ? AS_OFFICE.exec(s.text.slice(successor.end, m.index))?.groups!.office.replace(/\s*\([^)]*\)\s*$/, '') ?? null : null);
    if (!office) continue;
    const future = /will|set to|is to/.test(aux?.[0] ?? '');
    drafts.push(succession(s, successor, before, office, future));
  }
  return drafts;
}

/** Who succeeds: the person the verb's clause opens on, or the one an opening "He"/"She" carries on. */
function successorOf(s: Sentence, ctx: ArticleContext, at: number): Entity | null {
  const head = s.text.slice(0, at);
  const pronoun = /^(\w+)\s*$/.exec(head)?.[1];
  if (pronoun && OPENING_PRONOUN.test(pronoun)) return pronounPerson(ctx, s, 0);
  // ("The 35-year-old will succeed …": an age for a name carries on the story's subject, as "He" does.)
  if (/^The\s+\d{1,3}-year-old\s*$/.test(head)) return pronounPerson(ctx, s, 0);
  // ("Justice Kant, who succeeded Justice Gavai, …": the relative clause's person.)
  const who = /,\s+who\s*$/.exec(head);
  const subject = subjectEndingAt(s, who ? who.index : at, ['person']);
  return subject?.cls === 'person' ? subject : null;
}

/** " as the new cabinet secretary for a tenure of two years": the office taken, after the name. */
const AS_TAKEN = /^\s+as\s+(?:the\s+)?(?:new\s+|next\s+)?(?<office>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)(?=\s+(?:for|with|on|in|from|by|till|until|after|replacing|succeeding)\s|\s*[,.;(]|$)/u;

/** The office the article says the person took, without its number ("Chief Justice of India"),
 *  read nearest the succession first: "Parameswaran Iyer will take over as the Executive Director
 *  of the World Bank … He will replace Rajesh Khullar" is not the Niti Aayog post he was
 *  appointed to months before, which the lead also tells. */
function officeOf(person: Entity, ctx: ArticleContext, near: number): string | null {
  const sentences = [...ctx.analyzed.sentences].sort((a, b) => Math.abs(a.index - near) - Math.abs(b.index - near) || a.index - b.index);
  for (const s of sentences) {
    const names = s.entities.some((e) => e.cls === 'person' && e.canonical === person.canonical);
    const carries = /^(?:He|She)\s/.test(s.text) && pronounPerson(ctx, s, 0)?.canonical === person.canonical;
    if (!names && !carries) continue;
    for (const m of s.text.matchAll(TOOK_OFFICE)) {
      // ("named Finance Secretary T V Somanathan as the new cabinet secretary": the words after the
      // verb are the office held before the name; the one taken follows "as".)
      const [os, oe] = m.indices!.groups!.office!;
      const named = s.entities.find((e) => e.cls === 'person' && e.canonical === person.canonical && e.start >= os && e.start < oe);
      if (named) {
        const taken = AS_TAKEN.exec(s.text.slice(named.end))?.groups!.office;
        if (taken && TITLE_HEAD.test(taken)) return taken;
        continue;
      }
      const office = m.groups!.office.replace(/\s+(?:and|of|for)$/, '');
      // (The office the person took, not one named later in the sentence.)
      if (TITLE_HEAD.test(office) && !s.entities.some((e) => e.cls === 'person' && e.canonical !== person.canonical && e.end <= m.index! && e.start > 0)) return office;
    }
  }
  return null;
}

export default definePattern({
  id: 'succeeded',
  describe: 'Whom a person succeeded in an office the article says they took',
  find,
});
