/**
 * "A total of about Rs 6,000 crore has been allocated for One Nation One Subscription for three
 * calendar years" beside "The Union Cabinet on Monday approved '_____', a new scheme …" → One
 * Nation One Subscription: the scheme the set asks for is named in every other item of its story.
 * Read as "… allocated for the scheme for three calendar years", each asks the same and shows
 * nothing; the scheme is the one the student has just named.
 */
import type { Item } from '../types.js';
import { reEscape } from '../util/re-escape.js';
import { upperFirst } from '../util/upper-first.js';

/** Kinds of named thing a story goes on calling by its kind. */
// ("a five-year plan of action to take forward the strategic partnership" where the level of ties
// is asked: "… the partnership".)
const KINDS = 'scheme|mission|policy|programme|initiative|campaign|portal|project|convention|treaty|partnership';
/** The same, capitalised or not ("the IndiaAI Mission"). */
const ANY_CASE_KINDS = KINDS.split('|').map((k) => `[${k[0].toUpperCase()}${k[0]}]${k.slice(1)}`).join('|');
/** The kind a name's own last word gives ("PM-KUSUM Yojana" is a scheme). */
const OWN_KIND: Record<string, string> = { scheme: 'scheme', yojana: 'scheme', mission: 'mission', abhiyan: 'mission', policy: 'policy', programme: 'programme', initiative: 'initiative', campaign: 'campaign', portal: 'portal', project: 'project', convention: 'convention', treaty: 'treaty', partnership: 'partnership' };
/** The kind the barring item gives right after its blank: "'_____', a new scheme for …". */
const KIND_AFTER_BLANK = new RegExp(String.raw`(?:_____|\{\{c\d+::[^}]*\}\})['’"”]?(?:,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}|\s+)(${ANY_CASE_KINDS})\b`, 'u');

/** The item with the scheme `bar` asks for called "the scheme", or null where it is no scheme the
 *  set asks by its name, or the item does not print it. */
// ("_____ more Indian wetlands … under the _____" → Four; Ramsar Convention: each blank of a cloze
// of two is tried, its own last word giving its kind.)
export function withoutSchemeName(item: Item, bar: Item): Item | null {
  const names = bar.answers ?? (bar.answer.includes(';') ? [] : [bar.answer]);
  for (const name of names) {
    const own = OWN_KIND[name.split(/\s+/).pop()!.toLowerCase()];
    const renamed = (bar.answerType === 'term' || own) && name && item.question.includes(name) ? withoutName(item, bar, name, own) : null;
    if (renamed) return renamed;
  }
  return null;
}

/** The item with one name `bar` asks for called by its kind (its own word's, else the one `bar`
 *  gives after its blank), or null. */
function withoutName(item: Item, bar: Item, name: string, own: string | undefined): Item | null {
  const kind = own ?? (bar.answers && bar.answers.length > 1 ? undefined : KIND_AFTER_BLANK.exec(bar.cloze ?? bar.question)?.[1].toLowerCase());
  if (!kind) return null;
  // (With the quotes around it, an article before it and its kind word after it: "the 'One Nation
  // One Subscription' scheme" → "the scheme".)
  // (A possessive stays one: "the Flag Consideration Project's panel" → "the project's panel".)
  // ('upgraded their relations to a “strategic partnership”': "a" stays an article, as fits the kind.)
  const re = new RegExp(`(?:\\b([Tt]he|[Aa]n?)\\s+)?['‘"“]?${reEscape(name)}(?:(['’]s)\\b|['’"”](?!s\\b))?(?:\\s+(?:${ANY_CASE_KINDS})\\b)?`, 'gu');
  // ("the IndiaAI Independent Business Division": a name inside a longer one is that one's, no
  // scheme to rename; the item is left as it is.)
  const inLonger = new RegExp(`${reEscape(name)}['’"”]?\\s+(?!(?:${ANY_CASE_KINDS})\\b)\\p{Lu}`, 'u');
  if (inLonger.test(item.question) || (item.cloze && inLonger.test(item.cloze))) return null;
  // (Nor an item whose own answer holds the name: "IndiaAI Independent Business Division".)
  if (item.answer.includes(name)) return null;
  const rename = (text: string) =>
    text.replace(re, (_m, the: string | undefined, owner: string | undefined, at: number, whole: string) => {
      // ("The government's One Nation One Subscription" → "The government's scheme": an owner
      // before it takes the place of "the".)
      const owned = !the && /(?:['’]s|\b(?:its|their|his|her))\s$/.test(whole.slice(0, at));
      // ('the technology demonstration mission "Chandrayaan-4"': after its own kind word the name
      // goes, not "the … mission the mission".)
      if (!the && new RegExp(`\\b${kind}\\s$`, 'i').test(whole.slice(0, at))) return '';
      const article = the && /^an?$/i.test(the) ? (/^[aeiou]/.test(kind) ? 'an ' : 'a ') : 'the ';
      const named = `${owned ? '' : article}${kind}${owner ?? ''}`;
      return at === 0 || (the && /^[TA]/.test(the)) ? upperFirst(named) : named;
    });
  // (A name dropped after its kind word leaves its space before what follows.)
  const tidy = (text: string) => rename(text).replace(/ {2,}/g, ' ').replace(/ ([,.;])/g, '$1');
  const question = tidy(item.question);
  return { ...item, question, ...(item.cloze !== undefined ? { cloze: tidy(item.cloze) } : {}) };
}
