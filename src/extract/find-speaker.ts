import type { Entity, Sentence } from '../types.js';
import { pronounPerson, type ArticleContext } from './article-context.js';
import { alternation, honorificsBeforeName } from '../lexicon/index.js';

/**
 * Who a span of a sentence names as the speaker: a person in it; or an office without a name
 * ("the Japanese Foreign Minister") matched to the person the article gives that office; or
 * "he"/"she", the nearest person before. Organisations may speak too ("Microsoft says").
 */
export function findSpeaker(s: Sentence, start: number, end: number, ctx: ArticleContext): Entity | null {
  const inSpan = s.entities.filter((e) => e.start >= start && e.end <= end);
  // "Devi's son said …", "a lawyer for Montalvo said …": the person named is not who spoke.
  const someoneElse = (e: Entity) => /^['’]s?\b/.test(s.text.slice(e.end, end)) || /\b(?:of|for|to)\s+(?:the\s+)?$/i.test(s.text.slice(start, e.start));
  const person = inSpan.find((e) => e.cls === 'person');
  // "Prime Minister Narendra Modi and his Japanese counterpart Fumio Kishida … said": they said
  // it together, and a key with one of them is half the answer.
  const people = inSpan.filter((e) => e.cls === 'person' && e.canonical !== person?.canonical);
  if (person && people.some((o) => /^[^.;]{0,60}\band\b/.test(s.text.slice(person.end, o.start)) && !/\b(?:said|says|told|added)\b/.test(s.text.slice(person.end, o.start)))) return null;
  if (person) return someoneElse(person) ? null : person;
  const span = s.text.slice(start, end).trim();
  if (/^(he|she)$/i.test(span)) {
    // ("“…,” he told Solicitor General Tushar Mehta": whom he told is not he.)
    const him = pronounPerson(ctx, s, start);
    return him && s.entities.some((e) => e.start >= end && e.canonical === him.canonical) ? null : him;
  }
  const byOffice = personByOffice(span, inSpan, ctx);
  if (byOffice) return byOffice;
  const org = inSpan.find((e) => e.cls === 'organisation');
  if (org && span.replace(/^the\s+/i, '').length <= org.text.length + 2) return org;
  return null;
}

/** "the Japanese Foreign Minister" → the person whose role is "Foreign Minister of Japan". */
function personByOffice(span: string, inSpan: Entity[], ctx: ArticleContext): Entity | null {
  const m = /^(?:the\s+)?(.*?)\s*$/i.exec(span);
  if (!m || span.split(/\s+/).length > 6) return null;
  const country = inSpan.find((e) => e.cls === 'place')?.canonical.toLowerCase();
  const titleWords = m[1]
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && !inSpan.some((e) => e.cls === 'place' && e.text.includes(w)));
  if (titleWords.length === 0) return null;
  const title = titleWords.join(' ').toLowerCase();
  const candidates = ctx.timeline
    .map((t) => t.entity)
    .filter((e) => e.cls === 'person' && e.role && e.role.toLowerCase().includes(title))
    .filter((e) => !country || e.role!.toLowerCase().includes(country));
  const names = new Set(candidates.map((e) => e.canonical));
  return names.size === 1 ? candidates[0] : null;
}

/** Whether the article writes a title before any mention of the person ("Chief Minister
 *  Neiphiu Rio", "ISRO Chairman V Narayanan"): who said something is worth learning only of
 *  someone who holds a public office. */
export function holdsOffice(person: Entity, ctx: ArticleContext): boolean {
  // ("Dr. Sonali Ghosh": an honorific is no office.)
  const office = (e: Entity) => !!e.role && !PERSONAL_ROLE.test(e.role) && !SOURCE_ROLE.test(e.role) && !HONORIFIC_ONLY.test(e.role) && !DEPARTMENT_SECRETARY.test(e.role);
  return office(person) || ctx.timeline.some(({ entity }) => entity.cls === 'person' && entity.canonical === person.canonical && office(entity));
}

/** ("Women, Child Development, and Social Security department secretary Manoj Kumar said the scheme
 *  is applicable to …": a department's secretary, in lower case, tells its scheme's facts.) */
const DEPARTMENT_SECRETARY = /^(?:department\s+|additional\s+|joint\s+|deputy\s+|under\s+)?secretary$/;
const HONORIFIC_ONLY = new RegExp(`^(?:${alternation(honorificsBeforeName())})\\.?$`, 'i');
/** Roles that serve one person, no public office: "Hussain's manager", "his friend". */
const PERSONAL_ROLE = /\b(?:manager|agent|friend|aide|assistant|publicist|relative|neighbou?r|colleague|lawyer|counsel)\b/i;
/** Officials a report quotes for its facts, not news makers: "Divisional Forest Officer Sunny
 *  Khokkar said …", "the Advocate General argued …", "Deputy Commissioner … said rescue …
 *  started": the fact is the news, who told it is not. */
const SOURCE_ROLE = /\b(?:officers?|officials?|spokes(?:person|man|woman)|advocates?|magistrate|collector|superintendent|inspector|ranger|tehsildar|(?:deputy|relief|divisional|district)\s+commissioner)\b|^(?:field\s+|park\s+)?director$/i;
