import { regionNamed } from '../../lexicon/index.js';
import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, subjectEndingAt, type FindDrafts } from '../pattern.js';
import type { ArticleContext } from '../article-context.js';
import type { Entity, Sentence } from '../../types.js';

/**
 * Laws a legislature passed, as polity quizzes ask them: "The Rajya Sabha on Thursday passed the
 * Promotion and Regulation of Online Gaming Bill" → "Which bill did the Rajya Sabha pass in August
 * 2025?". The law is a name ending in Bill, Act, Amendment or Sanhita; the house is the subject.
 */
const VERBS: Record<string, string> = { passed: 'pass', cleared: 'clear', approved: 'approve', adopted: 'adopt', enacted: 'enact' };
const PASSED = /(?<subjEnd>)(?:has\s+|had\s+)?(?<verb>passed|cleared|approved|adopted|enacted)\s+the\s+(?<objStart>)/dg;
const HOUSE = /^(?:(?:the\s+)?(?:Lok Sabha|Rajya Sabha|Parliament|Vidhan Sabha|Vidhan Parishad|Legislative Assembly|Legislative Council|Assembly|Senate|House of Representatives|House of Commons|House of Lords|Congress|National Assembly|Duma|Bundestag|Knesset|Diet))$|\b(?:Assembly|Parliament|Legislature)$/;
const STATE_GOVERNMENT = /^(?:The\s+|the\s+)(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)\s+government\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?$/u;
const LAW = /\b(Bill|Act|Amendment|Sanhita|Adhiniyam)(?:,?\s+\d{4})?$/;

/** ", 2025 was passed in ": a law, then its passing by a House named after "in" or "by". */
const PASSED_IN = /^(?:,?\s+\d{4})?\s+(?:was|has\s+been|had\s+been)\s+(?<verb>passed|cleared|approved|adopted)\s+(?:in|by)\s+(?:the\s+)?/;

const find: FindDrafts<'law-passed'> = (s, ctx) => {
  const drafts: FactDraft<'law-passed'>[] = [];
  const passive = passiveDraft(s, ctx);
  if (passive) drafts.push(passive);
  if (!/\b(?:passed|cleared|approved|adopted|enacted)\s+the\b/.test(s.text)) return drafts;
  for (const m of s.text.matchAll(PASSED)) {
    const subjEnd = m.indices!.groups!.subjEnd![0];
    const named = subjectEndingAt(s, subjEnd, ['organisation', 'term']);
    // ("The Rajasthan government passed the Right to Health Bill …": a state's government, as
    // papers say its House's vote.)
    const state = regionNamed(STATE_GOVERNMENT.exec(s.text.slice(0, subjEnd))?.[1] ?? '');
    const house = named && HOUSE.test(named.canonical) ? named : state?.kind === 'state' ? ({ canonical: `${state.name} government` } as const) : null;
    if (!house) continue;
    const at = m.indices!.groups!.objStart![0];
    const law = s.entities.find((e) => e.start === at && (e.cls === 'term' || e.cls === 'organisation'));
    const kind = law ? LAW.exec(law.text)?.[1] : undefined;
    if (!law || !kind) continue;
    // ("passed the Bharatiya Nyaya (Second) Sanhita, Bharatiya Nagarik Suraksha (Second) Sanhita
    // and …": one law of several passed together is no whole answer.)
    if (/^\s*(?:,|and\b)\s*(?:the\s+)?\p{Lu}/u.test(s.text.slice(law.end))) continue;
    drafts.push(lawDraft(s, ctx, law, kind, house.canonical, m.groups!.verb));
  }
  return drafts;
};

/** "Which bill did the Rajya Sabha pass in August 2025?" → the law. */
function lawDraft(s: Sentence, ctx: ArticleContext, law: Entity, kind: string, house: string, verb: string): FactDraft<'law-passed'> {
  const when = inMonthOf(s, ctx);
  const body = house.replace(/^the\s+/i, '');
  return {
    pattern: 'law-passed',
    question: `Which ${kind === 'Amendment' ? 'amendment' : kind === 'Act' ? 'Act' : 'bill'} did the ${body} ${VERBS[verb]}${when}?`,
    answer: law.canonical,
    answerText: law.text,
    answerStart: law.start,
    answerType: 'term',
    sentenceIndex: s.index,
    confidence: 0.9,
    about: [law.canonical, house],
    statement: `The ${body} ${verb} the ${law.canonical}${when}.`,
  };
}

/** "The Immigration and Foreigners Bill, 2025 was passed in Lok Sabha on March 27": the law as the
 *  subject of a passive, the House after "in" or "by". */
function passiveDraft(s: Sentence, ctx: ArticleContext): FactDraft<'law-passed'> | null {
  const law = s.entities.find((e) => e.start === (/^The\s+/.exec(s.text)?.[0].length ?? 0) && (e.cls === 'term' || e.cls === 'organisation'));
  const kind = law ? LAW.exec(law.text)?.[1] : undefined;
  const m = law && kind ? PASSED_IN.exec(s.text.slice(law.end)) : null;
  const house = m && s.entities.find((e) => e.start === law!.end + m[0].length && HOUSE.test(e.canonical));
  return law && kind && m && house ? lawDraft(s, ctx, law, kind, house.canonical, m.groups!.verb) : null;
}

export default definePattern({
  id: 'law-passed',
  describe: 'Which named bill or Act a legislature passed',
  find,
});
