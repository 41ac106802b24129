import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, subjectEndingAt, undatedElsewhen, type FindDrafts } from '../pattern.js';
import type { AnswerType, Entity, Sentence } from '../../types.js';
import { answerTypeOf } from '../answer-type.js';

/**
 * Titles won, as sports quizzes ask them: "India won T20 World Cup in a nail-biting final
 * against South Africa" → "Which country won the T20 World Cup in June 2024?" → India; "Mumbai
 * lifted the Ranji Trophy for the 42nd time" → "Which team won the Ranji Trophy?". The title is a
 * name ending in Cup, Trophy or Championship(s); the winner is the country, team or person whose
 * verb of winning comes right before it. (A prize or an award a person receives is `awarded`'s.)
 */
const TITLE_HEAD = /\b(?:Cup|Trophy|Championships?)$/;
const WON = /(?:(?:has|have|had)\s+)?(?:won|wins|clinched|clinches|lifted|lifts|retained|retains|bagged|claimed|claims)\s+(?:the\s+|their\s+|its\s+|a\s+record\s+)?(?:(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+)?(?:\d{4}\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;
const HINT = /\b(?:Cup|Trophy|Championships?)\b/;
/** "became the FIDE Women's World Cup champion": the title before "champion". */
const BECAME = /\b(?:became|becomes|was crowned|is crowned)\s+(?:the\s+)?(?:(?:new|first|youngest|\d{4})\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;

/** "Divya Deshmukh of Nagpur became …": the subject ends on the player's home town. */
function personOfPlace(s: Sentence, subject: Entity | null | undefined): Entity | null | undefined {
  if (!subject || subject.cls !== 'place' || answerTypeOf(subject) === 'country') return subject;
  const of = /\s+of\s+$/.exec(s.text.slice(0, subject.start));
  return (of && s.entities.find((e) => e.cls === 'person' && e.end === of.index)) ?? subject;
}

const find: FindDrafts<'title-won'> = (s, ctx) => {
  const drafts: FactDraft<'title-won'>[] = [];
  // ("Bindra won the World Championships title when he was 23": not the one the article is about.)
  if (!HINT.test(s.text) || undatedElsewhen(s)) return drafts;
  for (const title of s.entities) {
    if ((title.cls !== 'term' && title.cls !== 'organisation') || !TITLE_HEAD.test(title.text)) continue;
    // (Or "Divya Deshmukh of Nagpur became the FIDE Women's World Cup champion".)
    const m = WON.exec(s.text.slice(0, title.start)) ?? (/^\s+champions?\b/.test(s.text.slice(title.end)) ? BECAME.exec(s.text.slice(0, title.start)) : null);
    if (!m) continue;
    const winner = personOfPlace(s, subjectEndingAt(s, m.index, ['person', 'place', 'organisation', 'term']));
    if (!winner) continue;
    const type = winnerType(winner);
    if (!type) continue;
    // The year before the name ("the 2024 T20 World Cup") goes with it.
    const year = /(\d{4})\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.exec(m[0])?.[1];
    // ("the 2022 FIFA World Cup": the body before the title's name is part of it.)
    // (Or after it: "won the ICC Champions Trophy 2025, beating …".)
    const yearAfter = year ? undefined : /^\s+((?:19|20)\d\d)\b/.exec(s.text.slice(title.end))?.[1];
    const name = `${year ? `${year} ` : ''}${m.groups!.owner}${title.text}${yearAfter && !title.text.endsWith(yearAfter) ? ` ${yearAfter}` : ''}`;
    const when = year || yearAfter ? '' : inMonthOf(s, ctx);
    const asked = type === 'country' ? 'Which country' : type === 'person' ? 'Who' : 'Which team';
    drafts.push({
      pattern: 'title-won',
      question: `${asked} won the ${name}${when}?`,
      answer: winner.canonical,
      answerText: winner.text,
      answerStart: winner.start,
      answerType: type,
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [winner.canonical, title.canonical],
      statement: `${winner.canonical} won the ${name}${when}.`,
    });
    const loser = runnerUp(s, title.end, type);
    if (loser) {
      drafts.push({
        pattern: 'title-won',
        question: `${asked} was the runner-up of the ${name}${when}?`,
        answer: loser.canonical,
        answerText: loser.text,
        answerStart: loser.start,
        answerType: type,
        sentenceIndex: s.index,
        confidence: 0.85,
        about: [loser.canonical, title.canonical],
        statement: `${loser.canonical} was the runner-up of the ${name}${when}.`,
      });
    }
  }
  return drafts;
};

/** "… by upstaging the seasoned Koneru Humpy in the second Rapid game of the tie-break", "in a
 *  nail-biting final against South Africa": whom the winner beat in the final, named after the
 *  title. Only where the sentence says it was the final (or its tie-break): a win in a league
 *  says not who came second. */
const BEAT = /^(?:\s+title)?[^.;]{0,40}?\b(?:upstaging|defeating|beating|edging out|outclassing|stunning|overcoming|thrashing|downing)\s+(?:the\s+)?(?:(?:seasoned|veteran|top-seeded|defending champion|compatriot|higher-ranked)\s+)*/;
const FINAL_AGAINST = /^[^.;]{0,60}?\bfinal\s+(?:match\s+)?against\s+(?:the\s+)?/;
function runnerUp(s: Sentence, after: number, type: AnswerType): Entity | null {
  const rest = s.text.slice(after);
  // ("won the ICC Champions Trophy 2025, beating New Zealand": whom the title was won by beating.)
  if (!/\bfinal\b|tie-?break/.test(s.text) && !/^(?:\s+(?:19|20)\d\d)?,?\s+(?:beating|defeating|after beating|after defeating)\s/.test(rest)) return null;
  const m = BEAT.exec(rest) ?? FINAL_AGAINST.exec(rest);
  if (!m) return null;
  const at = after + m[0].length;
  const opponent = s.entities.find((e) => e.start === at);
  return opponent && winnerType(opponent) === type ? opponent : null;
}

/** A country, a team (an organisation, or a name of no known kind), or a person. */
function winnerType(e: Entity): AnswerType | null {
  if (e.cls === 'person') return 'person';
  if (e.cls === 'organisation') return 'organisation';
  // ("Mumbai Indians": a team's name the analyser knows no kind for.)
  if (e.cls === 'term' && /\s/.test(e.text)) return 'term';
  const type = answerTypeOf(e);
  return type === 'country' ? 'country' : null;
}

export default definePattern({
  id: 'title-won',
  describe: 'Which country, team or player won a named cup, trophy or championship',
  find,
});
