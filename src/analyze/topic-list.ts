/**
 * The syllabus topics by id, as `--topics`, `--group-by topic` and the config name them. Data
 * only from the lexicon (no analysis), so the command line's --help can list them cheaply.
 */
import { TOPIC_LEXICON } from '../lexicon/index.js';
import type { TopicId } from '../types.js';

export const TOPIC_IDS: readonly TopicId[] = TOPIC_LEXICON.map((t) => t.id);

/** "economy" → "Economy"; null for an id that is no topic. */
export function topicLabel(id: string): string | null {
  return TOPIC_LEXICON.find((t) => t.id === id)?.label ?? null;
}

/** "economy, environment" (or a list) → the ids, in the order given, once each; throws an
 *  Error naming the first unknown one and the known ones. */
export function parseTopics(list: string | readonly string[]): TopicId[] {
  const names = (typeof list === 'string' ? list.split(',') : list).map((t) => t.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) throw new Error('name at least one topic');
  const unknown = names.find((t) => !(TOPIC_IDS as readonly string[]).includes(t));
  if (unknown !== undefined) throw new Error(`unknown topic "${unknown}"; choose from ${TOPIC_IDS.join(', ')}`);
  return [...new Set(names)] as TopicId[];
}
