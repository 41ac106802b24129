/**
 * Whether a "he" or a "she" can point at a person: what the article itself says (a "Mr", "Ms"
 * or "Mrs" before the surname), else the lexicon's given names. Unknown stays unknown: a
 * pronoun may then point at anyone, as before.
 */
import type { Entity } from '../types.js';
import type { ArticleContext } from './article-context.js';
import { reEscape } from '../util/re-escape.js';
import { alternation, givenNameGender, honorificsOfGender } from '../lexicon/index.js';

const MALE_TITLES = alternation(honorificsOfGender('m'));
const FEMALE_TITLES = alternation(honorificsOfGender('f'));

export type Gender = 'm' | 'f';

const MALE_KIN = 'father|husband|son|brother|grandfather|grandson|uncle|nephew|widower';
const FEMALE_KIN = 'mother|wife|daughter|sister|grandmother|granddaughter|aunt|niece|widow';

/** The article's sentences as one text, made once per article. */
const TEXTS = new WeakMap<ArticleContext, string>();
function articleText(ctx: ArticleContext): string {
  let text = TEXTS.get(ctx);
  if (text === undefined) TEXTS.set(ctx, (text = ctx.analyzed.sentences.map((s) => s.text).join(' ')));
  return text;
}

/** Genders already read, per article and person: each pronoun asks again of every candidate. */
const GENDERS = new WeakMap<ArticleContext, Map<string, Gender | null>>();

/** What the article and the name say of a person's gender; null when neither says. */
export function genderOf(person: Entity, ctx: ArticleContext): Gender | null {
  let known = GENDERS.get(ctx);
  if (!known) GENDERS.set(ctx, (known = new Map()));
  let gender = known.get(person.canonical);
  if (gender === undefined) known.set(person.canonical, (gender = readGender(person, ctx)));
  return gender;
}

function readGender(person: Entity, ctx: ArticleContext): Gender | null {
  const parts = person.canonical.split(/\s+/);
  const surname = parts[parts.length - 1];
  const text = articleText(ctx);
  const titled = (titles: string) => new RegExp(`\\b(?:${titles})\\.?\\s+(?:[A-Z][\\w.'’-]*\\s+)*${reEscape(surname)}\\b`).test(text);
  if (titled(MALE_TITLES)) return 'm';
  if (titled(FEMALE_TITLES)) return 'f';
  // ("and mother Parvathi Thangammal", "his wife Mina": a kinship word right before the name.)
  const kin = kinNamed(ctx).find(([name]) => name === person.canonical || name.startsWith(`${person.canonical} `));
  if (kin) return kin[1];
  // ("Arvinder Singh Lovely", "Harpreet Kaur": the Sikh middle names say which, "Singh" for men and
  // "Kaur" for women.)
  if (parts.length >= 3 && parts.slice(1, -1).includes('Singh')) return givenNameGender(parts[0]) ?? 'm';
  if (parts.length >= 2 && parts.slice(1).includes('Kaur')) return givenNameGender(parts[0]) ?? 'f';
  return givenNameGender(parts[0]) ?? pronounsAfter(person, ctx);
}

/** The gender the pronouns say of one named alone: "The tenure of Madhabi Puri Buch was embroiled in
 *  controversies. Various allegations were made against her." A "she" or "her" after a sentence
 *  that names only this person, before anyone else is named, can point at no one else; "he" the
 *  same way. A name the lexicon does not know is then no longer any pronoun's. Both, or neither, say
 *  nothing. */
function pronounsAfter(person: Entity, ctx: ArticleContext): Gender | null {
  const sentences = ctx.analyzed.sentences;
  let male = false;
  let female = false;
  sentences.forEach((s, i) => {
    const people = s.entities.filter((e) => e.cls === 'person');
    if (!people.length || people.some((e) => e.canonical !== person.canonical)) return;
    const last = people.at(-1)!;
    const next = sentences[i + 1];
    // (A pronoun opening the next sentence carries on the story's subject, whoever was named last:
    // "Apart from Madhabi Puri Buch, the other 10 Sebi chiefs have been IAS officers. He is a
    // 1987-batch IAS officer" is the new chief. Only one within that sentence says whose it is.)
    const nextText = next && !next.entities.some((e) => e.cls === 'person') ? next.text.replace(/^(?:[^,;]{0,40},\s*)?(?:He|She|His|Her)\b/, '') : '';
    const after = `${s.text.slice(last.end)} ${nextText}`;
    if (/\b(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/.test(after)) female = true;
    if (/\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b/.test(after)) male = true;
  });
  return male === female ? null : female ? 'f' : 'm';
}

/** Each name written right after a kinship word, with the gender the word gives: one scan of the
 *  article, not one per person. */
const KIN = new WeakMap<ArticleContext, [string, Gender][]>();
const KIN_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;
const KIN_BEFORE_NAME = new RegExp(`\\b(?:(${MALE_KIN})|${FEMALE_KIN})(?:-in-law)?,?\\s+(${KIN_NAME})`, 'gu');
/** "his two daughters, Anisa and Isabella Qureshi": each name of the list a plural kinship word opens. */
const KIN_BEFORE_NAMES = new RegExp(`\\b(?:(sons|brothers|grandsons|nephews)|daughters|sisters|granddaughters|nieces),?\\s+(${KIN_NAME}(?:(?:,\\s+|,?\\s+and\\s+)${KIN_NAME})+)`, 'gu');
function kinNamed(ctx: ArticleContext): [string, Gender][] {
  let found = KIN.get(ctx);
  if (!found) {
    const text = articleText(ctx);
    found = [...text.matchAll(KIN_BEFORE_NAME)].map((m) => [m[2], m[1] ? 'm' : 'f']);
    for (const m of text.matchAll(KIN_BEFORE_NAMES)) for (const name of m[2].replace(/\.(?:\s.*)?$/, '').split(/,?\s+and\s+|,\s+/)) found.push([name, m[1] ? 'm' : 'f']);
    KIN.set(ctx, found);
  }
  return found;
}

/** Whether "he" or "she" may point at this person. */
export function pronounFits(pronoun: string, person: Entity, ctx: ArticleContext): boolean {
  const gender = genderOf(person, ctx);
  if (gender === null) return true;
  // ("The officer …", "The batter …": a trade says nothing of which.)
  if (/^(?:she|her|hers)$/i.test(pronoun)) return gender === 'f';
  return /^(?:he|him|his)$/i.test(pronoun) ? gender === 'm' : true;
}
