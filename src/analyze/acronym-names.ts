/**
 * A name followed by its acronym in brackets (or after a comma) spells itself out: "the United
 * States Geological Survey (USGS)", "the Ministry of Micro, Small and Medium Enterprises (MSME)",
 * "Integrated Cold Chain and Value Addition Infrastructure, ICCVAI". Where the
 * analyser split such a name (at a country name, at a comma), the acronym puts it together
 * again: the capitalised words whose initials spell it, with a "Ministry of" before them.
 */
import type { Entity } from '../types.js';
import { ORGANISATION_WORDS, organisationNamed, PERSON_NOUNS } from '../lexicon/index.js';
import { entitiesWithin, replaceWith, straddles } from './entity-spans.js';

/** "(MSME)", "(NMEO-Oilseeds)": capitals, maybe a word joined by a hyphen, or a last letter set
 *  apart ("Indian Institute of Technology, Madras (IIT M)"); or an acronym Indian papers write
 *  as a word, "(Unesco)", "(Isro)". */
// ("Tata Semiconductor Assembly and Test Pvt Ltd (“TSAT”)": quoted inside its brackets too.)
const ACRONYM_IN_BRACKETS = /\([“"]?([A-Z][A-Z&]{1,7}(?: [A-Z])?|[A-Z][a-z]{3,6})(-\p{Lu}\p{Ll}+| (?:Act|Bill|Rules|Code))?[”"]?\)/gu;
/** A company's legal ending, which its short form leaves out: "… Test Pvt Ltd (TSAT)". */
const COMPANY_ENDING = new Set(['Pvt', 'Private', 'Ltd', 'Limited', 'Inc', 'LLP']);
/** ", ICCVAI." after a name: its acronym set off by a comma, ending the clause. */
const ACRONYM_AFTER_COMMA = /,\s+([A-Z][A-Z&]{2,7})(?=\s*(?:[.,;)]|$))/gu;
/** Words and commas, with their offsets. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*|,/gu;
/** What may stand between the capitalised words of one name. */
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'in', 'the', '&', ',', 'de', 'du', 'from']);
const CAPITALISED = /^\p{Lu}/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

export function joinByAcronym(text: string, entities: Entity[]): Entity[] {
  if (!/\(|, [A-Z]{3}/.test(text)) return entities;
  let out = entities;
  for (const m of [...text.matchAll(ACRONYM_IN_BRACKETS), ...text.matchAll(ACRONYM_AFTER_COMMA)]) {
    // ("Protection of Children from Sexual Offences Act (POCSO Act)": the law's kind after its
    // short form is the name's last word, spelt by no initial.)
    const kind = m[2]?.startsWith(' ') ? m[2].trim() : null;
    const span = spelledSpan(text, m.index!, m[1].replace(' ', ''), kind);
    if (!span) continue;
    const inside = entitiesWithin(out, span.start, span.end);
    const acronymStart = m.index! + m[0].indexOf(m[1]);
    const short = m[1] + (m[2] ?? '');
    const whole = inside.length === 1 && inside[0].start === span.start && inside[0].end === span.end ? inside[0] : null;
    // Already one name: a short form with its kind names it too. Nothing the analyser saw as a
    // name, or a name already whole: leave it.
    // (Only a short form written with its kind, "(POCSO Act)": a bare "(IPC)" or "(GWRI)" stays the
    // short form the article goes on using.)
    if (whole && kind !== null) {
      out = out.map((e) => (e.start === acronymStart && e.text === short && e.canonical === e.text ? { ...e, cls: whole.cls, canonical: whole.canonical } : e));
      continue;
    }
    // ("Corruption Perceptions Index (CPI)": a short form the lexicon knows as another name's,
    // the Communist Party of India, is here the name it follows.)
    if (whole) out = out.map((e) => (e.start === acronymStart && e.text === short && e.canonical !== e.text && e.canonical.toLowerCase() !== whole.canonical.toLowerCase() ? { ...e, cls: whole.cls, canonical: whole.canonical } : e));
    if (inside.length === 0 || whole) continue;
    if (straddles(out, span.start, span.end)) continue;
    // (A word of the name written small is capitalised in its canonical form: "Indian Space Research Organisation".)
    const name = text.slice(span.start, span.end).replace(/\s+/g, ' ').replace(/(?<=\s)\p{Ll}[\p{L}-]*/gu, (w) => (CONNECTORS.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
    const head = name.split(' ').pop()!.toLowerCase();
    const cls: Entity['cls'] = ORGANISATION_WORDS.has(head) || inside.some((e) => e.cls === 'organisation') ? 'organisation' : 'term';
    // (A short form written as a word, "(Unesco)", names the body the lexicon knows by its name.)
    const known = /[a-z]/.test(m[1]) ? organisationNamed(short)?.name : undefined;
    const joined: Entity = { text: text.slice(span.start, span.end), cls, start: span.start, end: span.end, canonical: known ?? name };
    const named = out.map((e) => (e.start === acronymStart && e.text === short ? { ...e, cls, canonical: known ?? name } : e));
    out = replaceWith(named, inside, joined);
  }
  return out;
}

/** The span of the name that `acronym` (in brackets at `bracket`) spells, or null. */
function spelledSpan(text: string, bracket: number, acronym: string, kind: string | null = null): { start: number; end: number } | null {
  const words: Word[] = [];
  for (const w of text.slice(0, bracket).matchAll(WORD)) {
    // ("the component scheme-Integrated Cold Chain …": the name starts after the hyphen.)
    const tail = /^\p{Ll}[\p{L}-]*-(?=\p{Lu})/u.exec(w[0]);
    const at = w.index! + (tail ? tail[0].length : 0);
    words.push({ text: w[0].slice(at - w.index!), start: at, end: w.index! + w[0].length });
  }
  // Back from the bracket over capitalised words and the connectors between them.
  const last = words[words.length - 1];
  if (kind && last?.text !== kind) return null;
  let k = words.length - (kind ? 2 : 1);
  if (k < 0 || !CAPITALISED.test(words[k].text)) return null;
  const caps: Word[] = [];
  const spelt = acronym.replace(/&/g, '').toUpperCase();
  for (const top = k; k >= 0; k--) {
    const w = words[k];
    // (The company's legal ending, before any initial is read, is spelt by none.)
    // ("Reliance Industries Ltd (RIL)" spells it.)
    if (caps.length === 0 && COMPANY_ENDING.has(w.text.replace(/\.$/, '')) && spelt[spelt.length - 1] !== w.text[0].toUpperCase()) continue;
    if (CAPITALISED.test(w.text)) caps.unshift(w);
    else if (!CONNECTORS.has(w.text)) {
      // ("the Indian space Research Organisation’s (ISRO)": one word of the name written small, a
      // capitalised word before it, where with both the initials spell the short form whole.)
      const before = words[k - 1];
      const spellsWith = before && CAPITALISED.test(before.text) && [before, w, ...caps].map((c) => c.text[0]).join('').toUpperCase() === spelt;
      if (spellsWith) return { start: before.start, end: last.end - (/['’]s?$/.exec(last.text)?.[0].length ?? 0) };
      break;
    }
    const initials = caps.map((c) => c.text[0]).join('').toUpperCase();
    // ("'Multidisciplinary … Education' (MERITE)": a name in quotes ends before its closing quote.)
    // ("POCSO": a connector's initial may be spelt too, "Protection of Children …".)
    const spells = initials === spelt || (kind !== null && CAPITALISED.test(w.text) && spellsWithConnectors(spelt, words.slice(k, top + 1)));
    // ("the European Space Agency’s (ESA) Proba-3 mission": the owner's mark is no part of the name.)
    if (spells) return { start: withOwner(words, k), end: last.end - (/['’]s?$/.exec(last.text)?.[0].length ?? 0) };
    if (caps.length > acronym.length + 1) return null;
  }
  return null;
}

/** Whether `acronym` is the initials of `words`, each capitalised word's and any connector's. */
function spellsWithConnectors(acronym: string, words: readonly Word[], a = 0, w = 0): boolean {
  if (w === words.length) return a === acronym.length;
  const word = words[w].text;
  if (word === ',') return spellsWithConnectors(acronym, words, a, w + 1);
  const spelt = acronym[a] === word[0].toUpperCase() && spellsWithConnectors(acronym, words, a + 1, w + 1);
  return spelt || (!CAPITALISED.test(word) && spellsWithConnectors(acronym, words, a, w + 1));
}

/** "Micro, Small … Enterprises" → "Ministry of Micro, Small … Enterprises": a body named "<X> of"
 *  the thing the acronym spells. */
function withOwner(words: readonly Word[], first: number): number {
  const of = words[first - 1];
  const owner = words[first - 2];
  return of?.text === 'of' && owner && CAPITALISED.test(owner.text) && ORGANISATION_WORDS.has(owner.text.toLowerCase()) ? owner.start : words[first].start;
}

/** "Productivity Linked Bonus PLB" (no brackets): a name that ends on its own acronym is the
 *  name, and the acronym its short form. */
export function splitTrailingAcronym(entities: Entity[]): Entity[] {
  return entities.flatMap((e) => {
    const cut = e.text.lastIndexOf(' ');
    const m = cut > 0 && /^[A-Z]{2,6}$/.test(e.text.slice(cut + 1)) ? [e.text, e.text.slice(0, cut).trimEnd(), e.text.slice(cut + 1)] : null;
    if (!m || e.cls === 'person' || e.cls === 'date' || e.cls === 'number' || e.cls === 'money' || e.cls === 'percent') return [e];
    const initials = m[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials !== m[2]) return [e];
    const name = m[1];
    const at = e.start + e.text.length - m[2].length;
    return [
      { ...e, text: name, end: e.start + name.length, canonical: name },
      { ...e, text: m[2], start: at, end: e.end, canonical: name },
    ];
  });
}

/** What a scheme's or mission's name ends on. */
const SCHEME_HEAD = /\b(?:Mission|Scheme|Yojana|Abhiyan|Abhiyaan|Programme|Program|Project|Initiative|Fund|Portal|Policy)$/;

/** "the Pradhan Mantri Particularly Vulnerable Tribal Groups (PVTG) Development Mission": a
 *  name, its acronym in brackets and the kind of scheme after it are one name. */
export function joinAcronymContinuation(text: string, entities: Entity[]): Entity[] {
  if (!text.includes(') ')) return entities;
  let out = entities;
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const bracket = /^\s*\(([A-Z][A-Za-z&-]{1,9})\)\s+/.exec(text.slice(a.end));
    if (!bracket || (a.cls !== 'term' && a.cls !== 'organisation')) continue;
    const from = a.end + bracket[0].length;
    const b = out.find((e) => e.start === from && e.cls === 'term' && SCHEME_HEAD.test(e.text));
    if (!b) continue;
    const name = text.slice(a.start, b.end);
    const inside = out.filter((e) => e.start >= a.start && e.end <= b.end);
    out = replaceWith(out, inside, { text: name, cls: 'term', start: a.start, end: b.end, canonical: name });
  }
  return out;
}

/** "Indian Naval Ship (INS) Mormugao": a prefix spelt out, its short form in brackets, then the
 *  name it prefixes. One name, called as the short form writes it ("INS Mormugao"). */
const PREFIX_SPELT = /\b((?:\p{Lu}\p{Ll}+\s+){2,4})\((\p{Lu}{2,5})\)\s+(\p{Lu}[\p{L}-]+)(?![\p{L}-])/gu;

export function joinSpeltPrefix(text: string, entities: Entity[]): Entity[] {
  if (!text.includes(') ')) return entities;
  let out = entities;
  for (const m of text.matchAll(PREFIX_SPELT)) {
    const words = m[1].trim().split(/\s+/);
    if (words.map((w) => w[0]).join('') !== m[2]) continue;
    // ("Target Olympic Podium Scheme (TOPS) Athlete Anmol Kharb": a trade after
    // the brackets says who the name is of; it is named by no prefix.)
    if (PERSON_NOUNS.has(m[3].toLowerCase())) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (straddles(out, start, end)) continue;
    const name = `${m[2]} ${m[3]}`;
    out = replaceWith(out, entitiesWithin(out, start, end), { text: text.slice(start, end), cls: 'term', start, end, canonical: name });
  }
  return out;
}
