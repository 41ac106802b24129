/**
 * "Scientology defector arrested after attempting to leave organization", "Australian woman
 * claims …": a headline that calls the person its news is about by what they are, not by name
 * (or names them: then what the lead or a question calls them, see namedReferent).
 * The lead names them ("Daniel Montalvo, 19, a member of Scientology all his life, was
 * arrested …"): that person is whom the quiz asks about first, and once asked, the set's other
 * items call them as the headline does ("the Scientology defector") instead of naming them.
 */
import type { Fact } from '../types.js';
import { cityNamed, countryOf, PERSON_NOUNS, regionNamed, roleOfWord } from '../lexicon/index.js';
import { mentions, sameValue } from './equivalence.js';
import { stems } from './content-stems.js';
import { reEscape } from '../util/re-escape.js';
import { wholeWordSpans } from '../util/whole-word.js';

export interface HeadlineReferent {
  /** The person, as the facts name them. */
  name: string;
  /** "the Scientology defector". */
  description: string;
  /** The fact that asks for them first (a question rather than a blank where there is one). */
  factId: string;
}

/** How far into the story the person must be named: the lead. */
const LEAD_SENTENCES = 3;
/** Words before the person noun that can describe them ("all-girl Afghan", "Scientology"). */
const MAX_MODIFIERS = 3;
/** An opening clause before the headline's subject: "After visa snags, …". */
const OPENING_CLAUSE = /^(?:After|Despite|Amid|Following|Before|In)\b[^,]{0,60},\s*/i;
const NOT_MODIFIER = /^(?:a|an|the|to|of|in|on|at|for|and|or|by|with|is|are|was|were|says?|said)$/i;

/** The headline's subject when it is a person called by a noun: its modifiers and the noun. */
function describedSubject(headline: string): { words: string[]; noun: string } | null {
  const words = headline.replace(OPENING_CLAUSE, '').split(/\s+/);
  for (let i = 0; i <= MAX_MODIFIERS && i < words.length; i++) {
    const noun = words[i].toLowerCase().replace(/[^a-z-]/g, '');
    if (!PERSON_NOUNS.has(noun)) continue;
    const modifiers = words.slice(0, i);
    if (modifiers.some((w) => NOT_MODIFIER.test(w))) return null;
    // ("Lone woman judge on SC bench …": a person noun before another is its modifier.)
    const next = words[i + 1]?.toLowerCase().replace(/[^a-z-]/g, '');
    if (next && (PERSON_NOUNS.has(next) || roleOfWord(next))) return { words: [...modifiers, words[i]], noun: next };
    return { words: modifiers, noun };
  }
  return null;
}

/** A Title Case headline capitalises every word: there a modifier keeps its capital only where
 *  the story writes it so (a name, a demonym). */
function description(headline: string, words: readonly string[], noun: string, sentences: readonly string[]): string {
  const all = headline.split(/\s+/);
  const titleCase = all.filter((w) => /^\p{Lu}/u.test(w)).length >= all.length * 0.7;
  const capitalised = (w: string) => sentences.some((s) => new RegExp(`[^.!?]\\s${w.replace(/[^\p{L}\d-]/gu, '')}\\b`, 'u').test(s));
  // (So does the headline's first word, capitalised as any sentence's: "Lone woman judge …".)
  const known = (w: string) => !!(countryOf(w) ?? regionNamed(w) ?? cityNamed(w));
  const first = (w: string, i: number) => i === 0 && all[0] === w && !known(w.replace(/[^\p{L}-]/gu, ''));
  const kept = words.map((w, i) => ((titleCase || first(w, i)) && /^\p{Lu}/u.test(w) && !capitalised(w) ? w.toLowerCase() : w));
  return ['the', ...kept, noun].join(' ');
}

/** "Congress veteran and former Kerala chief minister Oommen Chandy": what a lead calls the person
 *  before their name, when it is what they were. */
const FORMER_ROLE_BEFORE = /(?:^|\s)((?:(?:former|late|veteran)\s+|ex-\s*)(?:(?!and\s)[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)\s+$/iu;
/** "Who was the 30th Chief of the Army Staff?": the Nth holder of an office, one person. */
const NTH_HOLDER = /^Who (?:was|is|became) (the \d{1,3}(?:st|nd|rd|th) \p{Lu}[^?]{3,80})\?$/u;
/** Words at most in a description taken from a question. */
const MAX_HOLDER_WORDS = 8;

/**
 * "Oommen Chandy passes away; PM Modi mourns Kerala leader", "Gen Dwivedi takes over as Army
 * chief": a headline that names the person its news is about. Asked once, the person is called in
 * the set's other items by what the lead says they were ("the former Kerala chief minister") or
 * by the office a question asks them for ("the 30th Chief of the Army Staff"): those items would
 * otherwise all print the answer (an obituary names its subject in every sentence).
 */
function namedReferent(facts: readonly Fact[], headline: string): HeadlineReferent | null {
  const name = headlinePerson(facts, headline);
  if (!name) return null;
  // (Named again later, where other items would print the name.)
  if (new Set(facts.filter((f) => mentions(f.sentence, name, 'person')).map((f) => f.sentenceIndex)).size < 2) return null;
  const theirs = facts.filter((f) => f.answerType === 'person' && sameValue(f.answer, name, 'person'));
  const first = [...theirs].sort((a, b) => Number(a.pattern === 'cloze') - Number(b.pattern === 'cloze') || a.sentenceIndex - b.sentenceIndex)[0];
  const description = formerRole(facts, name) ?? officeAskedFor(theirs);
  return first && description ? { name, description, factId: first.id } : null;
}

/** The person of the lead the headline opens on, after a title at most ("Former CM S M Krishna …"). */
function headlinePerson(facts: readonly Fact[], headline: string): string | null {
  const opening = headline.slice(0, 40);
  const lead = facts.filter((f) => f.answerType === 'person' && f.sentenceIndex < LEAD_SENTENCES);
  const found = lead.find((f) => opening.includes(f.answer) || new RegExp(`^(?:\\S+\\s+){0,2}${reEscape(f.answer.split(/\s+/).pop()!)}\\b`).test(headline));
  return found?.answer ?? null;
}

/** "the former Kerala chief minister" ("ex-" read as "former"), from the first sentence that says it. */
function formerRole(facts: readonly Fact[], name: string): string | null {
  for (const f of [...facts].sort((a, b) => a.sentenceIndex - b.sentenceIndex)) {
    const at = f.sentence.indexOf(name);
    const role = at > 0 ? FORMER_ROLE_BEFORE.exec(f.sentence.slice(0, at)) : null;
    if (role) return `the ${role[1].replace(/^ex-\s*/i, 'former ').replace(/^(?:former|late|veteran)\b/i, (w) => w.toLowerCase())}`;
  }
  return null;
}

/** "the 30th Chief of the Army Staff", from a question that asks for them by it, in a few words. */
function officeAskedFor(theirs: readonly Fact[]): string | null {
  for (const f of theirs) {
    const holder = NTH_HOLDER.exec(f.question);
    if (holder && !/\sand\s/.test(holder[1]) && holder[1].split(/\s+/).length <= MAX_HOLDER_WORDS) return holder[1];
  }
  return null;
}

/** ", a Harappan-era city in Gujarat,": what the lead says a name is, right after it. */
const KIND_AFTER = /^,\s+(?:a|an)\s+([^,;()]{3,60}),/;
/** Share of a description's words the headline must have. */
const DESCRIBED_SHARE = 0.7;

/**
 * "Unesco declares Harappan city in Gujarat a world heritage site": a headline that calls the
 * place or thing its news is about by what the lead says it is ("… added Dholavira, a
 * Harappan-era city in Gujarat, to its list …"). That name is the news, asked first.
 */
function describedThing(facts: readonly Fact[], headline: string): HeadlineReferent | null {
  const head = stems(headline);
  const lead = facts.filter((f) => f.sentenceIndex < LEAD_SENTENCES && f.answerType !== 'person' && f.answerType !== 'number' && f.answerType !== 'date' && f.answerType !== 'year');
  for (const f of [...lead].sort((a, b) => a.sentenceIndex - b.sentenceIndex)) {
    if (mentions(headline, f.answer, f.answerType)) continue;
    const at = f.sentence.indexOf(f.answer);
    const kind = at >= 0 ? KIND_AFTER.exec(f.sentence.slice(at + f.answer.length)) : null;
    const words = kind ? [...stems(kind[1])] : [];
    if (words.length < 2 || words.filter((w) => head.has(w)).length < Math.max(2, words.length * DESCRIBED_SHARE)) continue;
    const theirs = facts.filter((g) => g.answerType === f.answerType && sameValue(g.answer, f.answer, f.answerType));
    const first = [...theirs].sort((a, b) => a.sentenceIndex - b.sentenceIndex || Number(a.pattern === 'cloze') - Number(b.pattern === 'cloze'))[0];
    return { name: f.answer, description: `the ${kind![1]}`, factId: first.id };
  }
  return null;
}

/** How near before a name the headline's modifier must stand to describe that person. */
const MODIFIER_REACH = 40;

/** "Nepali writer loses out …" over "Nepali author Manjushree Thapa was among … pipped by Irish
 *  writer Sean Byrne": a modifier of the headline's the lead sets before someone else's name (one
 *  the analyser gave no fact) says the headline's person is not this one. */
function describesAnother(sentence: string, name: string, modifiers: readonly string[]): boolean {
  const at = sentence.indexOf(name.split(/\s+/).pop()!);
  if (at < 0) return false;
  return modifiers.some((m) => {
    const word = m.replace(/[^\p{L}\d-]/gu, '');
    const before = word ? wholeWordSpans(sentence.slice(0, at), word, true) : [];
    return before.length > 0 && before.every(([, end]) => at - end > MODIFIER_REACH);
  });
}

export function headlineReferent(facts: readonly Fact[], headline: string): HeadlineReferent | null {
  const subject = describedSubject(headline);
  if (!subject) return namedReferent(facts, headline) ?? describedThing(facts, headline);
  const people = facts.filter((f) => f.answerType === 'person');
  if (people.some((f) => mentions(headline, f.answer, 'person'))) return null;
  const lead = people.filter((f) => f.sentenceIndex < LEAD_SENTENCES).sort((a, b) => a.sentenceIndex - b.sentenceIndex);
  if (!lead.length) return null;
  const name = lead[0].answer;
  // The one the story is about: no one else named as early, and named again later.
  if (lead.some((f) => f.sentenceIndex === lead[0].sentenceIndex && !sameValue(f.answer, name, 'person'))) return null;
  const theirs = people.filter((f) => sameValue(f.answer, name, 'person'));
  if (new Set(theirs.map((f) => f.sentenceIndex)).size < 2) return null;
  if (describesAnother(lead[0].sentence, name, subject.words)) return null;
  const first = [...theirs].sort((a, b) => a.sentenceIndex - b.sentenceIndex || Number(a.pattern === 'cloze') - Number(b.pattern === 'cloze'))[0];
  const sentences = [...new Set(facts.map((f) => f.sentence))];
  return { name, description: description(headline, subject.words, subject.noun, sentences), factId: first.id };
}
