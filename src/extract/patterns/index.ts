import type { Pattern } from '../pattern.js';
import { agreedKind } from './agreed-kind.js';
import { appointedAs } from './appointed.js';
import { awardedTo } from './awarded.js';
import { capitalOf } from './capital.js';
import { courtRuling } from './court-ruling.js';
import { entityCloze } from './cloze.js';
import { eventPlaceTime } from '../event-questions.js';
import { namedTerm } from './named-term.js';
import { officeHolder } from './office.js';
import { ordinalFirst } from './ordinal.js';
import { placeInCountry } from './place-in.js';
import { passiveAgent } from './agent.js';
import { appositiveRole } from './role.js';
import { definition } from './definition.js';
import { familyRelation } from './relation.js';
import { foundedWhen } from './founded.js';
import { locatedIn } from './located.js';
import { landfall } from './landfall.js';
import { superlativeAppositive } from './superlative.js';
import { indexRank } from './rank.js';
import { objectQuestion } from './object.js';
import { quantity } from './quantity.js';
import { quoteSpeaker } from './quote.js';
import { reportedBy } from './reported-by.js';
import { signedOn } from './signed-on.js';
import { subjectQuestion } from './subject.js';

/** Every pattern, most specific first (on a tie for the same fact, the earlier one wins). */
export const PATTERNS: readonly Pattern[] = [
  ordinalFirst,
  indexRank,
  appointedAs,
  awardedTo,
  courtRuling,
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
