import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';

/**
 * Where a storm struck, as disaster reports are asked: "Severe cyclonic storm Dana made landfall
 * near Bhitarkanika National Park in Odisha early on Friday" → "In which state or region did
 * severe cyclonic storm Dana make landfall?" → Odisha. The storm is named in the words before
 * the verb; the answer is the last place of the phrase after it (the state, when it names one).
 */
const RE = /(?:^|[.;,]\s+|\b(?:the|as)\s+)(?<storm>(?:[A-Za-z-]+\s+){0,4}?(?:[Cc]yclone|[Ss]torm|[Hh]urricane|[Tt]yphoon|[Dd]epression)(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:has\s+|had\s+)?made\s+(?:a\s+)?landfall\s+(?<where>(?:near|in|at|over|along|on)\s+[^;.]{2,120})/du;

const find: FindDrafts<'landfall'> = (s) => {
  const m = RE.exec(s.text);
  if (!m) return [];
  const [ws, we] = m.indices!.groups!.where!;
  // The phrase ends where a time or a manner begins ("early on Friday, with wind speeds …").
  const places = s.entities.filter((e) => e.cls === 'place' && e.start >= ws && e.end <= we);
  const cut = places.filter((e) => !/,\s*(?:with|as|and|after|before)\b|\b(?:on|early|late|at)\s+\p{Lu}?\p{Ll}*day\b/u.test(s.text.slice(ws, e.start)));
  const place = cut[cut.length - 1];
  if (!place) return [];
  // "Severe cyclonic storm Dana" is a description ("did severe cyclonic storm Dana"); "Cyclone
  // Michaung" is a name and keeps its capital.
  const named = /^(?:Cyclone|Hurricane|Typhoon|Storm|Tropical Storm)\s+\p{Lu}/u.test(m.groups!.storm);
  const storm = named ? m.groups!.storm.trim() : m.groups!.storm.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const wh = place.placeKind === 'region' ? 'In which state or region' : place.placeKind === 'country' ? 'In which country' : 'Where';
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
      statement: `${storm[0].toUpperCase()}${storm.slice(1)} made landfall in ${place.canonical}.`,
    } satisfies FactDraft<'landfall'>,
  ];
};

export default definePattern({
  id: 'landfall',
  describe: 'In which state or region a named storm made landfall',
  find,
});
