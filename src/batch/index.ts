/** Batches: streaming study over workers, facts parked on disk, generation per article over
 *  workers, cross-article dedupe, grouping by period. */
export { studyStream, type BatchInput, type StudyEvent, type StreamOptions } from './study-stream.js';
export { BatchCollector, type BatchDocument, type ItemSpill } from './batch-document.js';
export { apkgInWorker, type ApkgRun } from './apkg-in-worker.js';
export { dedupeFacts, jaccard, tokenSet, type DedupeOptions, type DedupeOutcome } from './dedupe-facts.js';
export { groupDocument, type PeriodDocument } from './group-articles.js';
export { periodOf, isoWeek, GROUP_BY, UNDATED, type GroupBy } from './periods.js';
export { inRange, isIsoDay, hasRange, type DateRange, type RangeVerdict } from './date-range.js';
export { slimResult } from './slim-result.js';
