/**
 * Quality checks of one multiple-choice item, for the eval report: are the options
 * distinct, all of the answer's kind, free of the answer in another spelling, and is no
 * wrong option actually true according to the article?
 */
import type { AnswerType, Fact, Item } from '../types.js';
import { normalizeKey } from '../util/ids.js';
import { kindOf, kindsCompatible } from './classify.js';
import { listedTogether, mentions, sameValue } from './equivalence.js';

export interface McqCheck {
  distinct: boolean;
  sameClass: boolean;
  noAlias: boolean;
  notTrueInArticle: boolean;
}

const ANSWER_TYPES = new Set(['person', 'country', 'place', 'organisation', 'date', 'year', 'number', 'term']);

/** Sentences of the article, to look for the answer listed with a distractor. */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

/** The four checks; `fact` (optional) adds its also-true values to the last one. */
export function checkMcq(item: Item, articleText: string, fact?: Fact): McqCheck {
  const options = item.options ?? [];
  const type = (ANSWER_TYPES.has(item.answerType) ? item.answerType : 'term') as AnswerType;
  const answerIndex = item.answerIndex ?? -1;
  const distractors = options.filter((_, i) => i !== answerIndex);

  const keys = options.map((o) => normalizeKey(o));
  const distinct =
    options.length === 4 && new Set(keys).size === 4 && options[answerIndex] === item.answer && keys.every(Boolean);

  const answerKind = kindOf(item.answer, type);
  const sameClass =
    answerKind !== null &&
    options.every((o) => {
      const k = kindOf(o, type);
      return k !== null && kindsCompatible(answerKind, k);
    });

  let noAlias = true;
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) if (sameValue(options[i], options[j], type)) noAlias = false;
  }

  const alsoTrue = fact?.alsoTrue ?? [];
  const sentences = sentencesOf(articleText);
  const notTrueInArticle = distractors.every(
    (d) =>
      !alsoTrue.some((t) => sameValue(d, t, type)) &&
      !mentions(item.sentence, d, type) &&
      !listedTogether(sentences, item.answer, d, type),
  );

  return { distinct, sameClass, noAlias, notTrueInArticle };
}
