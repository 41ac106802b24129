/**
 * "PSLV-C62/EOS-N1", "GSLV-F16/NISAR": a launch is named by its rocket's flight and its payload
 * joined by a slash, one name; the analyser reads two, and a blank on either half ("its
 * _____/EOS-N1 mission") would ask half of one.
 */
import type { Entity } from '../types.js';

/** A code name: capitals first, with a digit or a capital after a hyphen ("PSLV-C62", "NISAR"). */
const CODE = /^\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*$/u;

export function joinSlashCodes(text: string, entities: Entity[]): Entity[] {
  if (!text.includes('/')) return entities;
  const out: Entity[] = [];
  for (const e of entities) {
    const prev = out[out.length - 1];
    if (prev && prev.cls === 'term' && e.cls === 'term' && text.slice(prev.end, e.start) === '/' && CODE.test(prev.text) && CODE.test(e.text) && /\d/.test(prev.text + e.text)) {
      const joined = text.slice(prev.start, e.end);
      out[out.length - 1] = { ...prev, text: joined, end: e.end, canonical: joined };
      continue;
    }
    out.push(e);
  }
  return out;
}
