/**
 * A name the article gives in quotes ("widely known as 'Teach Rural'") is that name wherever
 * it stands unquoted: "Teach Rural was founded in 2009" is not the word "Teach" and a
 * "Rural". The quoted name, of capitalised words, replaces the pieces the analyser made of it.
 */
import type { Entity, Sentence } from '../types.js';
import { wholeWordSpans } from '../util/whole-word.js';
import { replaceSpan } from './entity-spans.js';

/** Two to five capitalised words. */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,4}$/u;

/** A scheme's whole name in quotes, small words and its bracketed short form inside: "the
 *  'PM Electric Drive Revolution in Innovative Vehicle Enhancement (PM E-DRIVE) Scheme'". */
const QUOTED_SCHEME = /['‘"“](\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:in|of|for|and|the|on|to|&)\s+)?(?:\p{Lu}[\p{L}\d'’-]*|\(\p{Lu}[\p{Lu}\d&-]{1,10}(?:\s\p{Lu}[\p{Lu}\d&-]{1,10})?\))){1,14})['’"”]/gu;
const SCHEME_HEAD = /\s(?:Scheme|Yojana|Mission|Programme|Program|Abhiyan|Abhiyaan|Policy|Initiative|Project|Fund)$/;

/** A name of capitalised words in quotes. */
const QUOTED_CAPITALS = /['‘"“](\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,4})['’"”]/gu;

/** "'Mysore' " right before a person's name: a nickname in quotes, one word. */
const NICKNAME_BEFORE = /['‘"“]\p{Lu}[\p{L}-]*['’"”]\s$/u;

export function withQuotedNames(sentences: readonly Sentence[], headline = ''): void {
  for (const s of sentences) wholeQuotedSchemes(s);
  for (const s of sentences) nicknamesBeforeNames(s);
  // ("Indian feat: 'This Moment' is a Grammy moment" above "… their music album This Moment": the
  // headline's quotes name it too, an opening "This" and all.)
  const names = new Set<string>([...headline.matchAll(QUOTED_CAPITALS)].map((m) => m[1]));
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'term' || !CAPITALISED_NAME.test(e.text)) continue;
      const before = s.text[e.start - 1] ?? '';
      if (/['‘"“]/.test(before)) names.add(e.text);
    }
  }
  if (!names.size) return;
  for (const s of sentences) {
    for (const name of names) {
      if (!s.text.includes(name)) continue;
      for (const [start, end] of wholeWordSpans(s.text, name)) {
        // ("… and Roudra Sathwikam (Malayalam poems) by Varma": the same words read as a person's
        // name are the quoted work's.)
        if (s.entities.some((e) => e.start === start && e.end === end && e.cls !== 'person')) continue;
        // (Not inside a longer name: "The Trust to Teach Rural Children".)
        if (s.entities.some((e) => e.start <= start && e.end >= end && (e.start < start || e.end > end) && e.end - e.start > end - start)) continue;
        s.entities = replaceSpan(s.entities, { text: name, cls: 'term', start, end, canonical: name } satisfies Entity);
      }
    }
  }
}

/** The pieces the analyser made of a quoted scheme's name, made one term again. */
function wholeQuotedSchemes(s: Sentence): void {
  if (!/['‘"“]/.test(s.text)) return;
  for (const m of s.text.matchAll(QUOTED_SCHEME)) {
    const name = m[1];
    if (!SCHEME_HEAD.test(name) || !/\s(?:in|of|for|and|the|on|to|&)\s|\(/.test(name)) continue;
    const start = m.index! + 1;
    const end = start + name.length;
    s.entities = replaceSpan(s.entities, { text: name, cls: 'term', start, end, canonical: name } satisfies Entity);
  }
}

/** "Veteran Kannada actor 'Mysore' Srikantayya Umesh died …": a one-word nickname in quotes before
 *  a person's name is part of it, no place nor term of its own (nor of the trade before it). */
function nicknamesBeforeNames(s: Sentence): void {
  if (!/['‘"“]/.test(s.text)) return;
  for (const e of s.entities) {
    if (e.cls !== 'person') continue;
    const m = NICKNAME_BEFORE.exec(s.text.slice(Math.max(0, e.start - 30), e.start));
    if (!m) continue;
    const start = e.start - m[0].length;
    s.entities = replaceSpan(s.entities, { ...e, text: s.text.slice(start, e.end), start });
  }
}
