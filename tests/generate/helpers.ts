import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Fact } from '../../src/types.js';

const CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

export function corpusText(file: string): string {
  return readFileSync(CORPUS + file, 'utf8');
}

/** A sentence that really is in a corpus article (fails loudly if it is not). */
export function real(file: string, sentence: string): string {
  if (!corpusText(file).includes(sentence)) throw new Error(`not in ${file}: ${sentence}`);
  return sentence;
}

let n = 0;
/** A hand-built fact with the fields a test does not care about filled in. */
export function fact(f: Partial<Fact> & Pick<Fact, 'question' | 'answer' | 'answerType' | 'sentence'>): Fact {
  n++;
  const cloze = f.sentence.includes(f.answer) ? f.sentence.replace(f.answer, `{{c1::${f.answer}}}`) : '';
  return {
    id: `fact-${n}`,
    articleId: 'article-1',
    pattern: 'test',
    sentenceIndex: n,
    cloze,
    score: 0.5,
    ...f,
  };
}

export const SEED = 'seed/russia-japan-2plus2.txt';
export const S_THIRD = real(SEED, 'Russia has become only the third country after the United States and Australia to have established the two-plus-two mechanism of bilateral interaction at the ministerial level with Japan, while Japan is the first country in Asia to have this arrangement with Russia.');
export const S_LAVROV = real(SEED, 'The two-plus-two ministerial meeting on security held in Tokyo on Saturday “marks a new stage in Russian-Japanese relations”, said Russia’s Foreign Minister Sergei Lavrov.');
export const S_KISHIDA = real(SEED, 'Japanese Foreign Minister Fumio Kishida said the meeting had opened a “new page for Japan-Russia cooperation in security and defence”.');
export const S_ABE = real(SEED, 'After a decade-long drift, political relations between Russia and Japan took an upward trajectory following the election of Shinzo Abe as Japan’s Prime Minister last December.');
export const S_PUTIN = real(SEED, 'He became the first Japanese leader in 10 years to pay an official visit to Russia in April this year for a summit meeting with Russian President Vladimir Putin.');
export const S_CHINA = real(SEED, 'The warming of Russia-Japan ties is being watched warily in China, which is locked in a bitter territorial dispute with Japan.');
export const S_KURIL = real(SEED, 'Russia and Japan have never signed a peace treaty after World War II because of long-running territorial dispute the four Kuril Islands, claimed by Japan.');
