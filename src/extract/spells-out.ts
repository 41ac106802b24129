/**
 * "DRDO is the acronym for India's Defense Research & Development Organisation", "NATO stands for
 * …": a sentence that says what a short form stands for spells the answer out, whichever half is
 * asked.
 */
const SAYS = String.raw`(?:(?:is|was|are)\s+(?:the\s+|an?\s+)?(?:acronym|abbreviation|short\s+form|short\s+name|initialism)\s+(?:for|of)|stands\s+for)\b`;

/** Anywhere in a sentence. */
export const SPELLS_OUT = new RegExp(`\\b${SAYS}`);
/** Opening a predicate (the subject pattern's text after its subject). */
export const SPELLS_OUT_PREDICATE = new RegExp(`^${SAYS}`);
