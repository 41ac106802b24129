/**
 * What an article says of the people it names, for options of one kind: the country it ties
 * each to ("Oh Ye Jin of South Korea", "South Korea's Oh Ye Jin", "Indian shooter Manu Bhaker",
 * and a teammate or compatriot of the one the sentence before opens with: "Oh Ye Jin of South
 * Korea finished on top. Her teammate Kim Ye-ji …"), and their gender (person-gender.ts). A
 * Korean is no believable wrong answer to "Who was the first woman to win a medal in shooting
 * for India?". Read around each mention: a few anchored tests per person named.
 */
import type { Entity, PersonNotes, Sentence } from '../types.js';
import { genderOf } from './person-gender.js';
import { countryNamed, countryOfDemonym, roleOfWord, WOMAN_WORD } from '../lexicon/index.js';
import { normalizeKey } from '../util/ids.js';
import type { ArticleContext } from './article-context.js';

/** What the article says of each person it names (canonical name → country, gender), read once
 *  per article; null when it says nothing. */
const READ = new WeakMap<ArticleContext, Readonly<Record<string, PersonNotes>> | null>();

export function peopleNotes(ctx: ArticleContext): Readonly<Record<string, PersonNotes>> | null {
  let found = READ.get(ctx);
  if (found === undefined) {
    const countries = readAll(ctx.analyzed.sentences);
    // (A gender is read only where a question may ask a woman: reading every person's costs a
    // scan of the article each.)
    const genders = ctx.analyzed.sentences.some((s) => WOMAN_WORD.test(s.text));
    const out: Record<string, PersonNotes> = {};
    // ("Advocate Kanu Agarwal for the Centre": the title before a name says what kind of person,
    // for a judge's options read from any sentence, one with no fact of its own too.)
    const roles: Record<string, string> = {};
    for (const { entity } of ctx.timeline) {
      // ("Governor of Maharashtra", "President of India": the office's head word, before its place.)
      const role = entity.cls === 'person' && entity.role && !(entity.canonical in roles) ? roleOfWord(entity.role.replace(/\s+(?:of|for)\s.*$/, '').split(/\s+/).pop() ?? '')?.role : undefined;
      if (role) roles[entity.canonical] = role;
    }
    for (const { entity } of ctx.timeline) {
      if (entity.cls !== 'person' || entity.canonical in out) continue;
      const notes: PersonNotes = {};
      if (countries?.[entity.canonical]) notes.country = countries[entity.canonical];
      const gender = genders ? genderOf(entity, ctx) : null;
      if (gender) notes.gender = gender;
      if (roles[entity.canonical]) notes.role = roles[entity.canonical];
      if (notes.country || notes.gender || notes.role) out[entity.canonical] = notes;
    }
    READ.set(ctx, (found = Object.keys(out).length ? out : null));
  }
  return found;
}

function readAll(sentences: readonly Sentence[]): Record<string, string> | null {
  const out: Record<string, string> = {};
  const mates: [Entity, Sentence][] = [];
  for (const s of sentences) {
    for (const e of s.entities) {
      if (e.cls !== 'person' || e.canonical in out) continue;
      const country = countryAround(s, e);
      if (country) out[e.canonical] = country;
      else if (MATE_BEFORE.test(s.text.slice(Math.max(0, e.start - 40), e.start))) mates.push([e, s]);
    }
  }
  // "Her teammate Kim Ye-ji": the country of the person the sentence before opens with.
  for (const [e, s] of mates) {
    const before = sentences[s.index - 1];
    if (!before || e.canonical in out) continue;
    const opener = before.entities.find((o) => o.cls === 'person');
    // (The opener may be a name the analyser did not take for a person: "Oh Ye Jin of South Korea".)
    const country = opener && opener.start < 3 ? out[opener.canonical] : longestCountry(OPENER_OF.exec(before.text)?.[1] ?? '');
    if (country) out[e.canonical] = country;
  }
  return Object.keys(out).length ? out : null;
}

/** A name and up to three capitalised words after "of": the country, whole. */
const OF_AFTER = /^,?\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})/u;
/** "South Korea's Oh Ye Jin", "Indian shooter Manu Bhaker": an owner or a people before the name. */
const OWNER_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s?\s+(?:\p{Ll}+\s+){0,2}$/u;
const PEOPLE_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+\s+){0,2}$/u;
const OPENER_OF = /^(?:\p{Lu}[\p{L}.-]*\s+){1,4}(?:of|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3})/u;
const MATE_BEFORE = /\b(?:His|Her|Their|his|her|their)\s+(?:teammate|compatriot|countryman|countrywoman)\s+$/;

function countryAround(s: Sentence, e: Entity): string | null {
  const of = OF_AFTER.exec(s.text.slice(e.end, e.end + 60));
  const after = of && longestCountry(of[1]);
  if (after) return after;
  const near = s.text.slice(Math.max(0, e.start - 50), e.start);
  const owner = OWNER_BEFORE.exec(near);
  const owned = owner && longestCountry(owner[1]);
  if (owned) return owned;
  const people = PEOPLE_BEFORE.exec(near);
  const country = people && countryOfDemonym(people[1]);
  return country ? normalizeKey(country.name) : null;
}

/** "South Korea" of "South Korea finished", "Korea" of "the Korea Open": the longest run of the
 *  words that names a country. */
function longestCountry(words: string): string | null {
  const parts = words.split(/\s+/).filter(Boolean);
  for (let k = parts.length; k > 0; k--) {
    const country = countryNamed(parts.slice(0, k).join(' '));
    if (country) return normalizeKey(country.name);
  }
  return null;
}
