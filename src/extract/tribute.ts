/**
 * What mourners say of the one whose death the headline reports ("Chief Minister X said that
 * Ramoji Rao, who was born into an ordinary family, achieved …"): a tribute, no statement to
 * learn, and neither its speaker nor the one it praises a blank of it.
 */
import type { Sentence } from '../types.js';
import type { ArticleContext } from './article-context.js';
import { containsWholeWord } from '../util/whole-word.js';
import { surnameOf } from '../util/surname.js';


/** A headline of a death: "… passes away", "… dies at 88", "… no more". */
const DEATH_HEADLINE = /\b(?:passes away|passed away|dies|died|no more|demise|death of)\b/i;
/** A verb a tribute is told by. */
// ("Governor Ganeshi Lal condoles the sad demise of Das": a condolence is a tribute too.)
const TRIBUTE_VERB = /\b(?:said|says|wrote|tweeted|described|recalled|remembered|hailed|termed|called|condoled|condoles|condole|mourned|mourns|paid (?:tributes?|homage)|pays (?:tributes?|homage)|expressed (?:grief|sorrow|shock)|posted (?:a |an )?(?:heartfelt |emotional |moving )?(?:tribute|condolence message|note))\b/;

/** Whether `text` speaks of someone the story's headline reports dead. */
export function aboutTheDeceased(text: string, ctx: ArticleContext): boolean {
  const title = ctx.analyzed.article.title;
  if (!DEATH_HEADLINE.test(title)) return false;
  // (By the surname alone too, which the analyser may not mark again: "the sad demise of Das".)
  // ("Cherukuri Ramoji Rao" under "Ramoji Rao … passes away": the headline may drop a given name.)
  const headlined = (name: string) => title.includes(name) || (name.split(/\s+/).length > 2 && title.includes(name.split(/\s+/).slice(-2).join(' ')));
  return ctx.timeline.some(({ entity: e }) => e.cls === 'person' && headlined(e.canonical) && (text.includes(e.text) || containsWholeWord(text, surnameOf(e.canonical))));
}

/** Whether a sentence is a tribute told of the one the headline reports dead. */
export function isTribute(s: Sentence, ctx: ArticleContext): boolean {
  return TRIBUTE_VERB.test(s.text) && aboutTheDeceased(s.text, ctx);
}
