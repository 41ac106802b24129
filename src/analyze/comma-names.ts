/**
 * "The United Nations Educational, Scientific and Cultural Organization …": a body the lexicon
 * knows by a name with a comma in it is one name, not "United Nations" and "Cultural
 * Organization" either side of a list. Without this a blank cuts the name ("The _____
 * Educational, …" → United Nations).
 */
import type { Entity, Sentence } from '../types.js';
import { organisations } from '../lexicon/index.js';
import { replaceSpan } from './entity-spans.js';

/** The lexicon's names and aliases with a comma, each with the body's own name, longest first,
 *  made on first use. */
let COMMA_NAMES: readonly (readonly [string, string])[] | undefined;
function commaNames(): readonly (readonly [string, string])[] {
  return (COMMA_NAMES ??= organisations().flatMap((o) => o.aliases.filter((a) => a.includes(', ')).map((a) => [a, o.name] as const)).sort((a, b) => b[0].length - a[0].length));
}

export function withCommaNames(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    if (!s.text.includes(', ')) continue;
    for (const [name, canonical] of commaNames()) {
      const at = s.text.indexOf(name);
      // (Whole words only, and never inside a name already longer.)
      if (at < 0 || /\p{L}/u.test(s.text[at - 1] ?? '') || /\p{L}/u.test(s.text[at + name.length] ?? '')) continue;
      if (s.entities.some((e) => e.start <= at && e.end >= at + name.length)) continue;
      s.entities = replaceSpan(s.entities, { text: name, cls: 'organisation', start: at, end: at + name.length, canonical } satisfies Entity);
    }
  }
}
