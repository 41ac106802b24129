import type { Entity, Sentence } from '../../types.js';
import type { FactDraft } from '../draft.js';
import { findSpeaker, holdsOffice } from '../find-speaker.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { lowerFirst, tidyClause, wordCount } from '../text-utils.js';
import type { ArticleContext } from '../article-context.js';
import { briefsCabinetDecision } from '../telling.js';
import { normalizeKey } from '../../util/ids.js';

const ACCORDING_FIRST = /^According to (?<source>[^,]+),\s+(?<content>.+)$/d;
const ACCORDING_LAST = /^(?<content>.+?),?\s+according to (?<source>[^,]+?)\.?$/d;
// (A body's own statement, "An Indian Defence Ministry statement said …", is the telling of its
// news, like a tweet; a report, study or survey is a finding of its own.)
const REPORT_SAID = /^(?:A|An|The)\s+(?<source>.+?)\s+(?:report|study|survey|analysis)(?:\s+(?:from|in|on)\s+[^,]+?)?\s+(?:said|says|stated|found|showed|suggested|concluded)(?:\s+that)?\s+(?<content>.+)$/d;

/**
 * A claim attributed to a source ("According to the Saudi Interior Ministry, …", "A Xinhua
 * report from Tokyo said …", "…, according to police") → "Which ministry reported that …?".
 */
const find: FindDrafts<'reported-by'> = (s, ctx) => {
  const text = s.text.trim();
  const opening = accordingToWithoutComma(s, ctx);
  if (opening) return [opening];
  for (const re of [REPORT_SAID, ACCORDING_FIRST, ACCORDING_LAST]) {
    const m = re.exec(text);
    if (!m) continue;
    const [ss, se] = m.indices!.groups!.source!;
    const source = findSpeaker(s, ss, se, ctx);
    // Which paper or agency carried it is the telling, not the news (the rubric's "not the
    // outlet that was told").
    // (Nor someone of no public office, or an official quoted for the facts: see holdsOffice.)
    if (!source || OUTLET.has(sourceKind(source.canonical)) || tellsOwnNews(source, ctx) || (source.cls === 'person' && !holdsOffice(source, ctx))) continue;
    // ("According to … Minister Ashwini Vaishnaw, the BioE3 policy seeks to …" under "BioE3 policy
    // … given Cabinet nod": the minister who briefed on the Cabinet's decision describes it.)
    if (briefsCabinetDecision(source, m.groups!.content, s, ctx)) continue;
    const content = tidyClause(m.groups!.content);
    if (wordCount(content) < 5 || wordCount(content) > 32 || content.includes(source.text)) continue;
    // ("… cloudbursts were reported in Rakchham (Kinnaur), Thunag (Mandi), Kutti Bypass and Old
    // Market (Karsog), …": a roll of places is the report's detail, no claim to pin on its source.)
    // (Or of distances: "the cyclone lay centred about 25 km north-northeast of Nellore, 20 km east
    // of Kavali, …", a bulletin's fix, no claim.)
    if ((content.match(/,/g) ?? []).length >= 4 || (content.match(/\(/g) ?? []).length >= 2 || (content.match(/\d\s*km\b/g) ?? []).length >= 2) continue;
    if (countsFigures(content)) continue;
    const names = new Set(s.entities.map((e) => e.text.split(/\s+/)[0]));
    const claim = lowerFirst(content, (w) => names.has(w));
    return [draft(`${sourceQuestion(source)} ${claim}?`, source, s.index)];
  }
  return [];
};

/** "According to the Saudi Interior Ministry over 345 pilgrims …": no comma, so the source is
 *  the name that follows "According to". */
function accordingToWithoutComma(s: Sentence, ctx: ArticleContext): FactDraft<'reported-by'> | null {
  const lead = /^According to (?:the\s+)?/.exec(s.text);
  if (!lead) return null;
  const source = s.entities.find((e) => e.start === lead[0].length && (e.cls === 'organisation' || e.cls === 'person'));
  // ("According to the IMD (…), …" has its comma after the short form: the other reading.)
  if (!source || /^\s*(?:\([^()]{1,20}\)\s*)?,/.test(s.text.slice(source.end)) || OUTLET.has(sourceKind(source.canonical)) || tellsOwnNews(source, ctx) || (source.cls === 'person' && !holdsOffice(source, ctx))) return null;
  // "According to the National Statistical Office data, …": the comma comes after the source's noun.
  // (So after the source's possessive: "According to the Election Commission's final count, …".)
  // (Its short form may stand between: "According to the Election Commission of India (ECI) data, …".)
  // ("According to ABC projections, coalition leader, Peter Dutton, has lost …": a forecast's noun,
  // a word of its kind before it too: "According to CNN exit polls, …".)
  if (/^(?:\s*\([^()]{1,20}\))?(?:\s+(?:[\p{Ll}-]+\s+)?(?:data|figures|report|statement|estimates?|survey|release|sources|projections?|count|tally|results|findings|analysis|assessment|forecasts?|polls?)\b|['’]s?\s)/u.test(s.text.slice(source.end))) return null;
  const content = tidyClause(s.text.slice(source.end));
  if (wordCount(content) < 5 || wordCount(content) > 32 || countsFigures(content)) return null;
  const names = new Set(s.entities.map((e) => e.text.split(/\s+/)[0]));
  return draft(`${sourceQuestion(source)} ${lowerFirst(content, (w) => names.has(w))}?`, source, s.index);
}

const OUTLET = new Set(['news agency', 'newspaper']);

/** "voter turnout was 79.4% in Nuapada, 50% in Budgam, …": a body reading out three figures or
 *  more tells its count; the figures are the facts, not who read them out. */
function countsFigures(content: string): boolean {
  return (content.match(/\d[\d,.]*/g) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n)).length >= 3;
}

function sourceQuestion(source: Entity): string {
  if (source.cls === 'person') return 'Who said that';
  return `Which ${sourceKind(source.canonical)} reported that`;
}

/** The kind of source, for the question word: "Which news agency …", "Which newspaper …". */
export function sourceKind(name: string): string {
  if (/\b(Xinhua|Reuters|Associated Press|AP|AFP|Agence France|PTI|Press Trust|ANI|IANS|TASS|Interfax|Kyodo|Yonhap|Bloomberg|UPI|dpa|EFE|ANSA)\b/.test(name)) return 'news agency';
  if (/\b(Herald|Times|Post|Guardian|Hindu|Express|Journal|Tribune|Telegraph|Gazette|Chronicle|Daily|News|Mail|Observer|Independent|Mirror|Sun|Star)\b/.test(name)) return 'newspaper';
  if (/\bMinistry\b/.test(name)) return 'ministry';
  if (/\b(Police|police)\b/.test(name)) return 'police force';
  if (/\b(University|Institute|College)\b/.test(name)) return 'institution';
  return 'organisation';
}

/** "According to ISRO, Aditya-L1 takes 178 days …" in a story about ISRO's mission: the body the
 *  story keeps naming, telling its own news, is the telling, not a finding to learn. */
const OWN_NEWS_MENTIONS = 3;
function tellsOwnNews(source: Entity, ctx: ArticleContext): boolean {
  return (ctx.mentions.get(normalizeKey(source.canonical)) ?? 0) >= OWN_NEWS_MENTIONS;
}

function draft(question: string, source: Entity, sentenceIndex: number): FactDraft<'reported-by'> {
  return {
    pattern: 'reported-by',
    question,
    answer: source.canonical,
    answerText: source.text,
    answerType: source.cls === 'person' ? 'person' : 'organisation',
    sentenceIndex,
    confidence: 0.8,
    about: [source.canonical],
  };
}

export default definePattern({
  id: 'reported-by',
  describe: 'Which agency, ministry or newspaper reported a claim',
  find,
});
