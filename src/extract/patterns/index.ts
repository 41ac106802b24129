import type { Pattern, PatternId } from '../pattern.js';
import admitted from './admitted.js';
import agent from './agent.js';
import agreedKind from './agreed-kind.js';
import appointed from './appointed.js';
import awarded from './awarded.js';
import capital from './capital.js';
import charged from './charged.js';
import cloze from './cloze.js';
import courtHeld from './court-held.js';
import courtRuling from './court-ruling.js';
import deadline from './deadline.js';
import definition from './definition.js';
import died from './died.js';
import electionWon from './election-won.js';
import elevatedTies from './elevated-ties.js';
import eventPlace from './event-place.js';
import eventTime from './event-time.js';
import founded from './founded.js';
import landfall from './landfall.js';
import launched from './launched.js';
import lawPassed from './law-passed.js';
import listed from './listed.js';
import located from './located.js';
import namedTerm from './named-term.js';
import theme from './theme.js';
import nationality from './nationality.js';
import object from './object.js';
import office from './office.js';
import ordinal from './ordinal.js';
import placeIn from './place-in.js';
import quantity from './quantity.js';
import quote from './quote.js';
import rank from './rank.js';
import relation from './relation.js';
import reportedBy from './reported-by.js';
import role from './role.js';
import seats from './seats.js';
import signedOn from './signed-on.js';
import subject from './subject.js';
import succeeded from './succeeded.js';
import superlative from './superlative.js';
import tally from './tally.js';
import titleWon from './title-won.js';

/**
 * Every pattern, by id; each is src/extract/patterns/<id>.ts. The type asks for every PatternId
 * once, under its own id.
 *
 * The order is precedence, most specific first. The extractor runs the patterns in this order on
 * each sentence, and the order decides two things (src/extract/index.ts):
 * - when two patterns ask the same question of one sentence with the same score, the earlier
 *   one's fact is kept (dedupeQuestions): its tag and fact id are the ones written;
 * - facts of one sentence with equal scores are handed on in this order (the facts are sorted
 *   by score, then sentence, and the sort keeps ties in the order found): the order generation
 *   meets them in, and where MAX_FACTS cuts.
 * Moving a pattern therefore changes output: check with `npm run eval` and the tests. `subject`
 * and `cloze` come last: they are generic, kept only for what no specific pattern asked.
 */
export const PATTERNS = {
  ordinal,
  rank,
  appointed,
  succeeded,
  awarded,
  'title-won': titleWon,
  'court-ruling': courtRuling,
  'court-held': courtHeld,
  deadline,
  charged,
  'law-passed': lawPassed,
  launched,
  listed,
  admitted,
  'election-won': electionWon,
  seats,
  died,
  office,
  role,
  quote,
  'reported-by': reportedBy,
  'event-place': eventPlace,
  'event-time': eventTime,
  landfall,
  tally,
  quantity,
  'named-term': namedTerm,
  theme,
  'agreed-kind': agreedKind,
  'elevated-ties': elevatedTies,
  'signed-on': signedOn,
  'place-in': placeIn,
  capital,
  founded,
  located,
  superlative,
  nationality,
  agent,
  object,
  definition,
  relation,
  subject,
  cloze,
} as const satisfies { readonly [Id in PatternId]: Pattern<Id> };

/** The patterns in order of precedence. */
export const PATTERN_LIST: readonly Pattern[] = Object.values(PATTERNS);
