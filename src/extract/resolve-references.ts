import type { Entity, Sentence } from '../types.js';
import { lastEntityBefore, sentenceOfEntity, type ArticleContext } from './article-context.js';
import { reEscape } from '../util/re-escape.js';
import { normalizeKey } from '../util/ids.js';
import { GROUP_REFERENCE } from '../util/dangling.js';
import { nameDescriptions } from './named-description.js';

/**
 * Make a question stand on its own: replace vague references ("the two leaders", "this
 * arrangement", "the meeting") with what they refer to in the article, or report failure
 * (null) so the item is dropped. Pronouns are not replaced here: patterns that take a pronoun
 * subject resolve it themselves, and any left are caught by the dangling-reference check.
 */
export function resolveReferences(text: string, ctx: ArticleContext, sentence: Sentence): string | null {
  let out = resolveTwoOf(text, ctx, sentence);
  if (out === null) return null;
  out = resolveDefiniteNoun(out, ctx, sentence);
  return nameDescriptions(out, ctx, sentence);
}

const TWO_OF: Record<string, (e: Entity) => boolean> = {
  leaders: (e) => e.cls === 'person',
  men: (e) => e.cls === 'person',
  women: (e) => e.cls === 'person',
  ministers: (e) => e.cls === 'person',
  countries: (e) => e.cls === 'place' && e.placeKind === 'country',
  nations: (e) => e.cls === 'place' && e.placeKind === 'country',
  sides: (e) => e.cls === 'place' && e.placeKind === 'country',
  governments: (e) => e.cls === 'place' && e.placeKind === 'country',
};

const PEOPLE = new Set(['leaders', 'men', 'women', 'ministers']);
/** Words of a death before a name: "the passing away of …", "the late …", "condolences on …". */
const MOURNED_BEFORE = /\b(?:passing(?:\s+away)?|death|demise|late|condolences?|mourned|tributes?\s+to)\b[^;]{0,80}$/;

/** "the two leaders" → "Shinzo Abe and Vladimir Putin": the two latest distinct mentions of that kind. */
export function resolveTwoOf(text: string, ctx: ArticleContext, sentence: Sentence): string | null {
  const m = GROUP_REFERENCE.exec(text);
  if (!m) return bareLeaders(text, ctx, sentence);
  const test = TWO_OF[m[1]];
  // "The two countries" of a story are the two it is about (its headline and lead name them),
  // not the last two named ("…, after Iraq and Russia. Trade between the two countries …").
  // People are the last two: "the two leaders" follows the sentence that met them.
  // (Of the phrase's own sentence, only names before it: "… engagement between the two countries
  // against … China's aggressive behaviour" does not mean China.)
  const at = sentence.text.toLowerCase().indexOf(m[0].toLowerCase());
  const before = at < 0 ? sentence.text.length : at;
  // ("… improving strained India-Canada ties. Relations between the two countries …": a pair a
  // hyphen joins just before is the two meant, whoever else the lead names.)
  const leading = PEOPLE.has(m[1]) ? null : (hyphenedPair(sentence, test, before) ?? hyphenedPair(ctx.analyzed.sentences[sentence.index - 1], test) ?? prominentPair(ctx, sentence, test, before));
  if (leading) return text.slice(0, m.index) + `${leading[0]} and ${leading[1]}` + text.slice(m.index + m[0].length);
  const found: string[] = [];
  let offset = sentence.text.length;
  let guardSentence = sentence;
  const seen = new Set<string>();
  // ("… condolences on the passing away this year of the Founding Father of Namibia, Dr. Sam
  // Nujoma. The two leaders then held discussions …": the dead are none of the two who met.)
  const mourned = (x: Entity) => PEOPLE.has(m[1]) && MOURNED_BEFORE.test((sentenceOfEntity(ctx, x)?.text ?? '').slice(Math.max(0, x.start - 90), x.start));
  for (let tries = 0; tries < 40 && found.length < 2; tries++) {
    const e = lastEntityBefore(ctx, guardSentence, offset, (x) => test(x) && !seen.has(x.canonical) && !mourned(x));
    if (!e) break;
    seen.add(e.canonical);
    found.unshift(e.canonical);
    offset = e.start;
    guardSentence = sentenceOfEntity(ctx, e) ?? guardSentence;
  }
  if (found.length < 2) return null;
  return text.slice(0, m.index) + `${found[0]} and ${found[1]}` + text.slice(m.index + m[0].length);
}

/** "The leaders expressed optimism …" in a story of two leaders meeting: the two the headline and
 *  lead name, or the text as it is (the dangling check decides). */
function bareLeaders(text: string, ctx: ArticleContext, sentence: Sentence): string {
  // (After an opening phrase too: "In this regard, the leaders expressed …".)
  const m = /^(?:[^,;]{3,40},\s+)?([Tt]he\s+leaders)\b(?!\s+of\b)/.exec(text);
  if (!m) return text;
  // (Or the two people the lead names: "The President of the UAE, Sheikh Mohamed bin Zayed Al
  // Nahyan, and Prime Minister Narendra Modi have endorsed …".)
  const lead = [...new Set((ctx.analyzed.sentences[0]?.entities ?? []).filter(TWO_OF.leaders).map((e) => e.canonical))];
  const pair = prominentPair(ctx, sentence, TWO_OF.leaders) ?? (lead.length === 2 && sentence.index > 0 ? lead : null);
  const at = m[0].length - m[1].length;
  return pair ? `${text.slice(0, at)}${pair[0]} and ${pair[1]}${text.slice(m[0].length)}` : text;
}

/** "India-Canada ties": the last two names of a kind a hyphen or a dash joins, before `before`. */
function hyphenedPair(sentence: Sentence | undefined, test: (e: Entity) => boolean, before = Infinity): [string, string] | null {
  if (!sentence) return null;
  const names = sentence.entities.filter((e) => e.end <= before);
  for (let i = names.length - 1; i > 0; i--) {
    const [a, b] = [names[i - 1], names[i]];
    if (test(a) && test(b) && a.canonical !== b.canonical && /^[-–]$/.test(sentence.text.slice(a.end, b.start))) return [a.canonical, b.canonical];
  }
  return null;
}

/** The two entities of a kind the headline and lead name, in the order first named; null
 *  unless there are exactly two. */
function prominentPair(ctx: ArticleContext, sentence: Sentence, test: (e: Entity) => boolean, before = sentence.text.length): [string, string] | null {
  const names: string[] = [];
  for (const { sentence: si, entity } of ctx.timeline) {
    if (si > sentence.index) break;
    if (si === sentence.index && entity.start >= before) continue;
    if (test(entity) && ctx.prominent.has(normalizeKey(entity.canonical)) && !names.includes(entity.canonical)) names.push(entity.canonical);
  }
  return names.length === 2 ? [names[0], names[1]] : null;
}

/** Nouns that refer back to an agreement-like thing; any of them can name the same thing. */
const ARRANGEMENT = ['arrangement', 'mechanism', 'agreement', 'deal', 'pact', 'treaty', 'framework', 'dialogue', 'format', 'system', 'accord'];
const EVENT = ['meeting', 'summit', 'conference', 'talks', 'visit', 'election', 'referendum', 'competition', 'event', 'match', 'tournament', 'stampede', 'attack', 'festival', 'exhibition', 'project', 'campaign', 'study', 'report', 'survey', 'operation'];

const DEFINITE_REFERENCE = new RegExp(`\\b([Tt]his|[Tt]hat|[Tt]he|[Ss]uch an?)\\s+(${[...ARRANGEMENT, ...EVENT].join('|')})\\b`, 'g');
const REFERENCE_HINT = new RegExp(`\\b(${[...ARRANGEMENT, ...EVENT].join('|')})\\b`);
/** Antecedent finders, one per set of head nouns (compiled once each). */
const ANTECEDENT_RES = new Map<string, RegExp>();

/**
 * "this arrangement" / "the meeting" → the fuller noun phrase with a head of the same kind seen
 * earlier ("the two-plus-two mechanism", "the two-plus-two ministerial meeting on security").
 * A bare demonstrative with no antecedent makes the question unusable (null is not returned
 * here: the dangling check later rejects "this arrangement").
 */
function resolveDefiniteNoun(given: string, ctx: ArticleContext, sentence: Sentence): string {
  const text = describedDemonstrative(given, ctx, sentence);
  if (!REFERENCE_HINT.test(text)) return text;
  return text.replace(DEFINITE_REFERENCE, (whole, det: string, head: string, at: number) => {
    // "the meeting on security" already says which; only bare references are resolved.
    const after = text.slice(at + whole.length);
    if (/^\s+(on|of|between|in|for|at)\b/.test(after) && det.toLowerCase() === 'the') return whole;
    const heads = ARRANGEMENT.includes(head) ? ARRANGEMENT : [head];
    const antecedent = findAntecedentPhrase(ctx, sentence, heads, whole);
    if (!antecedent) return whole;
    return /^[A-Z]/.test(det) && at === 0 ? antecedent[0].toUpperCase() + antecedent.slice(1) : antecedent;
  });
}

/** "This joint military exercise, known as Indra 2016, …": a demonstrative whose words already
 *  say which thing, of a kind the sentences just before named, reads as "The …". */
const DESCRIBED_THIS = /^This\s+((?:[\p{Ll}-]+\s+){1,3})(exercise|drill|mission|operation|scheme|programme|project|initiative|satellite|summit|agreement|pact)\b/u;
export function describedDemonstrative(text: string, ctx: ArticleContext, sentence: Sentence): string {
  const m = DESCRIBED_THIS.exec(text);
  // ("This is the second mission …": a verb after "This" makes it the subject itself.)
  if (!m || /\b(?:is|was|are|were|has|had|have|will|would|marks|marked|comes|came|becomes|became|makes|made)\b/.test(m[1])) return text;
  const earlier = ctx.analyzed.sentences.slice(Math.max(0, sentence.index - 3), sentence.index);
  const head = new RegExp(`\\b${m[2]}s?\\b`, 'i');
  return earlier.some((s) => head.test(s.text)) ? `The ${text.slice('This '.length)}` : text;
}

function findAntecedentPhrase(ctx: ArticleContext, sentence: Sentence, heads: string[], original: string): string | null {
  const headRe = heads.map(reEscape).join('|');
  // A determiner, up to six modifier words, then the head; optionally "on/of X" (one or two words).
  // (No preposition among the modifiers: "their first final of an ICC tournament" is a final.)
  let re = ANTECEDENT_RES.get(headRe);
  if (!re) {
    re = new RegExp(
      `\\b(?:[Tt]he|[Tt]heir|[Ii]ts)\\s+((?:(?!(?:of|an?|the|in|on|for|to|at|by|with|from|and)\\s)[\\w’'+-]+\\s+){1,6}?)(${headRe})\\b((?:\\s+(?:on|of)\\s+(?:the\\s+|a\\s+)?[a-z]+\\b(?!\\s+[a-z]))?)`,
      'g',
    );
    ANTECEDENT_RES.set(headRe, re);
  }
  re.lastIndex = 0;
  const sentences = ctx.analyzed.sentences;
  for (let i = sentence.index; i >= 0 && i >= sentence.index - 6; i--) {
    const s = sentences[i];
    let text = s.text;
    if (i === sentence.index) text = text.slice(0, Math.max(0, s.text.indexOf(original)));
    let best: string | null = null;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const mods = m[1].trim();
      if (/^(this|that|same|such|new|first|next|last|other)$/i.test(mods)) continue;
      best = `the ${mods} ${m[2]}${m[3]}`.replace(/\s+/g, ' ');
    }
    if (best) return best;
  }
  return null;
}
