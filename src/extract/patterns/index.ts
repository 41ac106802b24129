import type { Pattern } from '../pattern.js';
import { agreedKind } from './agreed-kind.js';
import { appointedAs } from './appointed-as.js';
import { awardedTo } from './awarded-to.js';
import { capitalOf } from './capital-of.js';
import { courtRuling } from './court-ruling.js';
import { entityCloze } from './entity-cloze.js';
import { eventPlaceTime } from './event-place-time.js';
import { namedTerm } from './named-term.js';
import { officeHolder } from './office-holder.js';
import { ordinalFirst } from './ordinal-first.js';
import { placeInCountry } from './place-in-country.js';
import { passiveAgent } from './passive-agent.js';
import { appositiveRole } from './appositive-role.js';
import { definition } from './definition.js';
import { familyRelation } from './family-relation.js';
import { foundedWhen } from './founded-when.js';
import { locatedIn } from './located-in.js';
import { landfall } from './landfall.js';
import { launched } from './launched.js';
import { superlativeAppositive } from './superlative-appositive.js';
import { indexRank } from './index-rank.js';
import { objectQuestion } from './object-question.js';
import { quantity } from './quantity.js';
import { quoteSpeaker } from './quote-speaker.js';
import { reportedBy } from './reported-by.js';
import { signedOn } from './signed-on.js';
import { subjectQuestion } from './subject-question.js';

/** Every pattern, most specific first (on a tie for the same fact, the earlier one wins). */
export const PATTERNS: readonly Pattern[] = [
  ordinalFirst,
  indexRank,
  appointedAs,
  awardedTo,
  courtRuling,
  launched,
  officeHolder,
  appositiveRole,
  quoteSpeaker,
  reportedBy,
  eventPlaceTime,
  landfall,
  quantity,
  namedTerm,
  agreedKind,
  signedOn,
  placeInCountry,
  capitalOf,
  foundedWhen,
  locatedIn,
  superlativeAppositive,
  passiveAgent,
  objectQuestion,
  definition,
  familyRelation,
  subjectQuestion,
  entityCloze,
];
