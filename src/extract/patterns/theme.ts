import type { Entity } from '../../types.js';
import type { FactDraft } from '../draft.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { lastEntityBefore, type ArticleContext } from '../article-context.js';
import { wordCount } from '../text-utils.js';

/** Last words of an event's name: what a theme is the theme of. */
const EVENT_HEAD = /\b(?:Day|Diwas|Divas|Summit|Festival|Utsav|Mahotsav|Conference|Conclave|Congress|Forum|Dialogue|Challenge|Competition|Olympiad|Olympics|Games|Expo|Exhibition|Fair|Mela|Week|Fortnight|Parade|Celebrations?|Sammelan|Session|Meet|Championships?|Assembly|COP\d*|Year)$/;

/** "The theme for this year's World Environment Day is …", "The theme of the 2024 summit was …",
 *  "This year's theme was water security.": the theme phrase opening the sentence, the event it
 *  names (if any), and its verb. */
// (A sentence's text has single spaces.)
const OPENING = /^(?:The |This year['’]s |Its )?theme (?:(?:of|for) (?<event>[^,;“"‘']{3,70}?) )?(?:is|was|will be|has been) (?<rest>[^ ].*)$/;
/** "… held under the theme 'One Earth, One Family, One Future'": a quoted theme after the word. */
const UNDER = /\b(?:under|with|on)\s+the\s+theme\s+(?:of\s+)?[“"‘'](?<quoted>[^”"’']{3,80})[”"’']/;
/** A theme in quotation marks. */
const QUOTED = /^[“"‘'](?<quoted>[^”"’']{3,80})[”"’']/;
/** A plain theme: a few words to the sentence's end, no verb of their own ("water security"). */
const PLAIN = /^(?<plain>[\p{L}\d][\p{L}\d ,&'’-]{2,60}?)\.?$/u;
const VERB_LIKE = /\b(?:is|was|are|were|has|have|had|will|would|said|says)\b/;

function isEvent(e: Entity): boolean {
  return (e.cls === 'term' || e.cls === 'organisation') && EVENT_HEAD.test(e.canonical.replace(/\s+(?:19|20)\d\d$/, ''));
}

/** An event's whole name: a bare head the analyser split from the name before it ("G20" +
 *  "Summit") is read with it; a bare head alone is no name. */
function eventName(e: Entity, ctx: ArticleContext): string | null {
  if (/\s/.test(e.canonical.trim())) return e.canonical;
  const sentence = ctx.analyzed.sentences.find((x) => x.entities.includes(e));
  const before = sentence?.entities.find((o) => o !== e && o.end < e.start && /^\s+$/.test(sentence.text.slice(o.end, e.start)));
  return before ? `${before.text} ${e.text}` : null;
}

/** The event a theme belongs to: named in its phrase, else the last event the article named. */
function eventOf(named: string | undefined, s: Parameters<FindDrafts>[0], ctx: ArticleContext): string | null {
  if (named) {
    const inPhrase = s.entities.find((e) => isEvent(e) && named.includes(e.text));
    if (inPhrase) return eventName(inPhrase, ctx);
    // ("The theme of the 2024 summit": a bare kind is no name.)
    return /^\p{Lu}/u.test(named) && EVENT_HEAD.test(named) ? named : null;
  }
  const found = s.entities.find(isEvent) ?? lastEntityBefore(ctx, s, Infinity, (e) => isEvent(e) && eventName(e, ctx) !== null);
  return found ? eventName(found, ctx) : null;
}

/**
 * An event's theme → "What was the theme of World Environment Day 2025?" → "Beat Plastic
 * Pollution". A theme whose event the article does not name is not asked.
 */
const find: FindDrafts<'theme'> = (s, ctx) => {
  if (!/\btheme\b/.test(s.text)) return [];
  const opening = OPENING.exec(s.text);
  const under = opening ? null : UNDER.exec(s.text);
  if (!opening && !under) return [];
  let theme: string | undefined;
  if (under) theme = under.groups!.quoted;
  else {
    const rest = opening!.groups!.rest.trim();
    theme = QUOTED.exec(rest)?.groups!.quoted ?? PLAIN.exec(rest)?.groups!.plain;
    if (theme && !QUOTED.test(rest) && (VERB_LIKE.test(theme) || wordCount(theme) > 6)) theme = undefined;
  }
  theme = theme?.trim().replace(/[,.]$/, '');
  if (!theme) return [];
  const event = eventOf(opening?.groups!.event, s, ctx);
  if (!event) return [];
  // ("This year's theme": the year the article is of, where the event's name has none.)
  const thisYear = /\bthis\s+year['’]s\b/i.test(s.text) && !/\b(?:19|20)\d\d\b/.test(event) ? ctx.analyzed.article.date?.slice(0, 4) : undefined;
  const named = `${/^the\s/i.test(event) || !/^\p{Lu}/u.test(event) ? '' : 'the '}${event}`.replace(/^the (?=(?:\p{Lu}[\p{L}-]*\s+)*(?:Day|Diwas|Divas)\b)/u, '');
  const when = thisYear ? ` in ${thisYear}` : '';
  const draft: FactDraft<'theme'> = {
    pattern: 'theme',
    question: `What was the theme of ${named}${when}?`,
    answer: theme,
    answerType: 'term',
    sentenceIndex: s.index,
    confidence: 0.8,
    about: [event, theme],
    statement: `The theme of ${named}${when} was “${theme}”.`,
    // ("This year's theme was _____." names no event: the card says whose theme.)
    ownCloze: `The theme of ${named}${when} was “{{c1::${theme}}}”.`,
  };
  return [draft];
};

export default definePattern({
  id: 'theme',
  describe: 'The theme an event was held under',
  find,
});
