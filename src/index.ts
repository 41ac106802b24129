/**
 * quizwire's library API: the pipeline stages as pure functions over plain data, and the
 * renderers. The CLI (src/cli) is a thin layer over these.
 */
export type * from './types.js';
export { ingest, sniffKind, IngestError, type InputKind } from './ingest/index.js';
export { analyzeArticle } from './analyze/index.js';
export { classifyTopics, topicScores } from './analyze/topics.js';
export { TOPIC_IDS, topicLabel, parseTopics } from './analyze/topic-list.js';
export { TOPIC_LEXICON, type TopicLexicon } from './lexicon/index.js';
export { extractFacts } from './extract/index.js';
export { generateItems, buildDistractorPool, DEFAULT_TYPES, parseTypes, type GenerateOptions } from './generate/index.js';
export { studyText, buildDocument, articleMeta, type ArticleResult } from './pipeline.js';
export { renderJson } from './render/json/json.js';
export { createTemplateEnv, TemplateError, type TemplateEnv } from './render/template/env.js';
export { studyStream, BatchCollector, dedupeFacts, groupDocument, type BatchDocument, type StudyEvent } from './batch/index.js';
export {
  generateOutputs,
  type OutputsOptions,
  type OutputsEvent,
  type OutputsResult,
  type GeneratedFile,
  type WholeFile,
} from './outputs/generate-outputs.js';
export type { OutputsInput } from './outputs/study-inputs.js';
export type { WebOptions, FetchCounts } from './outputs/web-inputs.js';
export type { FetchSettings } from './fetch/fetch-settings.js';
export { StateFileError } from './state/state-file.js';
export { OUTPUT_DEFAULTS } from './outputs/defaults.js';
export { FORMATS, type Format } from './render/index.js';
export { VERSION } from './version.js';
