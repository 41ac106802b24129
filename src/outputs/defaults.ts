import type { GroupBy } from '../batch/periods.js';
import { ITEM_TYPES } from '../generate/parse-types.js';
import { DEFAULT_DECK } from '../render/anki/options.js';
import type { Format } from '../render/index.js';

/** What a run makes when not told otherwise (the command line shows these in --help). */
export const OUTPUT_DEFAULTS = {
  formats: ['json'] as Format[],
  seed: 1,
  types: ITEM_TYPES,
  maxPerArticle: 20,
  deck: DEFAULT_DECK,
  paper: 'a4' as const,
  columns: 1 as const,
  versions: 1,
  key: 'inline' as const,
  groupBy: 'none' as GroupBy,
};
