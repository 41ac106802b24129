// Quality measures for `npm run eval`, written independently of the extractor's own checks so
// that they measure it rather than repeat it.

export function norm(text) {
  return String(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PRONOUN = /\b(he|she|him|her|his|hers|they|them|their|theirs|it|its|this|these|those)\b/gi;

/** A pronoun is dangling unless the text names something before it for it to point to:
 *  a person's name for he/she/his/her, a plural or a pair for they/their. */
function dangles(text) {
  for (const m of text.matchAll(PRONOUN)) {
    const before = text.slice(0, m.index);
    const w = m[1].toLowerCase();
    // "This past week marked …": a time the article's date fixes.
    if (w === 'this' && /^\s+(?:past |coming )?(?:week|weekend|month|year|morning|afternoon|evening|season)\b/i.test(text.slice(m.index + 4))) continue;
    if (['he', 'she', 'him', 'her', 'his', 'hers'].includes(w) && /[A-Z][a-z]+ [A-Z][a-z]+|\b(Mr|Mrs|Ms|Dr)\.? [A-Z]/.test(before)) continue;
    // "Who was making his final appearance?": the person asked for is whose.
    if (['him', 'her', 'his'].includes(w) && /^Who\b/.test(text)) continue;
    if (['they', 'them', 'their', 'theirs'].includes(w) && /[A-Z]\w* and [A-Z]|\b(the|two|both|its|his|her) (\w+ )?\w+s\b/.test(before)) continue;
    // "the Union Cabinet has given its nod": a body named in two or more capitalised words, not
    // in apposition ("Mozilla Firefox, its main rival" is someone else's).
    if (w === 'its' && /\b(?!(?:In|On|At|The|A|An|After|When|While)\s)[A-Z][a-z]+ (?:[A-Z][a-z]+ )*[A-Z][a-z]+/.test(before) && !/,\s*$/.test(before)) continue;
    return true;
  }
  return false;
}
const VAGUE = /\b(the|this) (issue|matter|two leaders|two countries|two sides|arrangement|latter|former)\b/i;
const QWORD = /\b(who|whom|whose|what|which|where|when|why|how)\b/i;

/** Text outside quotation marks: quoted words are the speaker's, not the question's. */
function unquoted(text) {
  return String(text).replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ');
}

/** Drop "(Saturday)"-style parentheses: a resolved date keeps the article's words in brackets. */
function answerCore(answer) {
  return String(answer).replace(/\s*\([^)]*\)\s*$/, '');
}

export function itemChecks(item, articleText) {
  const article = ` ${norm(articleText)} `;
  const answers = item.type === 'truefalse' || item.type === 'statements' ? [] : (item.answers ?? [item.answer]);
  const foundOne = (raw) => {
    const date = item.answerType === 'date' ? /\(([^)]+)\)\s*$/.exec(raw)?.[1] : null;
    return article.includes(` ${norm(answerCore(raw))} `) || (date ? article.includes(` ${norm(date)} `) : false);
  };
  const found = answers.every(foundOne);
  const q = ` ${norm(item.question)} `;
  const leaked = answers.some((raw) => norm(answerCore(raw)).length > 0 && q.includes(` ${norm(answerCore(raw))} `));
  // (A blank stands for its answer: "_____ also said she believed …" has its "she", and "A
  // sensitive _____ document … gave it to the CBC" its "it", as the sentence has.)
  let blank = 0;
  const filled = item.question.replace(/_____/g, () => (item.answers ?? [item.answer])[blank++] ?? '_____');
  const dangling = dangles(unquoted(filled).replace(/^(He|She) \([^)]+\)/, '')) || VAGUE.test(unquoted(item.question));
  const wellFormed =
    item.type === 'cloze' || (item.type === 'mcq' && item.question.includes('_____'))
      ? /^([A-Z“"(]|_____)/.test(item.question) && item.question.includes('_____')
      : item.type === 'statements'
        ? /Consider the following statements/.test(item.question) && /\?$/.test(item.question.trim())
        : item.type === 'truefalse'
          ? item.question.trim().length > 10
          : /^[A-Z]/.test(item.question) && /\?$/.test(item.question.trim()) && QWORD.test(item.question);
  return { found, leaked, dangling, wellFormed };
}

const FUNCTION_WORD = /^(the|a|an|this|that|these|those|its|it|their|they|them|his|her|he|she|we|us|our|i|you|my)$/i;

/** Mentions that are proper names: a short mention with a capitalised word that is not a
 *  pronoun or determiner ("Google", "New Zealand 's"; not "It", "This", nor a whole headline). */
function properMentions(entity) {
  return entity.mentions.filter((m) => {
    const words = m.split(/\s+/).filter((w) => !FUNCTION_WORD.test(w) && /\p{L}/u.test(w));
    return words.length > 0 && words.length <= 6 && words.some((w) => /^[A-Z]/.test(w));
  });
}

/** A proper name is capitalised where English does not require it: somewhere in the article
 *  its capitalised word follows a lower-case word ("… over Japan's …"), not only a sentence start. */
function capitalisedMidSentence(mention, articleText) {
  return mention
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && !FUNCTION_WORD.test(w))
    .some((w) => new RegExp(`[a-z,;:]\\s+${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(articleText));
}

/** Share of salient entities (salience ≥ 3, with a proper-name mention) some item asks for.
 *  With `articleText`, "proper name" is the strict reading (capitalised mid-sentence somewhere). */
export function salientCoverage(items, annotation, articleText = null) {
  const salient = annotation.salientEntities.filter(
    (e) => e.salience >= 3 && properMentions(e).some((m) => articleText === null || capitalisedMidSentence(m, articleText)),
  );
  const answers = items
    .filter((i) => i.type !== 'truefalse' && i.type !== 'statements')
    .flatMap((i) => answerCore(i.answer).split(/\s+and\s+|,\s*/))
    .map((a) => norm(a.replace(/^the\s+/i, '')))
    .filter(Boolean);
  const covered = salient.filter((e) =>
    properMentions(e).some((m) => {
      const mention = norm(m.replace(/^(the|The)\s+/, ''));
      return answers.some((a) => a === mention || (mention.split(' ').length === 1 && a.split(' ').includes(mention)));
    }),
  );
  return { salient: salient.length, covered: covered.length, missed: salient.filter((e) => !covered.includes(e)).map((e) => properMentions(e)[0]) };
}

/** What a student must recall for an item: each blank's answer ([] for true/false, statements). */
export function recalled(item) {
  if (item.type === 'truefalse' || item.type === 'statements') return [];
  return (item.answers ?? [item.answer]).map(answerCore).filter((a) => norm(a).length > 0);
}

/** Everything printed for an item but its key. */
function printed(item) {
  return [item.question, ...(item.options ?? []), ...(item.statements ?? []).map((s) => s.text)].join('\n');
}

/** The match rule: the same normalised text, or one inside the other with the shorter ≥ 4 characters. */
export function answersMatch(a, b) {
  const [x, y] = [norm(answerCore(a)), norm(answerCore(b))];
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && ` ${long} `.includes(` ${short} `);
}

/**
 * One article's set as printed (items in document order): how many distinct facts and source
 * sentences it asks, which items have an answer printed in another item, whether the gold
 * headline fact is among the first three, and how many gold key facts the first ten answer.
 */
export function setChecks(items, gold) {
  const texts = items.map((it) => ` ${norm(printed(it))} `);
  const shown = items.filter((it, i) => recalled(it).some((a) => texts.some((t, j) => j !== i && t.includes(` ${norm(a)} `))));
  const answersOf = (list) => list.flatMap(recalled);
  const hit = (key, list) => answersOf(list).some((a) => answersMatch(a, key.answer));
  return {
    facts: new Set(items.map((it) => it.factId)).size,
    sentences: new Set(items.map((it) => it.sentence)).size,
    shown: shown.length,
    shownItems: shown,
    headlineTop3: gold?.headline ? hit(gold.headline, items.slice(0, 3)) : null,
    keyRecalled: gold?.keyFacts ? gold.keyFacts.filter((k) => hit(k, items.slice(0, 10))).length : null,
    keyTotal: gold?.keyFacts?.length ?? null,
  };
}

// The issue-15 measures, each written from the article's text alone.
import { createRequire } from 'node:module';
const COUNTRY_NAMES = new Set(
  createRequire(import.meta.url)('world-countries').flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings].map(norm)),
);
for (const alias of ['us', 'u s', 'uk', 'u k', 'usa', 'america', 'britain', 'russia', 'south korea', 'north korea']) COUNTRY_NAMES.add(alias);

const STOP = new Set('a an the of in on at to for from by with and or as is are was were be has have had its it this that after over into new'.split(' '));
const contentWords = (t) => new Set(norm(t).split(' ').filter((w) => w.length > 2 && !STOP.has(w)).map((w) => w.slice(0, 6)));

/** A blank's answer the headline names and the article keeps naming (the story's own subject),
 *  in a sentence about something else: one that shares under half the headline's words, past
 *  the lead sentence (which restates the headline's news in its own words). */
export function blankOnTopic(item, title, articleText) {
  if (!item.question.includes('_____') || item.type === 'statements' || item.type === 'truefalse') return false;
  const lead = articleText.split('\n').slice(1).find((p) => p.split(/\s+/).length >= 8);
  if (lead && lead.startsWith(item.sentence)) return false;
  const headWords = contentWords(title);
  const shared = [...contentWords(item.sentence)].filter((w) => headWords.has(w)).length;
  if (headWords.size && shared / headWords.size >= 0.5) return false;
  const head = ` ${norm(title)} `;
  const body = ` ${norm(articleText)} `;
  return recalled(item).some((a) => {
    const k = norm(a);
    return k.length > 2 && head.includes(` ${k} `) && body.split(` ${k} `).length - 1 >= 3;
  });
}

const TITLE_WORD = /^(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Governor|Secretary|Commissioner|Justice|Judge|Chief|General|Director|Chairman|Chairperson|Ambassador|Mayor|Speaker|King|Queen|Prince|Sheikh|Senator|Captain|Coach|Professor|Lieutenant|Colonel|Admiral|Inspector|Deputy|MP|MLA)\.?$/;

/** A blank with a capitalised word glued to it that is no title ("Sheikh _____" aside): part of a
 *  longer name ("Google _____", "the _____ of Seven", "_____ Hasina"). */
export function blankInsideName(item) {
  // A figure before its unit ("_____ Swedish kronor") is whole.
  if (!item.question.includes('_____') || ['number', 'year', 'date'].includes(item.answerType)) return false;
  const text = item.question;
  for (const m of text.matchAll(/_____/g)) {
    const before = /(?:^|[^.!?:;"“]\s)([A-Z][\w.&-]*) $/.exec(text.slice(0, m.index));
    const after = /^ of [A-Z]|^ [A-Z][a-z]+\b(?! (?:said|says|told|added|and|was|is|has|had|will|would))/.exec(text.slice(m.index + 5));
    // "Chief Justice of India _____": an office of a place is a title too.
    const office = /\b(?:Justice|President|Minister|Governor|Secretary|Chairman|Chairperson|Ambassador|Mayor|Speaker|Commissioner|Director|Chief) (?:of|for) (?:the )?(?:[A-Z][\w.&-]*\s){1,4}$/.test(text.slice(0, m.index));
    if ((before && !office && !TITLE_WORD.test(before[1]) && !/^(?:The|A|An|In|On|At|By|For|From|With|To|Of|As)$/.test(before[1])) || after) return true;
  }
  return false;
}

function fineKind(option, answerType) {
  const k = norm(option);
  if (COUNTRY_NAMES.has(k)) return 'country';
  if (/\b(?:ministry|department)\b/.test(k)) return 'ministry';
  if (/\b(?:court|tribunal|bench)\b/.test(k)) return 'court';
  if (/\b(?:party|congress|dal|league)\b/.test(k)) return 'party';
  if (/\b(?:news|times|post|herald|press|tribune|journal|reuters|bbc|cnn|agence|al jazeera|associated|xinhua|tass|afp|pti|ani|ians|kyodo|yonhap|ap|hindu|bloomberg|interfax|anadolu|novosti|cbc|wikinews)\b/.test(k)) return 'news outlet';
  if (/\b(?:university|institute|college|school)\b/.test(k)) return 'university';
  if (/\b(?:river)\b/.test(k)) return 'river';
  return answerType === 'person' ? 'person' : answerType === 'place' ? 'place' : 'other';
}

/** Multiple-choice options of more than one fine kind (a river among cities, a ministry among
 *  news outlets, a country among towns). */
export function mixedOptions(item) {
  if (item.type !== 'mcq' || !item.options || !['place', 'country', 'organisation'].includes(item.answerType)) return false;
  return new Set(item.options.map((o) => fineKind(o, item.answerType))).size > 1;
}

/** An item resting on a surname two people of the article bear: a bare surname as the answer, or
 *  in the question, where the article names two people with it in full. */
export function ambiguousSurname(item, articleText) {
  const fullNames = [...articleText.matchAll(/\b([A-Z][a-z]+(?:\s[A-Z]\.)*)\s([A-Z][a-z]{2,})\b/g)];
  const bySurname = new Map();
  for (const m of fullNames) {
    if (/^(?:The|In|On|At|Mr|Mrs|Ms|Dr|President|Minister|Chief|Prime|North|South|East|West|New|Saint|St|San|Santa|Los|Las|Fort|Lake|Mount|Port|University|College|Museum|Art|Center|Centre|Gallery|Hall|State|United)$/.test(m[1])) continue;
    if (/^(?:University|College|Institute|Museum|Gallery|Center|Centre|Foundation|Polaroids?|Park|Street|Road|Hall|Station|River|Airport|Council|Ministry|Department|Party|Club|Stadium|Times|News|Post|Group|Company|Prize|Award|Index|Day|Games|Cup)$/.test(m[2])) continue;
    bySurname.set(m[2], new Set([...(bySurname.get(m[2]) ?? []), m[1]]));
  }
  const shared = [...bySurname].filter(([, given]) => given.size >= 2).map(([s]) => s);
  const texts = [item.question, ...recalled(item)];
  return shared.some((s) => texts.some((t) => new RegExp(`(?<![A-Z][a-z]+ )\\b${s}\\b`).test(t)));
}
