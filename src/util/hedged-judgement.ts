/**
 * "India may have dominated the first half of the series but Australia hit back …": a hedge
 * that sets up a writer's judgement. No fact to blank, and no statement to mark true or false.
 */
export const HEDGED_JUDGEMENT = /\b(?:may|might)\s+have\s+\p{Ll}+ed\b[^.;]*\bbut\b/u;

/** "The LDF had put forth a good performance, with …": the writer's grade of a showing, no deed to
 *  ask who did nor a statement to mark true or false (a figure beside it may still be asked). */
export const GRADED_SHOWING = /\b(?:a|an)\s+(?:(?:very|fairly|rather|quite|really)\s+)?(?:good|strong|impressive|poor|excellent|remarkable|creditable|dismal|decent|stellar|spirited|brilliant|splendid|commendable|lacklustre|disappointing)\s+(?:performance|show|showing)\b/i;

/** "Prof Lalremsanga and his co-researchers seem to have a knack for …", "the fire appears to have
 *  started …": what seems so is the writer's impression, no fact to blank or mark true or false. */
export const SEEMING = /\b(?:seems?|seemed|appears?|appeared)\s+to\s+(?:have|be)\b/;
