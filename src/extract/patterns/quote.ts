import { containsWholeWord } from '../../util/whole-word.js';
import { reEscape } from '../../util/re-escape.js';
import type { Entity, Sentence } from '../../types.js';
import type { FactDraft } from '../draft.js';
import { findSpeaker, holdsOffice } from '../find-speaker.js';
import { sourceKind } from './reported-by.js';
import { briefsCabinetDecision, CEREMONY, HEADED_BY_BEFORE, MOURNING } from '../telling.js';
import { aboutTheDeceased } from '../tribute.js';
import { definePattern, type FindDrafts } from '../pattern.js';
import { isBareBodyName } from '../../lexicon/index.js';
import { hasVerbBetween, lowerFirst, tidyClause, wordCount } from '../text-utils.js';

const SAY = '(?:said|says|added|adds|told|tells|stated|states|warned|warns|noted|notes|explained|explains|argued|argues|claimed|claims|insisted|insists|announced|announces|declared|declares|wrote|writes)';

/** "… “marks a new stage …”, said Russia’s Foreign Minister Sergei Lavrov." */
const CONTENT_THEN_SAID = new RegExp(`^(?<content>.+?[”"’'])\\s*,?\\s+${SAY}\\s+(?<speaker>(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St)\\.\\s+)?[^,.;]+?)(?:\\s+(?:at|in|on|to|during|after)\\s[^.]*)?\\.?$`, 'd');
/** "“Boosting cooperation …,” the Japanese Foreign Minister told a joint news conference." */
const QUOTE_THEN_SPEAKER = new RegExp(`^(?<content>[“"].+?[,.]?[”"])\\s*,?\\s+(?<speaker>(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St)\\.\\s+)?[^,.;]+?)\\s+(?:also\\s+)?${SAY}\\b[^“”"]*\\.?$`, 'd');
/** "Japanese Foreign Minister Fumio Kishida said the meeting had opened a “new page …”." */
// ("… said in a tweet that …": where it was said, its article too.)
const RECIPIENT = '(?<to>\\s+(?:to\\s+)?(?:(?:the\\s+)?(?:[A-Z][\\w.’’-]*\\s+)*[A-Z][\\w.’’-]*|the press|reporters|journalists|the media)(?=\\s+that\\b|,))?';
const SPEAKER_SAID = new RegExp(`^(?<speaker>[^,;“”"]+?)\\s+(?:also\\s+|later\\s+|then\\s+)?(?<verb>${SAY})${RECIPIENT}(?:\\s+(?:on|in|at)\\s+(?:(?:an?|the|his|her|its|their)\\s+)?\\w+|\\s+(?:earlier|today|yesterday|recently|later))?(?:\\s+that)?,?\\s+(?<content>[^“"].+|(?<=,\\s+)[“"].+)\\.?$`, 'd');

/** "I salute the people of Haryana …", "Heartfelt gratitude to Haryana!", "My thoughts are with
 *  his family": words of thanks, greeting or grief, whoever says them, are no fact to learn. */
const CEREMONIAL = /^[“"‘']?\s*(?:(?:I|We)\s+(?:salute|thank|congratulate|welcome|greet|bow|extend|convey|mourn)\b|(?:Heartfelt\s+|Hearty\s+|Warm\s+)?(?:congratulations|thanks|thank you|gratitude|greetings)\b|(?:My|Our)\s+(?:thoughts|prayers|condolences|heartfelt)\b)/i;
/**
 * A quotation or reported statement and its speaker → "Who said that …?" → the speaker. The
 * speaker may be named, given by office, or a pronoun with a person before it.
 */
const find: FindDrafts<'quote'> = (s, ctx) => {
  const text = s.text.trim();
  for (const re of [CONTENT_THEN_SAID, QUOTE_THEN_SPEAKER, SPEAKER_SAID]) {
    const m = re.exec(text);
    if (!m) continue;
    const [ss, se] = m.indices!.groups!.speaker!;
    const speaker = findSpeaker(s, ss, se, ctx);
    // ("Hussain's manager, Nirmala Bachani, …": who said it is worth learning only of someone
    // the article gives an office, or of a body.)
    // (Nor "the Bench said …", a body named by its common noun alone: which one is no fact.)
    if (!speaker || (speaker.cls === 'person' && !holdsOffice(speaker, ctx)) || (speaker.cls === 'organisation' && isBareBodyName(speaker.canonical))) continue;
    // ("Indian Navy PRO Commander Vivek Madhwal": a body's spokesman read as the body, title and all.)
    if (speaker.cls === 'organisation' && PERSON_IN_BODY.test(speaker.canonical)) continue;
    // ("ASI site head Pawan Saraswat told NDTV …", "Kaziranga National Park director Dr. Sonali
    // Ghosh stated …": who runs a dig or a park tells its findings; the findings are the news.)
    if (speaker.cls === 'person' && SITE_HEAD_BEFORE.test(s.text.slice(Math.max(0, speaker.start - 40), speaker.start))) continue;
    // ("A bench headed by Justice Vikram Nath said …": the body spoke, not the one who heads it.)
    if (speaker.cls === 'person' && HEADED_BY_BEFORE.test(s.text.slice(Math.max(0, speaker.start - 40), speaker.start))) continue;
    // "told CBC News the department will …": "told" has its listener before what was said.
    // ("Harivansh announced the approval of the legislation": announced a thing, not a clause.)
    // ("Justice Anil Verma wrote the majority opinion": wrote a thing, said nothing.)
    if (re === SPEAKER_SAID && /^(?:announce|declare|wrote|write)/.test(m.groups!.verb!) && !/^[^,]{0,40}?\bthat\s/.test(text.slice(m.indices!.groups!.verb![1], m.indices!.groups!.content![0] + 1)) && !/^[“"]/.test(m.groups!.content)) continue;
    const content = re === SPEAKER_SAID && /^tel|^tol/.test(m.groups!.verb!) && !m.groups!.to ? afterListener(m.groups!.content) : m.groups!.content;
    if (content === null) continue;
    const said = reportedContent(content, speaker, s);
    // (Nor is who reported a ceremony: "… said that both the Prime Minister and the Home Minister had inquired about …".)
    if (!said || CEREMONIAL.test(said) || CEREMONY.test(said) || VOICED.test(said) || MOURNING.test(said)) continue;
    // ("“Under the guidance of Nitish ji, work is being done …,” he said", the "he" read as Nitish
    // Kumar: one named in the third person inside the words is not who said them.)
    if (namedInside(said, speaker.canonical)) continue;
    // ("Who said that the Cabinet, chaired by …, approved 12 industrial smart cities …?": the
    // minister who briefed on a decision is its telling; the decision is the news.)
    // ("… said the Kovind-led panel's report found wide support and that the Union Cabinet approved
    // its proposal": the Cabinet's decision anywhere in what was said.)
    if (DECIDED_BY_GOVERNMENT.test(said) || CABINET_DECIDED.test(said)) continue;
    // ("Who said that the BioE3 policy seeks to include innovation-driven support …?" under "BioE3
    // policy … given Cabinet nod": the minister who briefed on the Cabinet's decision describes it;
    // the decision is the news.)
    if (briefsCabinetDecision(speaker, said, s, ctx)) continue;
    // ("Who said that Ramoji Rao, who was born into an ordinary family, achieved …?" under "Media
    // baron Ramoji Rao passes away": what a mourner says of the dead is a tribute, no statement.)
    if (aboutTheDeceased(said, ctx)) continue;
    // ("Which ministry said “Several MoUs … were also exchanged”?": agreements told signed are the
    // visit's news; who told it is not.)
    if (PACTS_SIGNED.test(said)) continue;
    // ("Who said that APSDMA is validating reports of damage?": work under way is no statement to learn.)
    if (UNDER_WAY.test(said)) continue;
    // ("Who said that GSLV has placed the satellite in the precise orbit?": the chief who
    // announced a launch's success tells the news, no statement of his own.)
    if (LAUNCH_CONFIRMED.test(said)) continue;
    // ("Which ministry said that Prime Minister Narendra Modi covered …?": with their title too.)
    // ("Who said that Justice BV Nagarathna delivered a dissenting verdict …?": a report of what
    // another named person did is theirs to be asked of, not the teller's words.)
    if (!/^[“"]/.test(said) && s.entities.some((e) => e.cls === 'person' && e.canonical !== speaker.canonical && new RegExp(`^(?:that\\s+)?(?:(?:Justice|Dr|Mr|Ms|Mrs|Shri|Smt)\\.?\\s+|${OFFICE_WORDS}\\s+)?${reEscape(e.text)}\\b`, 'iu').test(said))) continue;
    // ("This edition marks a significant increase in the scope and complexity of the exercise":
    // a body's praise of its own news, with no name or figure in it, teaches nothing.)
    if (speaker.cls === 'organisation' && SELF_PRAISE.test(said) && !/\d/.test(said) && !/\s\p{Lu}/u.test(said.replace(/^\W*\p{Lu}/u, ''))) continue;
    // ("“A name synonymous with mastery, wizardry, brilliance, and innovation,” said the BCCI in its
    // tribute post on X": words of a tribute praise, and teach nothing of who said them.)
    if (/\btribute\b/i.test(s.text) && !/\d/.test(said)) continue;
    // ("Which organisation said “There were around 6,049 elephants in Karnataka in 2017, and this
    // time the estimate is 6,395 …”?": a body telling the figures it counted tells the news; the
    // figures are the facts, not who read them out.)
    if (speaker.cls === 'organisation' && (said.match(/\d[\d,.]*/g) ?? []).filter((n) => !/^(?:19|20)\d\d$/.test(n)).length >= 2) continue;
    // ("Who said “When a company moves beyond the prototype stage, it often faces the ‘valley of
    // death’ …”?": a view in quotes that names no one, no body and no figure is the speaker's
    // general remark, asked only where nothing better is.)
    const general = /^[“"]/.test(said) && !/\d/.test(said) && !/(?<![.!?]\s)\b\p{Lu}\p{Ll}/u.test(said.replace(/^[“"]\S+/, '').replace(/[‘'][^’']*[’']/g, ''));
    return [draft(said, speaker, s.index, general ? 0.45 : re === SPEAKER_SAID && !/[“"]/.test(said) ? 0.7 : 0.85)];
  }
  return [];
};


const PERSON_IN_BODY = /\b(?:PRO|spokes(?:person|man|woman)|Commander|Captain|Colonel|Officer|Secretary|Director)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;
const PACTS_SIGNED = /\b(?:MoUs?|MOUs?|agreements?|pacts?|memorand(?:a|um)|documents)\b[^.;]{0,90}\b(?:were|was|have been|has been|had been)\s+(?:also\s+)?(?:signed|exchanged|inked)\b/;

/** "Prime Minister", "External Affairs Minister": capitalised words of a title before a name. */
const OFFICE_WORDS = String.raw`(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:Minister|President|Governor|Secretary|Chairman|Chairperson|Chief|Director|Commissioner|Justice|Speaker|Ambassador|General)`;

/** "site head ", "park director Dr. ": the lower-case post of who runs a site, before the name. */
const SITE_HEAD_BEFORE = /\b(?:site|team|project|park|sanctuary|reserve|field|excavation|mission)\s+(?:head|director|in-charge|leader)\s+(?:(?:Dr|Prof)\.?\s+)?$/;

/** "… is validating reports", "… are assessing the damage": work someone says is under way. */
// ("… that the injured are being shifted to the hospital", "rescue operations are going on": the
// work of the hour, passive or by the operation's name, too.)
const UNDER_WAY = /^(?:that\s+)?[^,;]{0,40}?\b(?:is|are)\s+(?:still\s+|currently\s+)?(?:validating|assessing|monitoring|reviewing|examining|collecting|compiling|verifying|investigating|looking into|ascertaining|tallying|working out|being\s+(?:shifted|taken|moved|rushed|treated|evacuated|attended|carried out|conducted|monitored|assessed|cleared|restored|provided))\b|^(?:that\s+)?(?:the\s+)?(?:rescue|relief|search|restoration|evacuation)\s+(?:and\s+\w+\s+)?(?:operations?|work|efforts?)\s+(?:is|are|were|was)\s+(?:going on|under\s?way|on|in progress)\b/i;
/** Words of a body's praise for what it did. */
const SELF_PRAISE = /\b(?:significant|historic|landmark|testament|milestone|remarkable|momentous|unprecedented|proud|commitment|reflects)\b/i;
// (Or "Prime Minister in the cabinet meeting has approved …": the meeting's decision told by its chair.)
// (Or "Prime Minister in the cabinet meeting has approved …": the meeting's decision told by its chair.)
const CABINET_DECIDED = /\b(?:the\s+)?(?:Union\s+)?Cabinet\s+(?:has\s+|had\s+)?(?:approved|cleared|decided|given)\b|\bin\s+the\s+(?:Union\s+)?[Cc]abinet\s+meeting\s+(?:has\s+|had\s+)?(?:approved|cleared|decided|given)\b/;
// ("… the Earth Observation Satellite and the passenger satellite … have been injected after the
// manoeuvres": the satellites told injected, in either voice; "the launch parameters … indicate that
// everything is perfect".)
const LAUNCH_CONFIRMED = /\b(?:placed|injected|put)\s+(?:the\s+)?(?:satellites?|spacecraft|payloads?)\s+(?:in|into)\b|\b(?:launch|mission|flight)\s+(?:was|is|has been)\s+(?:a\s+)?(?:success|successful)\b|\b(?:have|has)\s+been\s+(?:successfully\s+)?(?:injected|placed)\b|\blaunch\s+parameters\b/;
const DECIDED_BY_GOVERNMENT = /^(?:that\s+)?(?:the\s+)?(?:Union\s+)?(?:Cabinet|Centre|[Gg]overnment)\b(?:,\s+(?:chaired|headed|led)\s+by\s[^,;]{1,60},)?\s+(?:has\s+|had\s+)?(?:approved|cleared|decided|given)\b/;

/** "Friends, we have just got good news …", "The trade agreement symbolises our shared
 *  commitment …", "It is 100 per cent successful …", "New inscription on the @UNESCO #…": words
 *  in the first person, praise, or a post's tags are the speaker's voice, no fact whose speaker
 *  is worth learning. */
const VOICED = /\b(?:I|we|We|our|Our|us|my|My)\b|[@#]\p{L}|\b(?:symboli[sz]es?|epitomi[sz]es?|historic|proud|delighted|happy|good news|successful|remarkable|landmark|milestone)\b/u;

/** Who is told: a name, or the press by a common word ("reporters", "a news conference"). */
const LISTENER = /^(?:(?:the\s+)?(?:\p{Lu}[\p{L}\d.&’'-]*\s+)*\p{Lu}[\p{L}\d.&’'-]*|(?:the\s+)?(?:reporters|journalists|newsmen|media ?persons|media|press|house|audience|gathering|lawmakers|legislators|parliament)|(?:a|the)\s+(?:joint\s+)?(?:news|press|media)\s+(?:conference|briefing|meet))(?:\s+(?:on|in|at)\s+\p{Lu}[\p{L}-]*)?\s+(?:that\s+)?(?=\p{L}|[“"])/u;

/** Whether a word of the speaker's name (three letters or more, no title) stands in what was said. */
function namedInside(said: string, name: string): boolean {
  return name.split(/\s+/).some((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && containsWholeWord(said, w, false));
}

/** What was said after "told …" with its listener taken off, or null when the listener is not
 *  one the rule knows, so the clause's start cannot be found. */
function afterListener(content: string): string | null {
  const m = LISTENER.exec(content);
  const rest = m ? content.slice(m[0].length) : '';
  // ("told PTI Modi will visit …": the clause's subject was taken for part of the listener.)
  return rest && !/^(?:will|would|is|was|are|were|has|have|had|can|could|may|might|should|must|did|does)\b/.test(rest) ? rest : null;
}

/** "… said the Union Cabinet today approved …", "… said the Prime Minister also announced …":
 *  who announced a body's decision, or told what another announced, is no news. */
const BODY_DECIDED = /^(?:that\s+)?(?:the\s+)?(?:Union\s+)?(?:Cabinet|Centre|government|Government)\s+(?:\S+\s+){0,3}?(?:has\s+|had\s+)?(?:approved|cleared|decided|given|okayed|sanctioned)\b|^(?:that\s+)?(?:the\s+)?(?:Prime Minister|President|Minister|PM)\b[^,]{0,40}?\b(?:also\s+)?(?:announced|said|told|stated|described|called|termed)\b/;

function reportedContent(raw: string, speaker: Entity, s: Sentence): string | null {
  // ("… and said that “every Indian is filled with happiness.”": the "that" before a quotation is
  // the question's own.)
  let content = tidyClause(raw).replace(/,([”"])$/, '$1').replace(/,$/, '').replace(/^that\s+(?=[“"])/, '');
  if (BODY_DECIDED.test(content)) return null;
  if (wordCount(content) < 4 || wordCount(content) > 32) return null;
  if (content.includes(speaker.text)) return null;
  // A quote that is the whole content reads "Who said “…”?"; reported speech reads "Who said that …?".
  const wholeQuote = /^[“"][^“”"]+[”"]$/.test(content);
  if (wholeQuote) return content.replace(/[,.]([”"])$/, '$1');
  // "… claimed second and third places": said of no clause, the verb meant something else.
  const at = s.text.indexOf(content);
  // (Nor a participle inside a compound: "claimed credit for the job-oriented schemes".)
  if (at >= 0 && !hasVerbBetween(s, at, at + content.length, (i) => s.tokens[i - 1]?.text === '-' && s.tokens[i - 1].end === s.tokens[i].start)) return null;
  // Keep the capital of a name ("Russia and Japan remained …"), drop it from "The meeting …".
  const names = new Set(s.entities.map((e) => e.text.split(/\s+/)[0]));
  content = lowerFirst(content, (w) => names.has(w));
  return `that ${content}`;
}

function draft(said: string, speaker: Entity, sentenceIndex: number, confidence: number): FactDraft<'quote'> {
  return {
    pattern: 'quote',
    question: `${speaker.cls === 'person' ? 'Who' : `Which ${sourceKind(speaker.canonical)}`} said ${said}?`,
    answer: speaker.canonical,
    answerText: speaker.text,
      answerStart: speaker.start,
    answerType: speaker.cls === 'person' ? 'person' : 'organisation',
    sentenceIndex,
    confidence,
    about: [speaker.canonical],
  };
}

export default definePattern({
  id: 'quote',
  describe: 'Who said a quotation or a reported statement',
  find,
});
