import type { FactDraft } from '../draft.js';
import type { Entity, Sentence } from '../../types.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { upperFirst } from '../text-utils.js';
import { isCommonWord } from '../../lexicon/index.js';

/**
 * Where a storm struck, as disaster reports are asked: "Severe cyclonic storm Dana made landfall
 * near Bhitarkanika National Park in Odisha early on Friday" → "In which state or region did
 * severe cyclonic storm Dana make landfall?" → Odisha. The storm is named in the words before
 * the verb ("made (its) landfall near …", "crossed the Odisha coast near …"); the answer is the
 * state the phrase after it names, else its last place.
 */
// ("the severe cyclonic storm – Cyclone Michaung – has begun making landfall …": the storm's name
// set off by dashes.)
const RE = /(?:^|[.;,]\s+|\b(?:the|as)\s+|\s[–—]\s+)(?<storm>(?:[A-Za-z-]+\s+){0,4}?(?:[Cc]yclone|[Ss]torm|[Hh]urricane|[Tt]yphoon|[Dd]epression)(?:\s+\p{Lu}[\p{L}-]+)?)(?:\s+[–—])?\s+(?:has\s+|had\s+)?(?:(?:commenced|begun|began|started)\s+(?:making|to\s+make)\s+(?:its\s+)?landfall|made\s+(?:a\s+|its\s+)?landfall|crossed\s+the\s+(?:[\p{L}-]+\s+){0,6}?coast(?:line)?)\s+(?<where>(?:(?:very\s+)?(?:close\s+to|near|in|at|over|along|on|between))\s+[^;.]{2,120})/du;

/** "The landfall process of extremely severe Cyclone Fani began … close to Puri in Odisha": the
 *  storm after "landfall (process) of", the place after the verb and its time. */
const PROCESS_RE = /\b[Ll]andfall(?:\s+process)?\s+of\s+(?<storm>(?:[A-Za-z-]+\s+){0,3}?(?:[Cc]yclone|[Ss]torm|[Hh]urricane|[Tt]yphoon)(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:began|started|commenced|was completed|ended)\b[^;.]{0,50}?\s(?<where>(?:(?:very\s+)?(?:close\s+to|near|at|over|along))\s+\p{Lu}[^;.]{1,100})/du;

/** "Severe cyclone Dana was expected to weaken … after it made landfall in Odisha around
 *  midnight": the storm opening the sentence, its landfall told by an "it" in a clause after. */
const IT_RE = /^(?<storm>(?:[A-Za-z-]+\s+){0,3}?(?:[Cc]yclone|[Ss]torm|[Hh]urricane|[Tt]yphoon)(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:was|is|has|had|will)\b[^.;]{0,120}?\b(?:after|as|when|since)\s+it\s+(?:had\s+)?made\s+(?:a\s+|its\s+)?landfall\s+(?<where>(?:(?:very\s+)?(?:close\s+to|near|in|at|over|along|on))\s+[^;.]{2,120})/du;

/** "… that severe cyclonic storm Montha had weakened into a cyclonic storm after making landfall
 *  along the Andhra Pradesh coast": a named storm, its landfall told by "after making". */
const AFTER_MAKING_RE = /\b(?<storm>(?:(?:[Ss]evere|[Vv]ery|[Ee]xtremely|[Ss]uper|[Cc]yclonic|[Tt]ropical|[Dd]eep)\s+){0,3}(?:[Cc]yclone|[Ss]torm|[Hh]urricane|[Tt]yphoon)\s+\p{Lu}[\p{L}-]+)\s+(?:has|had|was|is)\b[^.;]{0,80}?\bafter\s+making\s+(?:a\s+|its\s+)?landfall\s+(?<where>(?:(?:very\s+)?(?:close\s+to|near|in|at|over|along|on))\s+[^;.]{2,120})/du;

/** "Cyclone Michaung, currently swirling over the Bay of Bengal, is poised to make a landfall near
 *  Bapatla on the Andhra Pradesh coast": the landfall a report of the day before tells as coming. */
const EXPECTED_RE = /^(?<storm>(?:[A-Za-z-]+\s+){0,3}?(?:[Cc]yclone|[Ss]torm|[Hh]urricane|[Tt]yphoon)(?:\s+\p{Lu}[\p{L}-]+)?)(?:,[^,;]{3,80},)?\s+(?:is|was|are|were)\s+(?:now\s+)?(?:poised|expected|likely|set|forecast|predicted)\s+to\s+make\s+(?:a\s+|its\s+)?landfall\s+(?<where>(?:(?:very\s+)?(?:close\s+to|near|in|at|over|along|on|between))\s+[^;.]{2,120})/du;

const find: FindDrafts<'landfall'> = (s) => {
  const expected = EXPECTED_RE.exec(s.text);
  const m = RE.exec(s.text) ?? PROCESS_RE.exec(s.text) ?? IT_RE.exec(s.text) ?? AFTER_MAKING_RE.exec(s.text) ?? expected;
  // "…, after Cyclone Daye crossed the coast": the storm of a subordinate clause, not named here.
  if (!m || /\b(?:after|before|when|while|since|until|and|but|as|that|which|where)\b/i.test(m.groups!.storm)) return [];
  const [ws, we] = m.indices!.groups!.where!;
  // The phrase ends where a time or a manner begins ("early on Friday, with wind speeds …").
  // "crossed the north Andhra Pradesh coast near …" names the state before the coast.
  const from = m.index! + m[0].indexOf(m.groups!.storm) + m.groups!.storm.length;
  const places = s.entities.filter((e) => e.cls === 'place' && e.start >= from && e.end <= we);
  const cut = places.filter((e) => e.start < ws || !/,\s*(?:with|as|and|after|before)\b|\b(?:on|early|late|at)\s+\p{Lu}?\p{Ll}*day\b/u.test(s.text.slice(ws, e.start)));
  // "close to Gopalpur town in Odisha's Ganjam district": the state the phrase names, else its last place.
  const place = cut.find((e) => e.placeKind === 'region' && !/\bdistrict\b/.test(s.text.slice(e.end, e.end + 10))) ?? cut[cut.length - 1];
  if (!place) return [];
  const both = m === expected ? null : betweenTwo(s, m.groups!.where, ws, cut);
  if (both) return [betweenDraft(s, m.groups!.storm, both)];
  const storm = stormName(m.groups!.storm);
  const wh = place.placeKind === 'region' ? 'In which state or region' : place.placeKind === 'country' ? 'In which country' : 'Where';
  // (Told as coming, it is asked so: the report was written before it.)
  if (m === expected) {
    const near = cut.find((e) => e.placeKind !== 'region' && e.placeKind !== 'country' && /\b(?:near|close\s+to|at)\s+$/.test(s.text.slice(Math.max(0, e.start - 12), e.start))) ?? place;
    return [{ pattern: 'landfall', question: `${near === place ? wh : 'Where'} was ${storm} expected to make landfall?`, answer: near.canonical, answerText: near.text, answerStart: near.start, answerType: near.placeKind === 'country' ? 'country' : 'place', sentenceIndex: s.index, confidence: 0.85, about: [near.canonical], statement: `${upperFirst(storm)} was expected to make landfall near ${near.canonical}.` }];
  }
  return [
    {
      pattern: 'landfall',
      question: `${wh} did ${storm} make landfall?`,
      answer: place.canonical,
      answerText: place.text,
      answerStart: place.start,
      answerType: place.placeKind === 'country' ? 'country' : 'place',
      sentenceIndex: s.index,
      confidence: 0.9,
      about: [place.canonical],
      statement: `${upperFirst(storm)} made landfall in ${place.canonical}.`,
    } satisfies FactDraft<'landfall'>,
  ];
};

/** "made landfall between Bhitarkanika National Park and Dhamra": the two places, as written. */
function betweenTwo(s: Sentence, where: string, ws: number, places: readonly Entity[]): [Entity, Entity] | null {
  if (!/^between\s/.test(where)) return null;
  const [a, b] = places.filter((e) => e.start >= ws);
  if (a && b && /^\s+and\s+$/.test(s.text.slice(a.end, b.start))) return [a, b];
  // ("between Sagar Island in West Bengal and Bangladesh’s Khepupara": each place with where it
  // lies, the second after the "and", past its country's possessive.)
  const after = places.filter((e) => e.start >= ws);
  if (!a || after.length < 3 || !/^\s+in\s+$/.test(s.text.slice(a.end, after[1].start))) return null;
  const k = after.findIndex((e, i) => i > 1 && /^\s+and\s+$/.test(s.text.slice(after[i - 1].end, e.start)));
  if (k < 0) return null;
  // (The place a country's possessive opens may be no name the analyser holds: "Khepupara".)
  const possessive = /^['’]s\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u.exec(s.text.slice(after[k].end));
  if (!possessive) return [a, after[k]];
  const next = after[k + 1];
  if (next && next.start === after[k].end + possessive[0].length - possessive[1].length) return [a, next];
  const end = after[k].end + possessive[0].length;
  return [a, { ...after[k], text: possessive[1], canonical: possessive[1], start: end - possessive[1].length, end }];
}

function betweenDraft(s: Sentence, stormText: string, [a, b]: [Entity, Entity]): FactDraft<'landfall'> {
  const storm = stormName(stormText);
  return {
    pattern: 'landfall',
    question: `Between which two places did ${storm} make landfall?`,
    answer: s.text.slice(a.start, b.end),
    answerText: s.text.slice(a.start, b.end),
    answerStart: a.start,
    answerType: 'place',
    sentenceIndex: s.index,
    confidence: 0.9,
    about: [a.canonical, b.canonical],
    statement: `${upperFirst(storm)} made landfall between ${a.canonical} and ${b.canonical}.`,
  };
}

/** "Severe cyclonic storm Dana" is a description ("did severe cyclonic storm Dana"); "Cyclone
 *  Michaung" is a name and keeps its capital. */
/** Words that size or grade a storm, no name of it ("Severe cyclone", "Super cyclone"). */
const STORM_ADJECTIVE = /^(?:Severe|Super|Very|Extremely|Powerful|Deadly|Major|Tropical|Cyclonic|Massive|Strong|Intense|Category)$/;

function stormName(storm: string): string {
  // ("Severe Cyclonic Storm Remal": IMD's grade, capitalised, is the name's.)
  const named = /^(?:Cyclone|Hurricane|Typhoon|Storm|Tropical Storm|(?:(?:Extremely|Very)\s+)?(?:Severe\s+)?Cyclonic\s+Storm|Super\s+Cyclonic\s+Storm)\s+\p{Lu}/u.test(storm);
  // ("Amphan cyclone made landfall …" → "Cyclone Amphan": a name before its kind, as storms are named.)
  const nameFirst = /^(\p{Lu}\p{Ll}+)\s+([Cc]yclone|[Hh]urricane|[Tt]yphoon)$/u.exec(storm.trim());
  if (nameFirst && !STORM_ADJECTIVE.test(nameFirst[1]) && !isCommonWord(nameFirst[1].toLowerCase())) return `${upperFirst(nameFirst[2].toLowerCase())} ${nameFirst[1]}`;
  return named ? storm.trim() : storm.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}

export default definePattern({
  id: 'landfall',
  describe: 'In which state or region a named storm made landfall',
  find,
});
