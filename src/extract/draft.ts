import type { AnswerType, PatternId } from '../types.js';

/** What a pattern proposes; the extractor checks, resolves, scores and ids it into a Fact. A
 *  pattern's drafts carry its own id (`FactDraft<'quote'>`): the type lets it tag no other. */
export interface FactDraft<Id extends PatternId = PatternId> {
  pattern: Id;
  question: string;
  answer: string;
  answerType: AnswerType;
  sentenceIndex: number;
  /** The answer's text as it stands in the sentence (for the cloze), when different from `answer`. */
  answerText?: string;
  /** Where the answer's text starts in the sentence, when the pattern knows (for the cloze). */
  answerStart?: number;
  /** How sure the pattern is, 0..1. */
  confidence: number;
  /** Canonical names of entities the fact is about (for salience). */
  about: string[];
  statement?: string;
  /** A cloze the pattern writes itself, where the sentence's own leans on another ("This year's
   *  theme was {{c1::water security}}" names no event): the answer marked {{c1::…}}. */
  ownCloze?: string;
  alsoTrue?: string[];
  /** Kept to describe its answer in other items, never asked (see Fact). */
  describesOnly?: true;
}
