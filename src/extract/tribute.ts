/**
 * What mourners say of the one whose death the headline reports ("Chief Minister X said that
 * Ramoji Rao, who was born into an ordinary family, achieved …"): a tribute, no statement to
 * learn, and neither its speaker nor the one it praises a blank of it.
 */
import type { Sentence } from '../types.js';
import type { ArticleContext } from './article-context.js';

/** A headline of a death: "… passes away", "… dies at 88", "… no more". */
const DEATH_HEADLINE = /\b(?:passes away|passed away|dies|died|no more|demise|death of)\b/i;
/** A verb a tribute is told by. */
const TRIBUTE_VERB = /\b(?:said|says|described|recalled|remembered|hailed|termed|called)\b/;

/** Whether `text` speaks of someone the story's headline reports dead. */
export function aboutTheDeceased(text: string, ctx: ArticleContext): boolean {
  const title = ctx.analyzed.article.title;
  if (!DEATH_HEADLINE.test(title)) return false;
  return ctx.timeline.some(({ entity: e }) => e.cls === 'person' && title.includes(e.canonical) && text.includes(e.text));
}

/** Whether a sentence is a tribute told of the one the headline reports dead. */
export function isTribute(s: Sentence, ctx: ArticleContext): boolean {
  return TRIBUTE_VERB.test(s.text) && aboutTheDeceased(s.text, ctx);
}
