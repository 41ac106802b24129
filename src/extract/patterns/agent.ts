import { isBareBodyName } from '../../lexicon/index.js';
import type { Entity } from '../../types.js';
import { answerTypeOf } from '../answer-type.js';
import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { TITLE_HEAD } from './appointed.js';
import { hasDanglingReference } from '../../util/dangling.js';
import { lowerFirst, tidyClause, wordCount } from '../text-utils.js';
import { asSentenceSubject } from '../../util/definite-article.js';

/**
 * "The FIRST Global competition … was founded by Dean Kamen to …" → "Who founded the FIRST
 * Global competition …?" → Dean Kamen. Only regular verbs, whose past participle is also their
 * past tense ("founded", "launched", "organised"), so the question is always grammatical.
 */
const RE = /^(?<np>[^,;]{3,90}?)\s+(?:was|were|had been|has been|have been)\s+(?:first\s+|originally\s+|also\s+)?(?<verb>[a-z]+ed)\s+by\s+(?<agentText>[^,;.]+)/d;

/** "the 2025 World Press Freedom Index released by Reporters Without Borders": a name and the
 *  participle that says who made it, without "was" (only verbs of making: a participle of any
 *  verb may begin a clause of its own). */
// ("the 2025 Human Development Report (HDR) released on Tuesday by the UNDP": a day may stand
// between the participle and its "by", a short form between the name and the participle.)
const REDUCED = /\s+(?<verb>released|published|prepared|compiled|issued|conducted|organised|organized|developed|designed|created|built|manufactured)\s+(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+\s+|(?:today|yesterday)\s+)?by\s+(?<agentText>[^,;.]+)/dgu;
/** A name's short form in brackets right after it: "(HDR)". */
const SHORT_FORM_BEFORE = /\s*\(\p{Lu}[\p{Lu}\d-]{1,8}\)$/u;
/** "Anvesha, a top-secret surveillance satellite created by the DRDO": the name the participle's
 *  noun describes, set off by a comma. */
const DESCRIBED_BEFORE = /,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,6}[\p{Ll}-]+$/u;

/** ", Ambassador of France to India and Major General ": a description, then "and" and a title. */
const DESCRIBED_THEN_AND = /^,[^;]{0,80}?\band\s+(?:[\p{L}.’'-]+\s+){0,4}$/u;

/** "Officials said on Monday (that) ": a teller and their verb before the clause they report. */
const REPORTED_FRAME = /^[^,;]*?\b(?:said|says|stated|added|noted|claimed|informed|announced|told\s+reporters)\s+(?:(?:on|last|this)\s+\p{Lu}\p{Ll}+\s+|(?:today|yesterday)\s+)?(?:that\s+)?(?=\S)/u;
const TELLING = /^(?:announced|reported|confirmed|disclosed|stated|revealed|told|informed|quoted|cited)$/;

/** "… started decreasing after the …": a clause of its own before the passive's subject. */
const CLAUSE_BEFORE_PASSIVE = /^\S.*\s(?:after|before|when|since|until|once|while|because)\s/;

/** One House of a legislature, which passes a bill the other House passes too. */
const HOUSE = /^(?:(?:the\s+)?(?:Lok Sabha|Rajya Sabha|Legislative Assembly|Legislative Council|Vidhan Sabha|Vidhan Parishad|Senate|House of (?:Commons|Lords|Representatives))|Lok Sabha|Rajya Sabha)$/;
/** " on February 6": the day after the House, which says which passing it was. */
const ON_DAY = /^\s+on\s+((?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:,?\s+\d{4})?)\b/u;

/** "The event", "the ceremony": a gathering named by its common noun alone. */
const BARE_GATHERING = /^the\s+(?:event|function|ceremony|programme|program|meeting|session|gathering|celebration|occasion|rally)$/i;

const find: FindDrafts<'agent'> = (s, ctx) => {
  const m = RE.exec(s.text) ?? reduced(s);
  // ("The signing of the MoUs was announced by the Ministry …": who told it, not the news.)
  if (!m || TELLING.test(m.groups!.verb)) return [];
  const g = m.groups!;
  // ("Vikram lander's altitude started decreasing after the Automatic Landing Sequence (ALS) was
  // initiated by ISRO": the passive of a clause after "after" has no subject from the sentence's start.)
  if (g.np && CLAUSE_BEFORE_PASSIVE.test(g.np)) return [];
  const [as, ae] = m.indices!.groups!.agentText!;
  // ("Reporters Without Borders (RSF)": a name given with its short form is a body's.)
  const body = (e: Entity) => e.cls === 'organisation' || (e.cls === 'term' && /^\s*\(\p{Lu}{2,8}\)/u.test(s.text.slice(e.end)));
  let found = s.entities.find((e) => (e.cls === 'person' || body(e)) && e.start >= as && e.start <= as + 4 && e.end <= ae);
  // ("led by Chief Justice of India (CJI) DY Chandrachud": an office before its holder's name is
  // the person's title, no body.)
  const holder = found && found.cls !== 'person' && TITLE_HEAD.test(found.canonical) ? s.entities.find((e) => e.cls === 'person' && e.start > found!.end && e.end <= ae && /^\s*(?:\(\p{Lu}{2,8}\)\s*)?$/u.test(s.text.slice(found!.end, e.start))) : undefined;
  if (found && found.cls !== 'person' && TITLE_HEAD.test(found.canonical)) found = holder;
  // ("were asked by the Bench": a body named by its common noun alone is no answer.)
  if (!found || (found.cls !== 'person' && isBareBodyName(found.canonical))) return [];
  const agent: Entity = found.cls === 'term' ? { ...found, cls: 'organisation' } : found;
  // ("Senior wildlife wing officials said on Monday the buffer zone of Bor has been approved by …":
  // what was approved is the clause they told, not who told it.)
  const np = tidyClause(g.np.replace(REPORTED_FRAME, ''));
  if (wordCount(np) > 14 || hasDanglingReference(np) || /^(it|this|that|they|he|she)\b/i.test(np)) return [];
  // ("Which organisation organised the event?": a gathering by its common noun alone names none.)
  if (BARE_GATHERING.test(np)) return [];
  // ("The petition in the High Court was filed by one Anshuman Singh Rathore": who brought a case
  // is the court's record, not the ruling; the petitioner blank is skipped alike.)
  if (agent.cls === 'person' && /^(?:filed|moved|preferred|brought|instituted)$/.test(g.verb) && /\b(?:petitions?|pleas?|PILs?|appeals?|suits?|cases?|complaints?|applications?)\b/i.test(np)) return [];
  const names = new Set(s.entities.map((e) => e.text.split(/\s+/)[0]));
  const object = lowerFirst(np, (w) => names.has(w));
  // "published by Concern Worldwide and Welthungerhilfe": both, or the answer is half of it.
  const partner = /^\s+and\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,4})(?=[\s,.;]|$)/u.exec(s.text.slice(agent.end, ae))?.[1];
  // "attended by Thierry Mathou, Ambassador of France to India and Major General … Joshi": a
  // second name after the first one's description; the first alone is half the answer.
  if (!partner && s.entities.some((o) => o.cls === agent.cls && o.start > agent.end && DESCRIBED_THEN_AND.test(s.text.slice(agent.end, o.start)))) return [];
  const person = answerTypeOf(agent) === 'person';
  // ("The bill was passed by Lok Sabha on February 6", the Rajya Sabha passing it on Friday: which
  // House passed the bill is asked by its day; with no day, it has two answers.)
  const house = !partner && HOUSE.test(agent.canonical);
  const day = house ? ON_DAY.exec(s.text.slice(agent.end))?.[1] : undefined;
  if (house && !day && ctx.analyzed.sentences.some((o) => o.entities.some((e) => e.cls === 'organisation' && HOUSE.test(e.canonical) && e.canonical !== agent.canonical))) return [];
  const wh = partner ? (person ? 'Which two people' : 'Which two organisations') : person ? 'Who' : house ? 'Which House' : 'Which organisation';
  const answer = partner ? `${agent.canonical} and ${partner}` : agent.canonical;
  return [
    {
      pattern: 'agent',
      question: `${wh} ${g.verb} ${object}${day ? ` on ${day}` : ''}?`,
      answer,
      answerText: partner ? `${agent.text} and ${partner}` : agent.text,
      answerStart: agent.start,
      answerType: answerTypeOf(agent),
      sentenceIndex: s.index,
      confidence: 0.75,
      about: [agent.canonical],
      statement: `${asSentenceSubject(answer)} ${g.verb} ${object}.`,
    } satisfies FactDraft<'agent'>,
  ];
};

/** Routine releases of figures: "Weekly Statistical Supplement", "Monthly Bulletin", "Press Release". */
const ROUTINE_RELEASE = /\b(?:Statistical\s+Supplement|Bulletin|Press\s+Release|Data\s+Release|Gazette)$/;

/** REDUCED's match, with the name the article knows right before the participle as its
 *  object ("the 2025 World Press Freedom Index"), or null. */
function reduced(s: Parameters<FindDrafts<'agent'>>[0]): RegExpExecArray | null {
  for (const m of s.text.matchAll(REDUCED)) {
    const described = DESCRIBED_BEFORE.exec(s.text.slice(0, m.index));
    const head = s.text.slice(0, described ? described.index : m.index);
    const at = head.length - (SHORT_FORM_BEFORE.exec(head)?.[0].length ?? 0);
    const name = s.entities.find((e) => e.end === at && (e.cls === 'term' || e.cls === 'organisation'));
    // ("the Export Preparedness Index for States/UTs of India released by …": a name after a
    // slash is the tail of a longer one, no name of its own.)
    if (!name || s.text[name.start - 1] === '/') continue;
    // ("The Weekly Statistical Supplement released by the Reserve Bank of India revealed this": a
    // body's routine release of figures is where the news was read, no fact of its own.)
    if (ROUTINE_RELEASE.test(name.text)) continue;
    // ("the fifth National Family Health Survey (NFHS-5) released by …": its edition too.)
    const det = /(?:\b[Tt]he\s+)?(?:(?:19|20)\d\d\s+|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d{1,2}(?:st|nd|rd|th))\s+)?$/.exec(s.text.slice(0, name.start))![0];
    const out = m as unknown as RegExpExecArray;
    out.groups!.np = `${det}${name.text}`;
    return out;
  }
  return null;
}

export default definePattern({
  id: 'agent',
  describe: 'Who founded, launched or organised a named thing: "… was founded by Dean Kamen"',
  find,
});
