/**
 * "India may have dominated the first half of the series but Australia hit back …": a hedge
 * that sets up a writer's judgement. No fact to blank, and no statement to mark true or false.
 */
export const HEDGED_JUDGEMENT = /\b(?:may|might)\s+have\s+\p{Ll}+ed\b[^.;]*\bbut\b/u;
