/**
 * "the India-Kyrgyzstan Joint Special Forces Exercise Khanjar", "Operation Sindoor": an exercise's
 * or an operation's own name is its head word and the one name after it; the words before the
 * head describe it. The analyser reads "… Exercise" and "Khanjar" apart, and no blank asks
 * either whole: the name is made "Exercise Khanjar", the words before it left as plain words.
 */
import type { Entity } from '../types.js';

/** A description that ends on the head word of a named drill or operation. */
const ENDS_ON_HEAD = /(?:^|\s)(Exercise|Operation)$/;

export function joinOperationNames(text: string, entities: Entity[]): Entity[] {
  if (!/\b(?:Exercise|Operation)\s+\p{Lu}/u.test(text)) return entities;
  const out: Entity[] = [];
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    const next = entities[i + 1];
    const head = e.cls === 'term' ? ENDS_ON_HEAD.exec(e.text) : null;
    if (!head || !next || next.cls !== 'term' || next.start !== e.end + 1 || text[e.end] !== ' ' || /\s/.test(next.text)) {
      out.push(e);
      continue;
    }
    // (The words before the head stay plain words: a description, no name of their own.)
    const at = e.end - head[1].length;
    const name = text.slice(at, next.end);
    out.push({ ...next, text: name, start: at, canonical: name });
    i++;
  }
  return out;
}
