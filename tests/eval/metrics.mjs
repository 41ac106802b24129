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
    if (['he', 'she', 'him', 'her', 'his', 'hers'].includes(w) && /[A-Z][a-z]+ [A-Z][a-z]+|\b(Mr|Mrs|Ms|Dr)\.? [A-Z]/.test(before)) continue;
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
  const dangling = dangles(unquoted(item.question).replace(/^(He|She) \([^)]+\)/, '')) || VAGUE.test(unquoted(item.question));
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
