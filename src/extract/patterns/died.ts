import type { ArticleContext } from '../article-context.js';
import type { FactDraft } from '../draft.js';
import { isCommonWord, organisationNamed, PERSON_NOUNS } from '../../lexicon/index.js';
import { opensOnOwner } from '../../util/definite-article.js';
import { definePattern, inMonthOf, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';

/**
 * Obituaries, as quizzes ask them: "Former Union Home Minister and Congress leader Buta Singh
 * passed away on Saturday at the age of 86" → "Which former Union Home Minister and Congress
 * leader passed away in January 2021?" → Buta Singh, and "At what age did Buta Singh pass
 * away?" → 86 (the age also from a next sentence "He was 74."). Who died is asked by what the
 * article calls them; a name with no such words before it asks only the age.
 */
/** Right after the name: "… Buta Singh passed away", "… Tom Alter, who passed away", "… Om
 *  Puri, 66, died" (the age between commas). */
// (", who was admitted to the Breach Candy Hospital, passed away": a relative clause between.)
// ("K Kasturirangan who was at the helm of the space agency for nearly a decade, passed away": the
// comma before "who" may be missing.)
// ("Dharmendra, the star who wrote himself into showbiz legend …, died on Monday": a description
// in apposition between.)
// ("Shyam Benegal, who heralded …, breaking away from … cinema - has died at 90": a long relative
// clause closed by a dash.)
// ("…, Dr. Mankombu Sambasivan Swaminathan, passed away": a name set off by commas too.)
// ("Ameen Sayani, celebrated for his iconic show Binaca Geetmala, breathed his last": what they
// were known for, set off by commas.)
// (", Congress leader and former Union Minister, passed away": a short title or trade set off by commas.)
// ("Dr Jayant Narlikar, one of India's most respected astrophysicists …, passed away": one of a kind.)
const DIED = /(?:,\s+(?:(?!(?:who|which)\s)[\p{L}'’.-]+\s+){1,7}?(?:leader|[Mm]inister|MP|MLA|actor|actress|singer|writer|author|poet|director|player|scientist|economist|politician|[Ss]peaker|[Gg]overnor|[Jj]udge|[Jj]ustice|musician|maestro|legend|veteran|industrialist|journalist|activist)\s*,|,\s+who|,\s+(?<age>\d{2,3}),|,\s+who\s+(?!(?:passed away|died)\b)[^;]{3,260}?\s[-–—]|,?\s+who\s+(?!(?:passed away|died)\b)[^,;]{3,180},|,\s+(?:the|a|an|one\s+of)\s+(?:[^,;]|,(?=\d)){3,160}?,|,\s+(?:fondly|popularly|widely|also|better)\s+(?:known|called|referred\s+to)\s+as\s+[^;]{2,100}?,[”"’]?|,\s+(?:(?:best|widely|most)\s+)?(?:celebrated|known|famed|remembered|renowned|revered|hailed|famous|popular|loved)\s+(?:for|as)\s+[^;]{3,160}?,)?,?\s+(?:has\s+|had\s+)?(?:passed away|died|breathed (?:his|her) last|(?:took|drew) (?:his|her) last breath|succumbed)\b/uy;
const AGE_HERE = /\b(?:at the age of|aged)\s+(?<age>\d{2,3})\b|\b(?<old>\d{2,3})-year-old\b/;
// ("He was 84 and is survived by two sons": the age, then the rest of his family.)
// ("He was 91 years old.": the years written out too, or hyphened: "He was 80-years-old.")
const AGE_NEXT = /^(?:He|She) was (?<age>\d{2,3})(?:[\s-]+years?[\s-]+old)?(?:\.?$|\s+and\s+(?:is|was)\s+survived\b|,\s)/;
/** Words that may describe the dead before the name: titles, offices, parties, trades. */
// ("Veteran Bharatiya Janata Party (BJP) leader and two-times Madhya Pradesh chief minister …":
// a party's short form in brackets, and a long run of titles, describe too.)
const DESCRIPTION = /^(?:(?:[Ff]ormer|[Vv]eteran|[Ll]egendary|[Ee]minent|[Rr]enowned|[Ss]enior|[Ff]amed|[Aa]cclaimed)\s+)?(?:(?:[\p{L}.'’&-]+|\(\p{Lu}{2,6}\)),?\s+){1,13}$/u;

const WORK_BEFORE = /\b(?:show|programme|program|film|movie|album|song|book|novel|series|serial|play|column)\s+['‘"“]?$/;
const KNOWN_AS_BEFORE = /\bknown\s+as\s+(?:the\s+)?$/;

const find: FindDrafts<'died'> = (s, ctx) => {
  const drafts: FactDraft<'died'>[] = [];
  // "He was 74.", after the sentence that says who died: the age, asked from this sentence.
  const ageNext = AGE_NEXT.exec(s.text.trim());
  const before = ctx.analyzed.sentences[s.index - 1];
  // ("… died on Wednesday following a cardiac arrest. ¶ He was 80.": or a paragraph of its own right after.)
  const alone = ageNext && before && ctx.analyzed.sentences[s.index + 1]?.paragraph !== s.paragraph && before.paragraph === s.paragraph - 1;
  if (ageNext && before && (before.paragraph === s.paragraph || alone)) {
    const dead = deadIn(before);
    if (dead) drafts.push(ageDraft(dead, ageNext.groups!.age, s, inMonthOf(before, ctx)));
    return drafts;
  }
  // ("Prime Minister Narendra Modi … and other political leaders condoled the death of Padma Shri
  // actor Vivekh on Saturday": in the lead, whose death the leaders mourned is the news.)
  const condoled = s.index <= 1 ? CONDOLED.exec(s.text) : null;
  if (condoled) {
    const after = condoled.index + condoled[0].length;
    const person = s.entities.find((e) => e.cls === 'person' && e.start >= after && e.start - after <= 80);
    const described = person && sentenceCase(description(s, person));
    // ("… the demise of former Punjab Chief Minister and Shiromani Akali Dal chief Parkash Singh Badal":
    // an "and" between two titles of one person; not between two people.)
    const another = person && s.entities.some((e) => e.cls === 'person' && e.start >= after && e.end <= person.start);
    if (person && described && !another && !/\b(?:and|or)\s+(?:\p{Ll}+\s+)?$/u.test(s.text.slice(after, person.start))) {
      const when = inMonthOf(s, ctx);
      drafts.push(diedDraft(s, person, described, when));
      return drafts;
    }
  }
  if (!/\b(?:passed away|died|breathed (?:his|her) last|(?:took|drew) (?:his|her) last breath|succumbed)\b/.test(s.text)) return drafts;
  for (const mention of s.entities) {
    // (A show, a film or a book the analyser read as a person is no one who died: "his iconic show
    // _____, breathed his last" → Binaca Geetmala.)
    if (mention.cls !== 'person' || WORK_BEFORE.test(s.text.slice(Math.max(0, mention.start - 30), mention.start))) continue;
    DIED.lastIndex = mention.end;
    const died = DIED.exec(s.text);
    if (!died) continue;
    // ("Milkha Singh, better known as the Flying Sikh, died …": the name one is known by is the
    // person named before it, whose death the sentence tells.)
    const person = knownAsOwner(s, mention) ?? mention;
    const when = inMonthOf(s, ctx);
    const title = ctx.analyzed.article.title;
    // (Where the sentence opens on the name, the headline may say who they were.)
    // ("Tabla maestro, Padma Vibhushan Zakir Hussain dead at 73": a headline's commas part its
    // descriptions; the first says who they were.)
    // ("Late astrophysicist Jayant Naralikar …" above "Naralikar, 86, died …": the headline's whole
    // name, not the given name read as a description.)
    const named = title.includes(person.canonical) ? person.canonical : person.text;
    // ("Three-time Olympic gold-medallist …" opening the sentence: its capital is the sentence's.)
    const described = sentenceCase(description(s, person) ?? (title.includes(named) ? headlineCase(descriptionBefore(headlineDescription(title.slice(0, nameStart(title, named, person.canonical)))), title, ctx) : null) ?? apposedDescription(s, person));
    if (described) {
      drafts.push(diedDraft(s, person, described, when));
    }
    const here = AGE_HERE.exec(s.text)?.groups;
    const age = died.groups?.age ?? here?.age ?? here?.old;
    if (age) drafts.push(ageDraft(person, age, s, when));
    break;
  }
  return drafts;
};

/** The person a sentence says died. */
function deadIn(s: Sentence): Entity | null {
  const named = s.entities.find((e) => {
    if (e.cls !== 'person') return false;
    DIED.lastIndex = e.end;
    return DIED.test(s.text);
  });
  return named ? (knownAsOwner(s, named) ?? named) : null;
}

/** The person a name they are known by follows ("Milkha Singh, better known as the Flying Sikh"). */
function knownAsOwner(s: Sentence, alias: Entity): Entity | null {
  if (!KNOWN_AS_BEFORE.test(s.text.slice(Math.max(0, alias.start - 40), alias.start))) return null;
  const before = s.entities.filter((e) => e.cls === 'person' && e.end <= alias.start);
  const owner = before[before.length - 1];
  return owner && /^,\s+(?:\p{Ll}+\s+)?known\s+as\s+(?:the\s+)?$/u.test(s.text.slice(owner.end, alias.start)) ? owner : null;
}

function ageDraft(person: Entity, age: string, s: Sentence, when: string): FactDraft<'died'> {
  return {
    pattern: 'died',
    question: `At what age did ${person.canonical} pass away${when}?`,
    answer: age,
    answerType: 'number',
    sentenceIndex: s.index,
    confidence: 0.85,
    about: [person.canonical],
  };
}

/** "Former Union Home Minister and Congress leader" before the name, as a question writes it
 *  ("former Union Home Minister and Congress leader"); null when nothing but the name opens the
 *  sentence. */
function description(s: Sentence, person: Entity): string | null {
  // ("… expressed grief over the demise of veteran actor Tom Alter, who passed away …": the words
  // after "the demise of" describe the dead as an opening would.)
  // ("86-year-old Tata Group patriarch Ratan Tata": the age is asked apart.)
  const opening = s.text.slice(0, person.start).replace(/^\d{2,3}-year-old\s+/, '');
  const mourned = MOURNED.exec(opening)?.[1] ?? opening;
  // ("Visionary scientist and father of the Green Revolution in India, Dr Mankombu …": the
  // description is set off by its comma; the honorific goes with the name.)
  // ("Eminent scientist Dr Pushpa Mitra Bhargava": so it does without the comma.)
  const honorific = /(?:,\s*|\s)(?:Dr|Prof|Mr|Mrs|Ms|Shri|Smt|Sri)\.?\s+$/.exec(mourned);
  // ("Legendary playback singer and Bharat Ratna awardee, Lata Mangeshkar, died …": so it is
  // without an honorific; the trade or title it ends on says it describes her.)
  const before = honorific ? `${mourned.slice(0, honorific.index)} ` : mourned.replace(/,\s*$/, ' ');
  // ("Known for her iconic Chhatth songs, Sharda passed away": an opening phrase and its comma
  // say what she was known for, not who she was.)
  if (/^(?:Known|Born|Hailed|Remembered|Celebrated|Famous|Popular)\s+(?:for|as|in|from)\b/.test(before)) return null;
  // ("During the hearing …, appellants Virendra and Ajab Singh died": an opening phrase, or the
  // last of two who died, is described by nothing before it.)
  if (/^(?:During|In|On|At|After|Before|With|For|As|While|When|Since|Following|Amid|According)\b/.test(before) || /\band\s*$/.test(before)) return null;
  return descriptionBefore(before);
}

/** "Shivraj Patil, Congress leader and former Union Minister, passed away …": a title or trade set
 *  off by commas right after the name of one the sentence opens on, as a question's description;
 *  never a clause ("Rajendra, the singer who lent his voice …"). */
function apposedDescription(s: Sentence, person: Entity): string | null {
  if (s.text.slice(0, person.start).trim()) return null;
  const m = /^,\s+([^,;()]{3,80}?),\s+(?:passed away|died|breathed)\b/.exec(s.text.slice(person.end));
  // ("Rajagopala Chidambaram, the architect of India's nuclear weapons programme who played a key
  // role in …, passed away": what they were, before the clause of what they did.)
  const plain = m && !/\bwho\b/.test(m[1]) ? m[1] : null;
  const ofWho = plain ? null : /^,\s(?:the|a|an)\s([^,;()]{3,80}?)\swho\s(?:[^;,]|,(?=\d))+?,\s(?:passed away|died|breathed)\b/.exec(s.text.slice(person.end));
  const apposed = plain ?? ofWho?.[1];
  if (!apposed || /\b(?:who|which|that|whose|is|was|were|had|has)\b/.test(apposed) || apposed.split(/\s+/).length > 8) return null;
  return descriptionBefore(`${apposed} `);
}

/** The words before a name as a question's description of the dead, or null. */
function descriptionBefore(before: string): string | null {
  // ("The other recipients are noted singer S P Balasubramaniam, who passed away": a clause's verb
  // before the name; what precedes it is no description.)
  if (/\b(?:is|are|was|were|has|have|had|will|would)\s/.test(before)) return null;
  if (!before.trim() || !DESCRIPTION.test(before) || !/\p{Lu}/u.test(before.slice(1)) && !/\b(?:actor|singer|leader|writer|poet|author|director|player|scientist|economist|minister|star|maestro|legend|icon|musician|composer|artist|filmmaker|journalist|activist|cricketer|dancer|announcer|presenter|broadcaster|anchor|producer|painter|sculptor|photographer|athlete|sprinter|boxer|wrestler|shuttler|footballer|coach|commentator|businessman|entrepreneur|lawyer|judge|bureaucrat|diplomat|architect|designer|founder|teacher|educator|officer|administrator|editor|publisher|reporter|[a-z]+(?:ist|ian))\s*$/i.test(before)) return null;
  // ("Late astrophysicist …": "late" says no more than "passed away".)
  // ("The noted astrophysicist Jayant Narlikar": the article opening the description is the
  // question's own to give.)
  const words = before.trim().replace(/,$/, '').replace(/^(?:[Tt]he|[Aa]n?)\s+/, '').replace(/^[Ll]ate\s+/, '');
  if (!words) return null;
  // "Former …" → "former …"; "Union Minister …" keeps its capital.
  // ("Congress leader …": a party's name ends like a trade, "-ess", and keeps its capital.)
  return LOWER_FIRST.test(words) || (TRADE_FIRST.test(words) && !organisationNamed(words.split(/\s/)[0])) ? words[0].toLowerCase() + words.slice(1) : words;
}

/** Where the headline's mention of a person starts: back over the given names written before a
 *  surname the sentence named alone ("… sculptor Ram Sutar …" for "Sutar" → "Ram Sutar"). */
function nameStart(title: string, named: string, canonical: string): number {
  let at = title.indexOf(named);
  const parts = new Set(canonical.split(/\s+/));
  for (let m = /(\S+)\s+$/.exec(title.slice(0, at)); m && parts.has(m[1]); m = /(\S+)\s+$/.exec(title.slice(0, at))) at = m.index;
  return at;
}

/** The words of a headline before the dead person's name that may describe them: the first of
 *  its comma-parted descriptions, past an opening "Last rites of". ("PM Modi, Shah, Kharge condole
 *  demise of Parkash Singh Badal": where mourners and their grief come first, only the words after
 *  "demise of" describe the dead, here none.) */
function headlineDescription(before: string): string {
  if (MOURNING_WORD.test(before) && !RITES_OF.test(before)) return MOURNED.exec(before)?.[1] ?? '';
  return before.replace(/,\s.*$/, ' ').replace(RITES_OF, '');
}
const MOURNING_WORD = /\b(?:condole[sd]?|mourns?|mourned|grieves?|grief|tributes?|pays?|saddened|remembers?|demise|death|passing)\b/i;

/** "Last rites of …", "Funeral of …" opening a headline: the event, then who it is of. */
const RITES_OF = /^(?:(?:Last|Final)\s+rites|Funeral|Cremation|Death|Demise|Passing|Mortal\s+remains|Tributes?\s+(?:paid\s+)?to)\s+(?:of\s+)?/i;

/** "condoled the death of ", "mourned the demise of ": who died follows. */
const CONDOLED = /\b(?:condoled|condoles|mourned|mourns|condoling|mourning)\s+the\s+(?:untimely\s+|sudden\s+)?(?:death|demise|passing)\s+of\s+/;

/** "… over the demise of …", "… mourned the death of …": who died follows. */
const MOURNED = /\b(?:demise|death|passing)\s+of\s+((?:[\p{L}.'’&-]+,?\s+){1,9})$/u;

/** "Astrophysicist and writer …", "Musician …": a trade opening the sentence (not "Indian …"). */
const TRADE_FIRST = /^\p{Lu}\p{Ll}+(?:ist|er|or|ant|ess|cian)\b/u;
const LOWER_FIRST = /^(?:Former|Veteran|Visionary|Pioneering|Legendary|Eminent|Renowned|Senior|Famed|Acclaimed|Noted|Popular|Famous|Celebrated|Prominent|Distinguished|Iconic|Beloved|Actor|Actress|Singer|Writer|Author|Poet|Filmmaker|Director)\b/;


export default definePattern({
  id: 'died',
  describe: 'Who died, by the words the article describes them with, and at what age',
  find,
});

/** A description's first word in lower case where only the sentence's opening capitalised it:
 *  a number word or an everyday word ("Three-time …", "Veteran …"), never a name or a people. */
function sentenceCase(described: string | null): string | null {
  if (!described) return described;
  const first = /^(\p{Lu}\p{Ll}+)(?=[\s-])/u.exec(described)?.[1];
  // ("Congress leader …": a party's name is no everyday word.)
  return first && isCommonWord(first.toLowerCase()) && !organisationNamed(first) ? described[0].toLowerCase() + described.slice(1) : described;
}

/** A description taken from a headline written in title case, its everyday words in lower case:
 *  "Business Magnate Rakesh Jhunjhunwala Passes Away" → "business magnate", never "business
 *  Magnate"; names and honours ("Padma Vibhushan") keep their capitals. */
function headlineCase(described: string | null, title: string, ctx: ArticleContext): string | null {
  if (!described) return described;
  const words = title.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (long.length < 3 || long.filter((w) => /^\p{Lu}/u.test(w)).length < long.length * 0.8) return described;
  // (An everyday word, a word for a person ("Legend"), or one the body writes in lower case: "The
  // magnate had teamed up …".)
  const body = ctx.analyzed.sentences.map((x) => x.text).join(' ');
  return described.replace(/\b\p{Lu}\p{Ll}+\b/gu, (w) => (isCommonWord(w.toLowerCase()) || PERSON_NOUNS.has(w.toLowerCase()) || new RegExp(`\\b${w.toLowerCase()}\\b`).test(body) ? w.toLowerCase() : w));
}

/** "Which Tabla maestro passed away?" → the person, by what the story calls them. */
function diedDraft(s: Sentence, person: Entity, described: string, when: string): FactDraft<'died'> {
  return {
    pattern: 'died',
    // ("Who was India's most celebrated astrophysicist, who passed away …?": "Which" does not go
    // before an owner's name.)
    question: opensOnOwner(described) ? `Who was ${described}, who passed away${when}?` : `Which ${described} passed away${when}?`,
    answer: person.canonical,
    answerText: person.text,
    answerStart: person.start,
    answerType: 'person',
    sentenceIndex: s.index,
    confidence: 0.9,
    about: [person.canonical],
    statement: `${person.canonical}, ${described}, passed away${when}.`,
  };
}
