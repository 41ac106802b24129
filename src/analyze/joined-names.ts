/**
 * Names the analyser reads in two halves around a small word: "Viksit Bharat Guarantee for Rozgar
 * and Ajeevika Mission (Gramin)" (a scheme whose name runs on past "for" to its head word) and
 * "Voice of the People Party" (a party whose name opens on a word and "of the"). Without this the
 * blank is half a name ("the _____ for Rozgar …" → Viksit Bharat Guarantee).
 */
import type { Entity, Sentence } from '../types.js';
import { replaceSpan } from './entity-spans.js';
import { organisationNamed } from '../lexicon/index.js';

/** " for Rozgar and Ajeevika Mission (Gramin)": capitalised words, "and", to a scheme's head word. */
const FOR_SCHEME = /^\s+for\s+(?:(?:\p{Lu}[\p{L}-]*|and|&)\s+){0,6}\p{Lu}[\p{L}-]*\s+(?:Mission|Scheme|Yojana|Abhiyan|Abhiyaan|Programme|Program)(?:\s+\((?:Gramin|Urban|Rural|Shahari|Grameen)\))?/u;
/** "Voice of the ": a capitalised word and "of the" right before a party's name, opening the
 *  sentence or after "the" (never "Leader of the …", "Dissanayaka of the …" inside a sentence). */
const OPENING_OF_THE = /(?:^|\b[Tt]he\s+)(\p{Lu}\p{Ll}+)\s+of\s+the\s+$/u;
const PARTY_HEAD = /\b(?:Party|Front|League|Conference|Congress|Morcha|Sangh|Dal|Alliance|Federation)$/;

export function withJoinedNames(sentences: readonly Sentence[]): void {
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'term' && e.cls !== 'organisation') continue;
      const scheme = / for /.test(s.text.slice(e.end, e.end + 5)) ? FOR_SCHEME.exec(s.text.slice(e.end)) : null;
      if (scheme) {
        const end = e.end + scheme[0].length;
        const text = s.text.slice(e.start, end);
        s.entities = replaceSpan(s.entities, { ...e, text, end, canonical: text } satisfies Entity);
        continue;
      }
      // (Not a party the lexicon knows whole, "Leaders of the Bharatiya Janata Party", nor after a
      // plural, whose members it names.)
      const opening = PARTY_HEAD.test(e.text) && !organisationNamed(e.text) ? OPENING_OF_THE.exec(s.text.slice(0, e.start)) : null;
      const from = opening ? s.text.lastIndexOf(opening[1], e.start) : -1;
      // (Nor a name's last word: "Dissanayaka of the People's Liberation Front" is who, and of which party.)
      if (opening && !/s$/.test(opening[1]) && !s.entities.some((o) => o !== e && o.start <= from && o.end > from)) {
        const text = s.text.slice(from, e.end);
        s.entities = replaceSpan(s.entities, { ...e, cls: 'organisation', text, start: from, canonical: text } satisfies Entity);
      }
    }
  }
}
