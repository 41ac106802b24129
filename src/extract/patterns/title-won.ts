import type { FactDraft } from '../draft.js';
import { definePattern, inMonthOf, subjectEndingAt, toldOfAnotherTime, type FindDrafts } from '../pattern.js';
import type { AnswerType, Entity, Sentence } from '../../types.js';
import { answerTypeOf } from '../answer-type.js';
import { cityNamed, countryNamed } from '../../lexicon/index.js';
import { namedInHeadline, pronounPerson, type ArticleContext } from '../article-context.js';

/**
 * Titles won, as sports quizzes ask them: "India won T20 World Cup in a nail-biting final
 * against South Africa" → "Which country won the T20 World Cup in June 2024?" → India; "Mumbai
 * lifted the Ranji Trophy for the 42nd time" → "Which team won the Ranji Trophy?". The title is a
 * name ending in Cup, Trophy or Championship(s); the winner is the country, team or person whose
 * verb of winning comes right before it. (A prize or an award a person receives is `awarded`'s.)
 */
// ("the Yonex-Sunrise India Open", "the Qatar Masters": a tour event by its own name.)
const TITLE_HEAD = /\b(?:Cup|Trophy|Championships?|Open|Masters)$/;
// ("has successfully clinched her second …": an adverb between the auxiliary and the verb.)
const WON = /(?:(?:has|have|had)\s+)?(?:(?:successfully|finally|once again|again|also)\s+)?(?:won|wins|clinched|clinches|lifted|lifts|retained|retains|bagged|claimed|claims|secured|secures|sealed|seals|captured|captures)\s+(?:the\s+|their\s+|its\s+|her\s+|his\s+|a\s+record\s+)?(?:(?:first|second|third|fourth|fifth|sixth|maiden|first-ever|inaugural|\d+(?:st|nd|rd|th))\s+)?(?:\d{4}\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;
/** "India etched its name in history by clinching the inaugural Kho Kho World Cup": the win told
 *  as how the sentence's subject did what it did. */
const BY_WINNING = /\bby\s+(?:winning|clinching|lifting|bagging|claiming|securing|capturing|retaining)\s+(?:the\s+|their\s+|its\s+|her\s+|his\s+)?(?:(?:first|second|third|maiden|first-ever|inaugural|\d+(?:st|nd|rd|th))\s+)?(?:\d{4}\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;
const EMERGED = /\b(?:emerge|emerged|emerges|emerging)\s+(?:as\s+)?(?:the\s+)?champions?\s+(?:of|at|in)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:\d{4}\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;
/** "India ended their 12-year wait for Champions Trophy glory": the title waited for, won. */
const WAIT_FOR = /\b(?:ended|ends|ending)\s+(?:their|its|his|her)\s+(?:long\s+|\d+-year(?:-long)?\s+)?wait\s+for\s+(?:a\s+|an\s+|the\s+)?(?:maiden\s+|first\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;
/** "… to win their second ": the title a subject's deed won, its name and "title" next. */
// ("to win an unprecedented third Champions Trophy title": a word of praise before the count.)
const TO_WIN = /\bto\s+(?:win|clinch|lift|claim|secure|retain|bag)\s+(?:the\s+|their\s+|its\s+|her\s+|his\s+|an?\s+)?(?:(?:unprecedented|record|historic|memorable|famous)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|maiden|first-ever|\d+(?:st|nd|rd|th))\s+)?(?:\d{4}\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;
/** "emerged victorious in the ": a side that won the final named next. */
const VICTORIOUS = /\b(?:emerged|emerges|emerging)\s+(?:victorious|triumphant|winners?)\s+in\s+the\s+(?:\d{4}\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;
const GLORY_AFTER = /^\s+(?:glory|title|crown|triumph)\b/;
const HINT = /\b(?:Cup|Trophy|Championships?|Open|Masters)\b/;
/** "became the FIDE Women's World Cup champion": the title before "champion". */
// ("Vidarbha were crowned as the Ranji Trophy champions": a team crowned, with its "as".)
const BECAME = /\b(?:became|becomes|(?:was|were|is|are)\s+crowned(?:\s+as)?)\s+(?:the\s+)?(?:(?:new|first|youngest|\d{4})\s+)?(?<owner>(?:\p{Lu}[\p{L}.-]*\s+){0,2})$/u;

/** "secured the World Cup berth", "won the Asia Cup qualifier": a step towards the title, not it;
 *  "won her maiden World Championships medal": a medal at the championships, not them. */
const NOT_THE_TITLE = /^\s+(?:berths?|medals?|gold|silver|bronze|podium|quotas?|spots?|places?|qualif\w*|tickets?|slots?|semi-?finals?|quarter-?finals?|bids?|hosting|rights|squads?|selection|campaign|opener|warm-ups?|league\s+(?:match|game|stage)|group\s+(?:match|game|stage))\b/i;

/** "… helped India break their title drought, as they secured their maiden World Cup title": a
 *  pronoun before the verb is the nearest team or player before it in the sentence, taken only
 *  where the headline names that winner too (the story is theirs). */
function pronounWinner(s: Sentence, verbAt: number, ctx: ArticleContext): Entity | null {
  const head = s.text.slice(0, verbAt);
  const pronoun = /\b(?:they|she|he)\s+(?:(?:finally|eventually|then|also)\s+)?$/i.exec(head);
  if (!pronoun) return null;
  const before = s.entities.filter((e) => e.end <= pronoun.index && winnerType(e) !== null);
  const nearest = before[before.length - 1];
  const plural = /^they/i.test(pronoun[0]);
  // ("they" is a team or a country; "she"/"he" a player.)
  if (!nearest || plural === (nearest.cls === 'person') || !namedInHeadline(nearest, ctx)) return null;
  return nearest;
}

/** "Divya Deshmukh of Nagpur became …": the subject ends on the player's home town. */
function personOfPlace(s: Sentence, subject: Entity | null | undefined): Entity | null | undefined {
  if (!subject || subject.cls !== 'place' || answerTypeOf(subject) === 'country') return subject;
  const of = /\s+of\s+$/.exec(s.text.slice(0, subject.start));
  return (of && s.entities.find((e) => e.cls === 'person' && e.end === of.index)) ?? subject;
}

/** "India dethroned champions South Korea 4-1 in the Asia Cup Hockey final": a final won, told by
 *  whom the winner beat in it. */
// ("India secured a historic moment … by defeating South Africa by 52 runs in the … final": the
// deed by which the sentence's subject did it.)
/** The verbs of beating a rival, past tense (shared by the tests below). */
const BEAT_WORDS = String.raw`beat|defeated|dethroned|thrashed|edged\s+out|edged|stunned|outclassed|overcame|downed|crushed|routed|trounced|blanked`;
const BEAT_VERB = new RegExp(String.raw`\b(?:${BEAT_WORDS}|(?<=\bby\s)(?:defeating|beating|thrashing|edging\s+out|stunning|outclassing|overcoming|downing|crushing|routing|trouncing))\s+(?:the\s+)?(?:(?:defending|reigning|former|first-time|two-time|three-time|five-time|seven-time)\s+)?(?:champions?\s+|finalists\s+|holders\s+|hosts\s+|rivals\s+|arch-?rivals\s+)?$`);
/** The sport a title's name may end on ("Asia Cup Hockey") or be followed by before "final". */
const SPORT = '(?:Hockey|Football|Cricket|Kabaddi|Badminton|Chess|Volleyball|Basketball)';
// ("in the ICC Women’s World Cup 2025 final": the edition's year may stand before "final".)
const SPORT_AFTER_TITLE = new RegExp(`^(?:\\s+(?:19|20)\\d\\d)?(?:\\s+${SPORT})?\\s+final\\b`);
const TITLE_WITH_SPORT = new RegExp(`\\b(?:Cup|Trophy|Championships?)(?:\\s+${SPORT})?$`);
const FINAL_AT = new RegExp(`^(?:\\s+(?:19|20)\\d\\d)?(?:\\s+${SPORT})?(?:\\s+title)?\\s+final\\s+at\\s+(?:the\\s+)?`);

function finalWonByBeating(s: Sentence, ctx: ArticleContext): FactDraft<'title-won'>[] {
  for (const title of s.entities) {
    if ((title.cls !== 'term' && title.cls !== 'organisation') || !TITLE_WITH_SPORT.test(title.text) || !SPORT_AFTER_TITLE.test(s.text.slice(title.end))) continue;
    const inThe = /\s+in\s+the\s+$/.exec(s.text.slice(0, title.start));
    if (!inThe) continue;
    // The side beaten, and the score or margin between it and "in the … final".
    // ("India beat Oman by six wickets to win a berth in the Asia Cup final": a win that only got
    // a place in the final is no win of it.)
    const loser = [...s.entities].reverse().find((e) => e.end <= inThe.index && e.cls !== 'number' && e.cls !== 'date' && /^(?:\s+\d{1,3}\s*[-–]\s*\d{1,3}|\s+by\s+[^,;]{1,30})?$/.test(s.text.slice(e.end, inThe.index)) && !/\bto\s+\p{Ll}+\s/u.test(s.text.slice(e.end, inThe.index)));
    if (!loser) continue;
    const verb = BEAT_VERB.exec(s.text.slice(0, loser.start));
    if (!verb) continue;
    const by = /\bby\s+$/.test(s.text.slice(0, verb.index));
    const winner = (by ? null : subjectEndingAt(s, verb.index, ['person', 'place', 'organisation', 'term'])) ?? (by ? subjectOfSentence(s, verb.index) : pronounWinner(s, verb.index, ctx));
    const type = winner && winnerType(winner);
    if (!winner || !type || winnerType(loser) !== type) continue;
    // ("the ICC Women’s World Cup 2025 final": the edition's year is the name's, no month needed.)
    const year = /^\s+((?:19|20)\d\d)\b/.exec(s.text.slice(title.end))?.[1];
    const name = year && !title.text.endsWith(year) ? `${title.text} ${year}` : title.text;
    const when = year ? '' : inMonthOf(s, ctx);
    // ("… final at Rajgir Sports Complex Stadium in Bihar": where the final was played.)
    const venue = venueOfFinal(s, title.end);
    return [...(venue ? [venue(name, when)] : []), wonDraft(s, winner, type, title, name, when), runnerUpDraft(s, loser, type, title, name, when)];
  }
  return [];
}

/** The stadium right after the final ("final at DY Patil Stadium in Navi Mumbai"), as a draft
 *  of where it was played, or null. */
function venueOfFinal(s: Sentence, after: number): ((name: string, when: string) => FactDraft<'title-won'>) | null {
  const at = FINAL_AT.exec(s.text.slice(after));
  const place = at && s.entities.find((e) => e.start === after + at[0].length && e.cls === 'place' && /\b(?:Stadium|Arena|Ground|Complex|Oval|Park|Centre|Center|Hall)$/.test(e.text));
  if (!place) return null;
  return (name, when) => ({ pattern: 'title-won', question: `At which venue was the final of the ${name}${when} played?`, answer: place.canonical, answerText: place.text, answerStart: place.start, answerType: 'place', sentenceIndex: s.index, confidence: 0.8, about: [place.canonical, name], statement: `The final of the ${name}${when} was played at ${place.canonical}.` });
}

/** "Royal Challengers Bengaluru claimed their maiden title in the Indian Premier League (IPL)":
 *  a league's title won, the league named after it. */
const TITLE_IN = /\b(?:won|wins|clinched|clinches|claimed|claims|lifted|lifts|bagged|secured|captured)\s+(?:the|their|its|his|her)\s+(?:(?:maiden|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|record)\s+)?(?:title|crown)\s+in\s+the\s+$/;
const WAIT_ENDED = /\b(?:ended|ends|ending)\s+(?:their|its|his|her)\s+(?:long\s+|\d+-year(?:-long)?\s+)?wait\s+for\s+(?:a|an|the|their|its|his|her)\s+(?:maiden\s+|first\s+)?$/;
const LEAGUE = /\b(?:League|Super League|Premier League)$/;
/** "Dabang Delhi K.C. were crowned the champions of the Pro Kabaddi League": a league won, its
 *  champions crowned. */
const CROWNED_OF = /\b(?:(?:were|was|are|is|has\s+been|have\s+been)\s+)?crowned\s+(?:as\s+)?(?:the\s+)?champions?\s+of\s+(?:the\s+)?$/;
/** " (PKL) season 12": the season of a league, after its short form. */
const SEASON_AFTER = /^(?:\s+\(\p{Lu}{2,6}\))?\s+[Ss]eason\s+(\d{1,2})\b/u;
/** "secured their first-ever ", "won its maiden ": a title the subject won, the league's name next. */
// ("claimed the 2025 Hockey India League (HIL) title": the season's year before the name.)
const OWN_TITLE_BEFORE = /\b(?:won|wins|clinched|clinches|claimed|claims|lifted|lifts|secured|secures|bagged|captured)\s+(?:the|their|its|his|her)\s+(?:(?:maiden|first|first-ever|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|record)\s+)?(?:(?<year>(?:19|20)\d\d)\s+)?$/;

function leagueTitleWon(s: Sentence, ctx: ArticleContext): FactDraft<'title-won'>[] {
  for (const league of s.entities) {
    if ((league.cls !== 'organisation' && league.cls !== 'term') || !LEAGUE.test(league.text)) continue;
    // ("Haryana Steelers ended their wait for a Pro Kabaddi League title as they defeated …": the
    // title waited for, and won.)
    // ("secured their first-ever Indian Premier League (IPL) title": the league's title, its short
    // form between.)
    const titleAfter = /^(?:\s+\(\p{Lu}{2,6}\))?\s+title\b/u.test(s.text.slice(league.end));
    const crowned = CROWNED_OF.exec(s.text.slice(0, league.start));
    const won = TITLE_IN.exec(s.text.slice(0, league.start)) ?? crowned ?? (titleAfter ? (WAIT_ENDED.exec(s.text.slice(0, league.start)) ?? OWN_TITLE_BEFORE.exec(s.text.slice(0, league.start))) : null);
    if (!won) continue;
    const named = subjectEndingAt(s, won.index, ['person', 'place', 'organisation', 'term']);
    // ("Royal Challengers Bengaluru", "Dabang Delhi K.C.", read as a person's name: a side named after
    // its city is a team.)
    const winner = named && named.cls === 'person' && /\s/.test(named.text) && named.text.split(/\s+/).some((w) => cityNamed(w)) ? { ...named, cls: 'term' as const } : named;
    const type = winner && winnerType(winner);
    if (!winner || !type || type === 'person') continue;
    const when = inMonthOf(s, ctx);
    // ("crowned the champions of the Pro Kabaddi League (PKL) season 12": the season said.)
    const season = crowned ? SEASON_AFTER.exec(s.text.slice(league.end))?.[1] : undefined;
    const year = won.groups?.year;
    const drafts = [wonDraft(s, winner, type, league, season ? `${league.canonical} season ${season}` : `${year ? `${year} ` : ''}${league.canonical} title`, year ? '' : when)];
    // ("… a six-run victory against Punjab Kings in the final": whom the final was won against.)
    // ("… as they defeated Patna Pirates in the final": or whom they beat in it.)
    // ("with a 4-3 victory over Hyderabad Toofans in the final": a win over them.)
    const against = /\b(?:against|defeated|defeating|beat|beating|(?:victory|win|triumph)\s+over)\s+$/;
    // ("defeating Punjab Kings (PBKS) in a thrilling final": its short form and the final's word.)
    const loser = s.entities.find((e) => e.start > league.end && against.test(s.text.slice(Math.max(0, e.start - 16), e.start)) && /^(?:\s+\(\p{Lu}{2,6}\))?\s+in\s+(?:the|a)\s+(?:[\p{Ll}-]+\s+)?final\b/u.test(s.text.slice(e.end)) && winnerType(e) !== null);
    if (loser) drafts.push(runnerUpDraft(s, { ...loser, cls: loser.cls === 'person' ? 'term' : loser.cls }, type, league, `${year ? `${year} ` : ''}${league.canonical}`, year ? '' : when));
    return drafts;
  }
  return [];
}

/** "He clinched the men's Javelin throw title at the 64th Ostrava Golden Spike": an event's title
 *  in one discipline, won by a player. */
// ("Lakshya Sen defeated China's Li Shi Feng … to clinch the men's singles title at the Canada Open
// 2023": the win that got it, and the edition's year after the name.)
const TITLE_AT = /\b(?:won|wins|clinched|clinches|claimed|claims|bagged|secured|lifted|lifts|(?<to>to\s+(?:win|clinch|claim|bag|secure|lift)))\s+(?:the\s+)?(?<what>(?:men['’]s|women['’]s|mixed)\s+(?:[\p{L}\d-]+\s+){0,3}?title)\s+at\s+(?:the\s+)?(?<event>(?:(?:19|20)\d\d\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,5}(?:\s+(?:19|20)\d\d\b)?)/du;
/** "Lakshya Sen defeated ": the player who beat someone, right before the verb. */
const BEAT_BY_PLAYER = new RegExp(String.raw`\s+(?:${BEAT_WORDS})\s`);

function titleAtEvent(s: Sentence, ctx: ArticleContext): FactDraft<'title-won'>[] {
  const m = TITLE_AT.exec(s.text);
  if (!m) return [];
  const head = s.text.slice(0, m.index);
  const pronoun = /^(?:He|She)\s+(?:(?:also|then|finally)\s+)?$/.exec(head);
  const beat = m.groups!.to ? BEAT_BY_PLAYER.exec(head) : null;
  const winner = pronoun ? pronounPerson(ctx, s, 0) : beat ? (s.entities.find((e) => e.cls === 'person' && e.end === beat.index) ?? null) : m.groups!.to ? null : subjectEndingAt(s, m.index!, ['person']);
  if (!winner || winner.cls !== 'person') return [];
  const name = `${m.groups!.what} at the ${m.groups!.event}`;
  const when = /\d{4}/.test(m.groups!.event) ? '' : inMonthOf(s, ctx);
  return [{ pattern: 'title-won', question: `Who won the ${name}${when}?`, answer: winner.canonical, answerText: winner.text, answerStart: winner.start, answerType: 'person', sentenceIndex: s.index, confidence: 0.9, about: [winner.canonical, m.groups!.event], statement: `${winner.canonical} won the ${name}${when}.` }];
}

const find: FindDrafts<'title-won'> = (s, ctx) => {
  const drafts: FactDraft<'title-won'>[] = [];
  if (/\btitle\s+at\s/.test(s.text)) drafts.push(...titleAtEvent(s, ctx));
  if (/\btitle\s+in\s+the\s|\bwait\s+for\s|\bLeague\b(?:\s+\(\p{Lu}{2,6}\))?\s+title\b|\bcrowned\s+(?:as\s+)?(?:the\s+)?champions?\s+of\b/u.test(s.text)) drafts.push(...leagueTitleWon(s, ctx));
  if (HINT.test(s.text) && /\bfinal\b/.test(s.text) && !toldOfAnotherTime(s)) drafts.push(...finalWonByBeating(s, ctx));
  // ("Bindra won the World Championships title when he was 23": not the one the article is about.)
  if (!HINT.test(s.text) || toldOfAnotherTime(s)) return drafts;
  drafts.push(...claimedForNthTime(s));
  for (const title of s.entities) {
    if ((title.cls !== 'term' && title.cls !== 'organisation') || !TITLE_HEAD.test(title.text)) continue;
    // (Or "Divya Deshmukh of Nagpur became the FIDE Women's World Cup champion".)
    // ("… to emerge champions of the 75th Santosh Trophy": the sentence's subject won it.)
    // ("India beat Pakistan by five wickets … to win their second Asia Cup title": the subject's win
    // that got it.)
    const by = BY_WINNING.exec(s.text.slice(0, title.start)) ?? EMERGED.exec(s.text.slice(0, title.start)) ?? (/^\s+title\b/.test(s.text.slice(title.end)) ? TO_WIN.exec(s.text.slice(0, title.start)) : null);
    const waited = GLORY_AFTER.test(s.text.slice(title.end)) ? WAIT_FOR.exec(s.text.slice(0, title.start)) : null;
    // ("Rohit Sharma’s Team India emerged victorious in the T20 World Cup 2024 final": its final won.)
    const victorious = /^\s+(?:(?:19|20)\d\d\s+)?final\b/.test(s.text.slice(title.end)) ? VICTORIOUS.exec(s.text.slice(0, title.start)) : null;
    const m = WON.exec(s.text.slice(0, title.start)) ?? (/^\s+champions?\b/.test(s.text.slice(title.end)) ? BECAME.exec(s.text.slice(0, title.start)) : null) ?? waited ?? victorious ?? by;
    if (!m || NOT_THE_TITLE.test(s.text.slice(title.end))) continue;
    const winner = teamOfCountry(m === by ? subjectOfSentence(s, m.index) : (personOfPlace(s, subjectEndingAt(s, m.index, ['person', 'place', 'organisation', 'term'])) ?? pronounWinner(s, m.index, ctx)));
    if (!winner) continue;
    const type = winnerType(winner);
    if (!type) continue;
    // The year before the name ("the 2024 T20 World Cup") goes with it.
    // (Or the final's: "… defeating New Zealand by four wickets in the 2025 final".)
    const year = /(\d{4})\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.exec(m[0])?.[1] ?? (m === waited ? /\bin\s+the\s+((?:19|20)\d\d)\s+final\b/.exec(s.text.slice(title.end))?.[1] : undefined);
    // ("the 2022 FIFA World Cup": the body before the title's name is part of it.)
    // (Or after it: "won the ICC Champions Trophy 2025, beating …".)
    const yearAfter = year ? undefined : /^\s+((?:19|20)\d\d)\b/.exec(s.text.slice(title.end))?.[1];
    const name = `${year ? `${year} ` : ''}${m.groups!.owner}${title.text}${yearAfter && !title.text.endsWith(yearAfter) ? ` ${yearAfter}` : ''}`;
    const when = year || yearAfter ? '' : inMonthOf(s, ctx);
    // ("India's Rohan Bopanna and _____ won the Australian Open 2024 title" → Matthew Ebden: the
    // second of a pair who won together is half the answer; the key names both.)
    const partner = s.entities.find((o) => o !== winner && o.cls === winner.cls && /^\s+and\s+$/.test(s.text.slice(o.end, winner.start)));
    drafts.push(partner ? pairWonDraft(s, partner, winner, type, title, name, when) : wonDraft(s, winner, type, title, name, when));
    const loser = runnerUp(s, title.end, type);
    const margin = loser && MARGIN.exec(s.text.slice(loser.end));
    if (loser && margin) {
      const unit = margin.groups!.unit.toLowerCase();
      const by = margin.groups!.n;
      // (The unit is the question's: "52", not "52 runs", answers "By how many runs …?"; the
      // sides are the set's other questions, not named in this one.)
      drafts.push({
        pattern: 'title-won',
        question: `By how many ${unit} was the final of the ${name}${when} won?`,
        answer: by,
        answerText: by,
        answerStart: loser.end + margin.indices!.groups!.n[0],
        answerType: 'number',
        sentenceIndex: s.index,
        confidence: 0.8,
        about: [by, title.canonical],
        statement: `${winner.canonical} beat ${loser.canonical} by ${by} ${unit} to win the ${name}${when}.`,
      });
    }
    if (loser) drafts.push(runnerUpDraft(s, loser, type, title, name, when));
  }
  return drafts;
};

/** ", claiming the title for an unprecedented 33rd time": the title a win earned, the Nth time. */
const CLAIMING_NTH = /^[^;]*?,\s+(?:claiming|clinching|lifting|winning|bagging|securing|sealing)\s+(?:the|their|its)\s+(?:title|trophy|crown)\s+for\s+(?:a|an|the)\s+(?:record\s+|unprecedented\s+|historic\s+)?(?<ord>\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+time\b/;

/** "West Bengal extended their supremacy in the … Santosh Trophy with a 1-0 win over Kerala …,
 *  claiming the title for an unprecedented 33rd time" → "Which team won the Santosh Trophy for
 *  the 33rd time?": the sentence's subject, the title its sentence names, the count the clause
 *  gives. */
function claimedForNthTime(s: Sentence): FactDraft<'title-won'>[] {
  // (The title nearest before the clause: "in the National Football Championship for Santosh Trophy".)
  const title = s.entities.filter((e) => (e.cls === 'term' || e.cls === 'organisation') && TITLE_HEAD.test(e.text)).pop();
  if (!title) return [];
  const claimed = CLAIMING_NTH.exec(s.text.slice(title.end));
  const winner = claimed ? subjectOfSentence(s, title.start) : null;
  const type = winner && winnerType(winner);
  if (!claimed || !winner || !type) return [];
  return [wonDraft(s, winner, type, title, title.text, ` for the ${claimed.groups!.ord} time`)];
}

/** The winner a "by winning …" clause belongs to: the name opening the main clause, right before
 *  its verb ("In a spectacular display …, India etched …"), or null. */
function subjectOfSentence(s: Sentence, before: number): Entity | null {
  // (Past an opening phrase and its comma: "In a spectacular display of speed, strategy, and skill, India …".)
  // ("In a gripping final, hosts Kerala made a comeback …": a side's standing before its name.)
  // ("Heavyweights West Bengal extended their supremacy …": opening the sentence too.)
  // ("India's Lakshya Sen secured his maiden Super 500 title by winning …": a player's country owning him.)
  // ("Riding on Tilak Varma’s half-century, fancied India beat Pakistan …": a word of their form too.)
  // ("Skipper Rohit Sharma led from the front … as a resolute India held their nerve to win …": a
  // side after "as", with an article and a word of its form.)
  const subjects = s.entities.filter((e) => e.end <= before && winnerType(e) !== null && /(?:^|,\s+|\bas\s+)(?:\p{Lu}\p{Ll}+['’]s\s+)?(?:[Aa]n?\s+[a-z-]+\s+|(?:[Hh]osts|[Hh]olders|[Dd]efending\s+champions|[Tt]itle\s+holders|[Hh]eavyweights|[Ff]avourites|fancied|mighty|unbeaten|top-seeded|in-form|resurgent)\s+)?$/u.test(s.text.slice(0, e.start)) && verbLike(s.tokens.find((t) => t.start > e.end)));
  return subjects.length === 1 ? subjects[0] : null;
}
/** "Team India" → India: a national side by its country. */
function teamOfCountry(e: Entity | null): Entity | null {
  const country = e && /^Team\s+(\p{Lu}[\p{L}]+)$/u.exec(e.text)?.[1];
  const known = country ? countryNamed(country) : null;
  return e && known ? { ...e, cls: 'place', placeKind: 'country', canonical: known.name } : e;
}

/** A verb, or a past form the tagger read as an adjective ("India etched its name …"). */
function verbLike(t: Sentence['tokens'][number] | undefined): boolean {
  return !!t && (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADJ' && /ed$/.test(t.text)));
}

const ASKED: Partial<Record<AnswerType, string>> = { country: 'Which country', person: 'Who' };

/** "Which country won the ICC Women's World Cup?" → the winner. */
function wonDraft(s: Sentence, winner: Entity, type: AnswerType, title: Entity, name: string, when: string): FactDraft<'title-won'> {
  return { pattern: 'title-won', question: `${ASKED[type] ?? 'Which team'} won the ${name}${when}?`, answer: winner.canonical, answerText: winner.text, answerStart: winner.start, answerType: type, sentenceIndex: s.index, confidence: 0.9, about: [winner.canonical, title.canonical], statement: `${winner.canonical} won the ${name}${when}.` };
}

/** "Which two players won the Australian Open 2024?" → "Rohan Bopanna and Matthew Ebden". */
function pairWonDraft(s: Sentence, first: Entity, second: Entity, type: AnswerType, title: Entity, name: string, when: string): FactDraft<'title-won'> {
  const answer = `${first.canonical} and ${second.canonical}`;
  const who = type === 'person' ? 'Which two players' : type === 'country' ? 'Which two countries' : 'Which two teams';
  return { pattern: 'title-won', question: `${who} won the ${name}${when}?`, answer, answerText: s.text.slice(first.start, second.end), answerStart: first.start, answerType: type, sentenceIndex: s.index, confidence: 0.9, about: [first.canonical, second.canonical, title.canonical], statement: `${answer} won the ${name}${when}.` };
}

/** "Which country was the runner-up of the ICC Women's World Cup?" → the side beaten in the final. */
function runnerUpDraft(s: Sentence, loser: Entity, type: AnswerType, title: Entity, name: string, when: string): FactDraft<'title-won'> {
  return { pattern: 'title-won', question: `${ASKED[type] ?? 'Which team'} was the runner-up of the ${name}${when}?`, answer: loser.canonical, answerText: loser.text, answerStart: loser.start, answerType: type, sentenceIndex: s.index, confidence: 0.85, about: [loser.canonical, title.canonical], statement: `${loser.canonical} was the runner-up of the ${name}${when}.` };
}

/** "… by upstaging the seasoned Koneru Humpy in the second Rapid game of the tie-break", "in a
 *  nail-biting final against South Africa": whom the winner beat in the final, named after the
 *  title. Only where the sentence says it was the final (or its tie-break): a win in a league
 *  says not who came second. */
// ("… India Open with a stunning straight-game victory over reigning world champion Loh Kean Yew …":
// "stunning" before a word in lower case praises the win, and beat no one.)
const BEAT = /^(?:\s+title)?[^.;]{0,40}?\b(?:upstaging|defeating|beating|edging out|outclassing|outplaying|stunning(?!\s+[a-z])|overcoming|thrashing|downing|(?:victory|win|triumph)\s+over)\s+(?:the\s+)?(?:(?:seasoned|veteran|top-seeded|defending champions?|compatriot|higher-ranked|first-time finalists|finalists|hosts|holders|title holders|arch-?rivals|rivals|neighbours|[a-z]+-time champions?|(?:reigning\s+)?(?:world|Olympic|Asian|national|defending)\s+champions?|reigning\s+champions?)\s+)*/;
/** " by 52 runs", " by six wickets": the winning margin right after the beaten side. */
const MARGIN = /^\s+by\s+(?<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>runs|wickets|goals|points)\b/d;
const FINAL_AGAINST = /^[^.;]{0,60}?\bfinal\s+(?:match\s+)?against\s+(?:the\s+)?/;
/** "World Rapid Chess Championship", "Chess Olympiad": events played in rounds, no final; the one
 *  beaten in the last round is not thereby second. */
const NO_FINAL = /\b(?:Rapid|Blitz|Olympiad|Swiss|Candidates|Round[- ]Robin)\b/;
function runnerUp(s: Sentence, after: number, type: AnswerType): Entity | null {
  const rest = s.text.slice(after);
  if (NO_FINAL.test(s.text.slice(Math.max(0, after - 60), after)) && !/\bfinal\b|tie-?break/.test(s.text)) return null;
  // ("won the ICC Champions Trophy 2025, beating New Zealand": whom the title was won by beating.)
  // (Or "… World Cup title by beating South Africa": the title won by that win.)
  if (!/\bfinal\b|tie-?break/.test(s.text) && !/^(?:\s+(?:19|20)\d\d)?(?:\s+title)?,?\s+(?:by\s+|after\s+)?(?:beating|defeating)\s/.test(rest)) return null;
  const m = BEAT.exec(rest) ?? FINAL_AGAINST.exec(rest);
  if (!m) return null;
  const at = after + m[0].length;
  const opponent = s.entities.find((e) => e.start === at);
  return opponent && winnerType(opponent) === type ? opponent : null;
}

/** A country, a team (an organisation, or a name of no known kind), or a person. */
function winnerType(e: Entity): AnswerType | null {
  if (e.cls === 'person') return 'person';
  if (e.cls === 'organisation') return 'organisation';
  // ("Mumbai Indians": a team's name the analyser knows no kind for.)
  if (e.cls === 'term' && /\s/.test(e.text)) return 'term';
  const type = answerTypeOf(e);
  // ("hosts Kerala … emerge champions of the 75th Santosh Trophy": a state's side in a national
  // championship.)
  if (e.cls === 'place' && e.placeKind === 'region') return 'place';
  return type === 'country' ? 'country' : null;
}

export default definePattern({
  id: 'title-won',
  describe: 'Which country, team or player won a named cup, trophy or championship',
  find,
});
