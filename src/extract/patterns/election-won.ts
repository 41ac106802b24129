import type { FactDraft } from '../draft.js';
import type { ArticleContext } from '../article-context.js';
import { definePattern, inMonthOf, type FindDrafts } from '../pattern.js';
import { partyBefore, type Party } from '../party-before.js';
import type { Sentence } from '../../types.js';

/**
 * Who won an election, the news of a results story: "the DMK won a convincing victory over
 * archrival AIADMK in Tamil Nadu" → "Which party won the assembly election in Tamil Nadu?" → DMK;
 * "The NDA registered a resounding victory in the Bihar Assembly elections" → "Which alliance won
 * the Bihar Assembly elections?"; "The Congress party has returned to power in Himachal Pradesh"
 * → "Which party returned to power in Himachal Pradesh?". (How many seats it won is `seats`'.)
 */
const WIN = /\b(?:won|registered|recorded|scored|secured|posted|clinched|notched up)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:victory|win|mandate)\b/g;
const POWER = /\b(?<verb>retained|returned to|stormed to|stormed back to|swept to|swept back to|came to|came back to|bounced back to)\s+power\b/g;
/** ", over archrival AIADMK": the beaten party between the win and where it was won. */
const OVER = /^\s+over\s+\S[^,;]{0,59}?(?= in\s)/;
/** "in the Bihar Assembly elections", "in Punjab Assembly polls": the election, named. */
const ELECTION = /^\s+in\s+(?:the\s+)?(?<election>(?:(?:19|20)\d\d\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Assembly|assembly|Lok Sabha|Vidhan Sabha|legislative|Legislative Assembly)\s+(?:elections?|polls?))\b/u;
/** An election story's words: a win "in Tamil Nadu" is the election's only in one. */
const ELECTORAL = /\b(?:elections?|polls?|bypolls?|by-elections?|Assembly|assembly|seats|votes|counting)\b/;
const YEAR = /\b(?:19|20)\d\d\b/g;

const find: FindDrafts<'election-won'> = (s, ctx) => {
  const drafts: FactDraft<'election-won'>[] = [];
  if (!/\b(?:victory|win|mandate|power)\b/.test(s.text) || !electionStory(ctx)) return drafts;
  // (A year other than the article's is an earlier election: "In 2017, the Congress won …".)
  if (otherYear(s, ctx)) return drafts;
  for (const m of s.text.matchAll(WIN)) {
    const party = partyBefore(s, m.index!);
    const rest = s.text.slice(m.index! + m[0].length).replace(OVER, '');
    const election = ELECTION.exec(rest)?.groups!.election;
    const place = election ? null : placeAfterIn(s, s.text.length - rest.length, rest);
    if (!party || (!election && !place)) continue;
    const what = election ? `the ${election}` : `the ${electionKind(ctx)} in ${place}`;
    drafts.push(draft(s, ctx, party, `won ${what}`, [election ?? place!]));
  }
  for (const m of s.text.matchAll(POWER)) {
    const party = partyBefore(s, m.index!);
    const rest = s.text.slice(m.index! + m[0].length);
    const place = placeAfterIn(s, m.index! + m[0].length, rest);
    if (party && place) drafts.push(draft(s, ctx, party, `${m.groups!.verb} power in ${place}`, [place]));
  }
  return drafts;
};

function draft(s: Sentence, ctx: ArticleContext, party: Party, did: string, about: string[]): FactDraft<'election-won'> {
  // ("the JMM-led alliance": the party asked is the one that led it.)
  const led = /-led\b/.test(party.written);
  const who = led ? 'Which party led the alliance that' : party.entity.cls === 'person' ? 'Who' : /\b(?:alliance|front|combine|bloc|coalition|NDA|UPA|LDF|UDF)\b/i.test(party.written) ? 'Which alliance' : 'Which party';
  const when = /\b(?:19|20)\d\d\b/.test(did) ? '' : inMonthOf(s, ctx);
  return {
    pattern: 'election-won',
    question: `${who} ${did}${when}?`,
    answer: party.entity.canonical,
    answerText: party.entity.text,
    answerStart: party.entity.start,
    answerType: party.entity.cls === 'person' ? 'person' : 'organisation',
    sentenceIndex: s.index,
    confidence: 0.88,
    about: [party.entity.canonical, ...about],
    statement: `${party.written[0].toUpperCase()}${party.written.slice(1)} ${did}${when}.`,
  };
}

/** The state or country right after "in" at `at` ("in Tamil Nadu"), as the article names it. */
function placeAfterIn(s: Sentence, at: number, rest: string): string | null {
  const gap = /^\s+in\s+(?:the\s+)?/.exec(rest);
  if (!gap) return null;
  const place = s.entities.find((e) => e.start === at + gap[0].length && e.cls === 'place' && (e.placeKind === 'region' || e.placeKind === 'country'));
  return place?.canonical ?? null;
}

/** "assembly election", "Lok Sabha election": which kind the article reports, else "election". */
function electionKind(ctx: ArticleContext): string {
  const text = `${ctx.analyzed.article.title}\n${ctx.analyzed.article.paragraphs.join('\n')}`;
  if (/\b(?:[Aa]ssembly|Vidhan Sabha)\s+(?:elections?|polls?)\b/.test(text)) return 'assembly election';
  if (/\bLok Sabha\s+(?:elections?|polls?)\b/.test(text)) return 'Lok Sabha election';
  return 'election';
}

const ELECTION_STORY = new WeakMap<ArticleContext, boolean>();
function electionStory(ctx: ArticleContext): boolean {
  let found = ELECTION_STORY.get(ctx);
  if (found === undefined) ELECTION_STORY.set(ctx, (found = ELECTORAL.test(ctx.analyzed.article.title) || ctx.analyzed.article.paragraphs.some((p) => ELECTORAL.test(p))));
  return found;
}

function otherYear(s: Sentence, ctx: ArticleContext): boolean {
  const year = ctx.analyzed.article.date?.slice(0, 4);
  return [...s.text.matchAll(YEAR)].some((m) => m[0] !== year);
}

export default definePattern({
  id: 'election-won',
  describe: 'Which party or alliance won an election, or returned to power, in a state',
  find,
});
