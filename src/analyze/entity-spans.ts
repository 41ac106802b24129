/**
 * Replacing the entities a longer name covers with that one name: what the post-passes that put
 * split names together (acronym-names.ts, party-names.ts) share.
 */
import type { Entity } from '../types.js';

/** The entities wholly inside [start, end). */
export function entitiesWithin(entities: readonly Entity[], start: number, end: number): Entity[] {
  return entities.filter((e) => e.start >= start && e.end <= end);
}

/** Whether an entity crosses an end of [start, end): the span would cut it in two. */
export function straddles(entities: readonly Entity[], start: number, end: number): boolean {
  return entities.some((e) => (e.start < start && e.end > start) || (e.start < end && e.end > end));
}

/** The entities with `inside` replaced by `joined`, in sentence order. */
export function replaceWith(entities: readonly Entity[], inside: readonly Entity[], joined: Entity): Entity[] {
  return [...entities.filter((e) => !inside.includes(e)), joined].sort((a, b) => a.start - b.start);
}

/** The entities with every one that overlaps [start, end) replaced by `joined`, in sentence order. */
export function replaceSpan(entities: readonly Entity[], joined: Entity): Entity[] {
  return replaceWith(entities, entities.filter((e) => e.end > joined.start && e.start < joined.end), joined);
}
