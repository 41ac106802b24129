/** A name found in a sentence before article-wide resolution (internal to analyze). */
import type { EntityClass, PlaceKind } from '../types.js';

export interface Mention {
  /** First and last token index (inclusive) in the sentence's token list. */
  first: number;
  last: number;
  cls: EntityClass;
  /** The words as written (before canonicalisation). */
  surface: string;
  canonical: string;
  placeKind?: PlaceKind;
  role?: string;
  /**
   * final: classed for sure. maybe-person: looks like a full name, no cue in its sentence.
   * single: one unknown capitalised word, a person only if the article names someone so.
   */
  status: 'final' | 'maybe-person' | 'single';
  /** Whether the sentence itself supports a person reading (title, "said", given name). */
  personCue?: boolean;
  /** The word before the mention, lower-cased: "in Washington" is a place even if a Washington is named. */
  before?: string;
  /** Named as someone's relative ("His father, Justice Yeshwant Chandrachud"): a side figure,
   *  whom a bare surname in the next sentence does not mean. */
  relative?: boolean;
}
