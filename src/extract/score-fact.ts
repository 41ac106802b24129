import { normalizeKey } from '../util/ids.js';
import type { ArticleContext } from './article-context.js';
import type { FactDraft } from './draft.js';

/**
 * How worth learning a fact is, 0..1: half the pattern's confidence, half the salience of what
 * it is about (mentioned often, named in the headline or first paragraph, a name rather than a
 * common noun), with a small bonus for facts early in the article (news puts the key facts first).
 */
export function scoreFact(d: FactDraft, ctx: ArticleContext): number {
  let salience = 0.3;
  for (const name of [...d.about, d.answer]) {
    const key = normalizeKey(name);
    const mentions = ctx.mentions.get(key) ?? 0;
    const s = Math.min(1, 0.35 + 0.12 * mentions + (ctx.prominent.has(key) ? 0.3 : 0));
    if (mentions > 0 && s > salience) salience = s;
  }
  const total = ctx.analyzed.sentences.length || 1;
  const position = 1 - Math.min(1, d.sentenceIndex / total);
  const score = 0.5 * d.confidence + 0.4 * salience + 0.1 * position;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
