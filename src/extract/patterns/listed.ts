import type { FactDraft } from '../draft.js';
import { PERSON_NOUNS } from '../../lexicon/index.js';
import { definePattern, inMonthOf, type FindDrafts } from '../pattern.js';
import type { Entity, Sentence } from '../../types.js';
import { answerTypeOf, whWord } from '../answer-type.js';

/**
 * What was put on a named list, as heritage and culture quizzes ask it: "Deepawali was included in
 * UNESCO's Representative List of the Intangible Cultural Heritage of Humanity" → "What was
 * included in UNESCO's Representative List of the Intangible Cultural Heritage of Humanity in
 * December 2025?" → Deepawali; "The Moidams of Assam have been inscribed on the UNESCO World
 * Heritage List". Only a list named with capitals: "added to the list of Ramsar sites" says not which.
 */
// (The verb, then the list: its owner's name before it may be possessive, "UNESCO's".)
const LISTED = /\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:formally\s+|officially\s+|now\s+)?(?<verb>included|inscribed|added|listed|enlisted|enrolled)\s+(?<prep>in|on|to|into)\s+(?:the\s+)?(?<list>(?:(?:UNESCO|UN|IUCN)['’]?s?\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,6}(?:(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,5})?(?:List|Network|Register|Registry|Programme)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,5})?(?:\s+\(\p{Lu}{2,8}\))?(?:\s+of\s+\p{Lu}\p{Ll}+)?)/gu;
const HINT = /\b(?:included|inscribed|added|listed|enlisted|enrolled)\s+(?:in|on|to|into)\b|\b(?:inscription|inclusion)\s+of\b/;
/** "hailed the inscription of 'Maratha Military Landscapes' on the UNESCO World Heritage List":
 *  the listing said as a noun, the thing after its "of". */
const LISTING_NOUN = new RegExp(String.raw`\b(?<noun>inscription|inclusion)\s+of\s+(?:the\s+)?['‘"“]?(?<thing>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,5})['’"”]?\s+(?<prep>in|on|into)\s+(?:the\s+)?(?<list>` + LISTED.source.slice(LISTED.source.indexOf('(?<list>') + 8), 'gu');
/** "Garba of ", "The Moidams of ": a capitalised name before "of". */
const OF_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\s+of\s+$/u;
/** Names that may be put on such a list. */
const LISTABLE: readonly Entity['cls'][] = ['term', 'place', 'organisation', 'person'];

/** The thing listed: the name ending right before the verb, with "of <place>" after it
 *  ("The Moidams of Assam", "Garba of Gujarat"). */
function listedThing(s: Sentence, at: number): { name: string; start: number; entity?: Entity } | null {
  // ("Gujarat's 'Garba', a popular dance form performed in community circles, has been included
  // …": the name before a description set off by commas, its quotes aside.)
  const aside = /,\s+(?:a|an|the)\s+[^,;]{3,100},\s*$/.exec(s.text.slice(0, at));
  const head = aside ? s.text.slice(0, aside.index).replace(/[’'"”]$/, '') : s.text.slice(0, at);
  const last = s.entities.find((e) => e.end === head.trimEnd().length && LISTABLE.includes(e.cls));
  if (!last) return null;
  // ("Dholavira: A Harrapan City was inscribed …": a subtitle after a colon is no name of its
  // own; the name before it, as the sentence writes it, is the thing's title whole.)
  if (/:\s+(?:A|An|The)\s+$/.test(head.slice(0, last.start))) return null;
  const of = OF_BEFORE.exec(head.slice(0, last.start));
  if (!of) return { name: last.text, start: last.start, entity: last };
  // (The words before "of" name the thing; the place after it only says where it is.)
  const name = of[1].replace(/^The\s+/, '');
  return last.cls === 'place' ? { name: `${name} of ${last.text}`, start: of.index + of[0].indexOf(name) } : null;
}

/** "The intricate Narasapuram crochet craft, with its tradition …, has received the prestigious
 *  Geographical Indications (GI) tag", "Dindigul locks and Kandangi sarees in Tamil Nadu were
 *  granted their GI tags": a place's product (its name, then what it is) given the tag. */
/** A sentence that tells of the GI tag given: "granted the GI tag", "received Geographical Indication tags". */
const GI_GRANTED = /\b(?:granted|given|received|got|awarded|conferred|bagged|secured)\s+(?:with\s+)?(?:the\s+|their\s+|its\s+|a\s+)?(?:prestigious\s+|coveted\s+)?(?:GI|Geographical\s+Indications?)\b/;
/** "the Assam Jaapi (a traditional bamboo hat)": a product's name and what it is, in brackets. */
const GI_DESCRIBED = /(?<![\p{L}-])(?<thing>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,4})\s+\((?:a|an)\s+(?<what>[\p{Ll}-]+(?:\s+[\p{L}-]+){0,7})\)/dgu;
/** "that embody ", "which carry ": a relative clause's verb, right before a name it takes as its object. */
const RELATIVE_VERB_BEFORE = /\b(?:that|which|who)\s+\p{Ll}+\s+$/u;
// (The product's words never end on a verb: "Bodo identity had received …" has no product "Bodo identity had".)
const GI_TAG = /(?<![\p{L}-])(?<thing>(?!(?:The|This|These|Its|Their|A|An)\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+(?!(?:has|have|had|was|were|is|are)\b)[\p{Ll}-]+(?:\s+(?!(?:has|have|had|was|were|is|are)\b)[\p{Ll}-]+)?(?:\s+and\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}\s+[\p{Ll}-]+)?)(?:\s+(?:in|of|from)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)?(?:,\s+[^,;]{3,120},)?\s+(?<verb>(?:has|have|had)\s+(?:now\s+|finally\s+)?(?:received|got|bagged|earned|secured|been\s+(?:granted|given|awarded|conferred(?:\s+with)?))|(?:were|was)\s+(?:finally\s+|formally\s+)?(?:granted|given|awarded|conferred(?:\s+with)?)|received|got|bagged|earned|secured)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:prestigious\s+|coveted\s+)?(?:Geographical\s+Indications?\s+\(GI\)|Geographical\s+Indications?|GI)\s+tags?\b/du;

/** "Telangana’s 800-year-old Ramappa temple on Sunday was declared a World Heritage site by
 *  UNESCO": a site by its name and kind, declared one. */
const DECLARED_HERITAGE = /(?<![\p{L}-])(?<thing>(?!(?:The|This|Its|A|An)\b)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,3}\s+(?:temple|fort|caves?|church|mosque|stepwell|monument|complex|palace|landscapes?|city|sanctuary|park|Temple|Fort|Caves?|Monument|Palace))(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+(?:was|were|has\s+been|have\s+been)\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:declared|designated|named)\s+(?:as\s+)?(?:a|an)\s+(?:UNESCO\s+)?World\s+Heritage\s+(?:[Ss]ite|[Pp]roperty)/du;

const find: FindDrafts<'listed'> = (s, ctx) => {
  if (!HINT.test(s.text) && !/\bGI\b|Geographical\s+Indication|World\s+Heritage/.test(s.text)) return [];
  const drafts: FactDraft<'listed'>[] = [];
  const heritage = DECLARED_HERITAGE.exec(s.text);
  if (heritage) {
    const thing = heritage.groups!.thing;
    drafts.push({
      pattern: 'listed',
      question: `What was declared a UNESCO World Heritage site${inMonthOf(s, ctx)}?`,
      answer: thing,
      answerText: thing,
      answerStart: heritage.indices!.groups!.thing[0],
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: ['World Heritage'],
      statement: `${thing} was declared a UNESCO World Heritage site${inMonthOf(s, ctx)}.`,
    });
  }
  const gi = GI_TAG.exec(s.text);
  // ("13 articles that embody Bodo identity had received the GI tag": the object of a relative
  // clause is no subject of the tag.)
  if (gi && !RELATIVE_VERB_BEFORE.test(s.text.slice(0, gi.index))) {
    const thing = gi.groups!.thing;
    const plural = /\band\s/.test(thing) || /^(?:were|have)\b/.test(gi.groups!.verb);
    const be = plural ? 'were' : 'was';
    drafts.push({
      pattern: 'listed',
      question: `What ${be} given the Geographical Indication (GI) tag${inMonthOf(s, ctx)}?`,
      answer: thing,
      answerText: thing,
      answerStart: gi.indices!.groups!.thing[0],
      answerType: 'term',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: ['GI tag'],
      statement: `${thing} ${be} given the Geographical Indication (GI) tag${inMonthOf(s, ctx)}.`,
    });
  }
  // ("Among the products granted the GI tag are the Assam Jaapi (a traditional bamboo hat), Assam
  // Bihu Dhol (a traditional drum played during Bihu), …": each product by what it is.)
  if (GI_GRANTED.test(s.text)) {
    for (const m of s.text.matchAll(GI_DESCRIBED)) {
      const { thing, what } = m.groups!;
      const at = m.indices!.groups!.thing[0];
      // (Whatever the analyser made of the name, "Koraput Kala Jeera (an aromatic black rice)" is the
      // product; one the brackets call a person, "Dr Rajani Kant (a GI expert)", is no product.)
      if (!s.entities.some((e) => e.start === at && e.text === thing) || PERSON_NOUNS.has(what.split(' ').pop()!)) continue;
      drafts.push({
        pattern: 'listed',
        question: `Which ${what} was given the Geographical Indication (GI) tag${inMonthOf(s, ctx)}?`,
        answer: thing,
        answerText: thing,
        answerStart: at,
        answerType: 'term',
        sentenceIndex: s.index,
        confidence: 0.85,
        about: ['GI tag'],
        statement: `${thing}, ${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what}, was given the Geographical Indication (GI) tag${inMonthOf(s, ctx)}.`,
      });
    }
  }
  for (const m of s.text.matchAll(LISTED)) {
    const thing = listedThing(s, m.index);
    if (!thing) continue;
    const { verb, prep } = m.groups!;
    const list = m.groups!.list.trim();
    // ("UNESCO's Representative List …" is said without "the"; "the UNESCO World Heritage List" with it.)
    const named = /^(?:UNESCO|UN|IUCN)['’]/.test(list) ? list : `the ${list}`;
    const be = /\s(?:were|are|have)\s/.test(m[0]) ? 'were' : 'was';
    // ("Which city was included …?": a place or a body is asked by its kind.)
    const kind = thing.entity && thing.entity.cls !== 'term' ? answerTypeOf(thing.entity) : 'term';
    drafts.push({
      pattern: 'listed',
      question: `${kind === 'term' ? 'What' : whWord(kind, thing.entity)} ${be} ${verb} ${prep} ${named}${inMonthOf(s, ctx)}?`,
      answer: thing.name,
      answerText: thing.name,
      answerStart: thing.start,
      answerType: kind,
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [list],
      statement: `${thing.name} ${be} ${verb} ${prep} ${named}${inMonthOf(s, ctx)}.`,
    });
  }
  for (const m of s.text.matchAll(LISTING_NOUN)) {
    // (Its closing quote is no part of it: "'Maratha Military Landscapes'".)
    const thing = m.groups!.thing.replace(/['’]$/, '');
    const at = m.index + m[0].indexOf(thing, m.groups!.noun.length);
    // (The name as written where the analyser made nothing of it: "the inclusion of Garba in …".)
    const entity = s.entities.find((e) => e.start === at && e.text === thing && LISTABLE.includes(e.cls)) ?? (s.entities.some((e) => e.start < at + thing.length && e.end > at) ? undefined : ({ text: thing, cls: 'term', start: at, end: at + thing.length, canonical: thing } as Entity));
    if (!entity) continue;
    const list = m.groups!.list.trim();
    const named = /^(?:UNESCO|UN|IUCN)['’]/.test(list) ? list : `the ${list}`;
    const verb = m.groups!.noun === 'inscription' ? 'inscribed' : 'included';
    const kind = entity.cls !== 'term' ? answerTypeOf(entity) : 'term';
    drafts.push({
      pattern: 'listed',
      question: `${kind === 'term' ? 'What' : whWord(kind, entity)} was ${verb} ${m.groups!.prep} ${named}${inMonthOf(s, ctx)}?`,
      answer: entity.text,
      answerText: entity.text,
      answerStart: entity.start,
      answerType: kind,
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [list],
      statement: `${entity.text} was ${verb} ${m.groups!.prep} ${named}${inMonthOf(s, ctx)}.`,
    });
  }
  return drafts;
};

export default definePattern({
  id: 'listed',
  describe: 'What was included or inscribed in a named list (UNESCO heritage, a network, a register)',
  find,
});
