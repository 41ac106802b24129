/**
 * "the Group of 20 (G20)", "the Group of Seven": a grouping named by its number of members is one
 * name; the analyser reads a body "Group" and a figure, and a blank would ask half of it ("the
 * _____ of 20").
 */
import type { Entity } from '../types.js';
import { organisationNamed } from '../lexicon/index.js';

const NUMBER = /^(?:\d{1,3}|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty)$/i;

export function joinNumberedGroups(text: string, entities: Entity[]): Entity[] {
  if (!text.includes('Group of')) return entities;
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out[out.length - 1];
    if (prev && prev.text === 'Group' && text.slice(prev.end, e.start) === ' of ' && NUMBER.test(e.text)) {
      const joined = text.slice(prev.start, e.end);
      // (Under the lexicon's name where it knows the grouping: "Group of Seven" is the G7's.)
      out[out.length - 1] = { ...prev, cls: 'organisation', text: joined, end: e.end, canonical: organisationNamed(joined)?.name ?? joined };
      continue;
    }
    out.push(e);
  }
  return out;
}
