/**
 * "In the 18th minute, Marc Miralles converted a penalty stroke", "goals from Mandeep Singh (24')
 * and …", "Sam Lane's eighth-minute goal", "India needed 10 off six balls": a moment of a match
 * told minute by minute or ball by ball is the
 * report's narration. A student remembers who won and by what score, not who scored the
 * opener of a pool game; such a sentence is asked only of a name its headline gives.
 */
import { foldKey } from '../util/ids.js';
import { ordinalValue } from '../analyze/number-words.js';

// (So is a booking or a substitution: "was shown a yellow card early in the game".)
// ("India trailed Iran in the first five minutes", "inflicted a second all-out on Iran", "a
// two-point raid followed by a super raid", "inflicted the first ALL OUT", "led the charge with a
// Super 10": a spell of the game, a kabaddi raid or all-out.)
// ("Chopra began the contest with 88.44m, followed by a foul attempt": a field event's series.)
// ("A good early cross from Jay Baz down the right fell to Mahitosh Roy", "Bengal's second penalty
// was squandered by substitute Sajal Bag": a football match's build-up, a penalty of a shootout.)
// ("came back strongly to take the lead in the second period", "in the added-time of the second
// half": a bout's period, a goal's minute past time.)
// ("Yang narrowed the gap to 13-11 and drew level at 16-16, but Shetty regained control …": a
// game's swings in a racket sport.)
const MOMENT = /\b(?:began|opened|started)\s+(?:the\s+(?:contest|competition|event)|(?:his|her|their)\s+(?:series|campaign))\s+with\b|\bfoul(?:ed)?\s+(?:attempts?|throws?|jumps?)\b|\(\d{1,3}(?:\+\d{1,2})?\s?['’′]\)|\b(?:injury|stoppage)\s+time\b|\b(?:was|were)\s+booked\b|\b(?:yellow|red)\s+cards?\b|\bsubstituted\b|\b(?:in|during|within)\s+the\s+(?:first|last|opening|closing|final|dying)\s+(?:\w+\s+)?minutes\b|\ball-outs?\b|\b(?:inflicted|effected|suffered|conceded)\s+(?:an?|the|their)\s+(?:\w+\s+)?all\s+out\b|\b(?:two|three|four|five|\d)-point\s+raids?\b|\bsuper\s+(?:raid|tackle|10)s?\b|\b(?:tackle|bonus|raid)\s+points?\b|\bpenalty\s+corners?\b|\bresponded\s+with\s+(?:increased\s+)?pressure\b|\b(?:first|second|third|fourth)\s+quarter\b|\bjust\s+before\s+(?:half-?time|the\s+break)\b|\b(?:cross|corner|free[\s-]kick|header|through\s+ball)\s+from\b|\b(?:swung|curled|floated|lofted|whipped)\s+in\b|\bfell\s+to\s+(?:an?\s+)?(?:unmarked|waiting|onrushing)\b|\bpenalty\s+(?:was\s+)?(?:squandered|missed|saved|blocked)\b|\b(?:squandered|missed|saved|converted)\s+(?:(?:his|her|their|the|a)\s+)?(?:\w+\s+)?(?:penalty|spot[\s-]kick)\b|\blate\s+equali[sz]er\b|\bdown\s+the\s+(?:left|right)(?:\s+(?:flank|wing))?\b|\b(?:dying|closing)\s+moments\b|\b(?:in|during)\s+the\s+(?:first|second|third)\s+period\b|\badded[-\s]time\b|\bnarrowed\s+the\s+(?:gap|deficit|lead)\b|\bdrew\s+level\b|\bat\s+the\s+interval\b|\bregained\s+(?:control|the\s+lead)\b|\braced?\s+(?:to|into)\s+an?\s+\d{1,2}-\d{1,2}\s+lead\b/i;
/** "In Turn 2, Nepal was not able to …", "sky dives", "a Dream Run", "touched Bharat Sahu": a
 *  turn of a kho-kho match (not a figure touched: "touched Rs 1,70,276 crore", "touched USD 700 billion"). */
const KHO_KHO_MOMENT = /\b[Ii]n\s+Turn\s+\d\b|\b(?:final|first|second|third|fourth|last)\s+turn\b|\b[Ss]ky[\s-]?dives?\b|\bDream\s+Runs?\b|\b(?:touched|touches\s+from)\s+(?:the\s+likes\s+of\s+)?(?!R[es]\b)\p{Lu}\p{Ll}/u;
/** A ball-by-ball moment of a cricket match: "10 off six balls", "fell to the slower ball",
 *  "were all sent packing", "caught at the edge of the 30-yard circle", "in the PowerPlay". */
// ("was dropped at cover on 38", "Batting at No.6, Mieke van Voorst (23) top-scored": a chance
// missed and a losing side's top score are the match's narration too.)
// (And a scorecard's figures: "finishing their innings at 169/8", "at 34 for 3 in 4.3 overs",
// "taking two wickets each", "the pick of the bowlers", "hit the winning boundary".)
const INNINGS_MOMENT = /\b(?:(?:at|to|on|for|reached|posted|scored|made)\s+\d{2,3}\/\d{1,2}\b(?!\/)|\d{1,3}\s+for\s+\d{1,2}\s+in\s+\d{1,2}(?:\.\d)?\s+overs|in\s+\d{1,2}\.\d\s+overs|(?:two|three|four|five|\d)\s+wickets\s+each|pick\s+of\s+the\s+bowlers|hit\s+the\s+winning\s+(?:runs?|boundary|six|four|shot)|\w+\s+off\s+(?:\d+|[a-z]+)\s+balls|needed\s+(?:just\s+|only\s+)?\w+\s+balls|fell\s+to\s+the\s+\w+\s+ball|sent\s+packing|lost\s+(?:\w+\s+)?wickets?\s+for|(?:late|middle-order|batting)\s+collapse|dismissed\s+(?:for\s+(?:just\s+|only\s+|a\s+)?(?:\d{1,3}|duck)|cheaply)|caught\s+(?:at|behind|in)\b|run\s+out|off-cutter|yorker|miscu(?:e|ed|ing)|[Pp]ower[Pp]lay|last-over|(?:first|last|final|death)\s+\w+\s+overs|dropped\s+(?:at\s+[\w-]+\s+)?on\s+\d{1,3}|holed\s+out|\d{1,3}\)\s+top-scored|(?:couple|a\s+few|handful)\s+of\s+(?:fours|sixes|boundaries)|hit\s+a\s+few\s+(?:fours|sixes|boundaries)|cleaned\s+up|(?:dismissed|trapped)\s+(?:LBW|lbw|leg\s+before)|eke\s+out|fought\s+(?:hard|valiantly|bravely|gamely)|second\s+fiddle|in\s+the\s+\d{1,2}(?:st|nd|rd|th)\s+over|won\s+the\s+toss|(?:asked|invited|elected|opted|chose)\s+to\s+(?:bat|bowl|field))\b/;
/** "in the 18th minute", "eighth-minute goal": the word before "minute", an ordinal to read. */
const MINUTE = /\b(\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[- ]minute\b/gi;
/** A field event's attempt: "second attempt", "two successive attempts". */
const ATTEMPT = /\b([a-z]+(?:-[a-z]+)?)\s+(?:attempts?|throws?|jumps?)\b/gi;
const ATTEMPT_WORDS = new Set(['final', 'last', 'opening', 'successive']);
/** The words MINUTE and ATTEMPT end on, looked for first: those two try a word at every word of
 *  a sentence, and most sentences have neither. */
const MINUTE_WORD = /minute/i;
const ATTEMPT_WORD = /attempt|throw|jump/i;
/** What an attempt won makes it the result: "Chopra's second throw … got him the gold medal". */
const RESULT = /\b(?:gold|silver|bronze|medal|title|record|won|wins|win|clinched|clinch)\b/i;

/** "18th", "eighth", "twenty-first": an ordinal in words or figures with their suffix ("30" alone
 *  is a length: "a 30-minute meeting"). */
const ordinal = (word: string) => !/^\d+$/.test(word) && ordinalValue(word) !== null;

/** Whether a sentence past the lead tells a moment of a match (the lead's is the result: "won the
 *  final in his second attempt with a throw of 88.17m"). */
export function tellsMatchMoment(text: string, sentenceIndex = Infinity): boolean {
  if (sentenceIndex <= LEAD) return false;
  // ("… with Deepika scoring the only goal of the match in the 31st minute": the moment that
  // decided a match is its result, a fact to learn.)
  if (DECIDING.test(text)) return false;
  if (MOMENT.test(text) || INNINGS_MOMENT.test(text) || KHO_KHO_MOMENT.test(text) || SCORERS.test(text) || (MINUTE_WORD.test(text) && [...text.matchAll(MINUTE)].some((m) => ordinal(m[1])))) return true;
  return ATTEMPT_WORD.test(text) && [...text.matchAll(ATTEMPT)].some((m) => ATTEMPT_WORDS.has(m[1].toLowerCase()) || ordinal(m[1])) && !RESULT.test(text);
}
const LEAD = 0;
/** Who scored a match's goals or a shoot-out's: "Netherlands’ goals were scored by Thies Bakker
 *  (30th), …", "Hugo Labouchere (18th, 30th, 58th minutes) slammed a hat-trick", "Pablo Roman and
 *  Juan Prado found the net for Spain" in the shoot-out. (Not ranks in brackets: "price-competitive
 *  (18th)".) */
// ("Akashdeep Singh’s slap stick goal from a pass by Mandeep Singh secured …", "Harmanpreet Singh
// and Gurjant’s quick strikes leveled the field", "… scored for India": a goal's scorer and who
// made it too.)
const SCORERS = /\bgoals?\s+(?:were|was)\s+scored\s+by\b|\b(?:slammed|scored|struck|netted|completed)\s+(?:a|his|her)\s+hat-?trick\b|\bfound\s+the\s+net\s+for\b|['’]s\s+(?:quick|late|early|twin|stunning|brilliant|fine|first|second|third|opening|injury-time)\s+(?:strikes?|goals?|equali[sz]er|header)\b|\bgoal\s+from\s+a\s+(?:pass|cross|assist)\s+by\b|\bscored\s+for\s+(?:the\s+)?\p{Lu}/u;
/** A goal or a point that decided the match. */
const DECIDING = /\b(?:only|lone|solitary|winning|decisive|match-winning|golden)\s+(?:goal|point|try|run)\b|\bwinner\s+in\s+the\s+\d{1,3}(?:st|nd|rd|th)\s+minute\b/i;

/** Whether a fact of such a sentence may be asked: its answer is a name the headline gives (not
 *  a figure: "day five" in the headline says nothing of five bookings), or the measure that won
 *  ("registering a throw of 88.16m" under "… wins Paris Diamond League with a 88.16m throw"). */
// (Not a side the headline names: "Which country did India trail in the first five minutes?"
// asks a spell of the match between the two teams the headline already gives.)
// (Nor a place: where the match was is the lead's, and a state or a city the headline names in
// a match report is a side.)
export function momentAnswerInHeadline(answer: string, answerType: string, headlineKey: string): boolean {
  const figure = answerType === 'number' || answerType === 'date' || answerType === 'year';
  // ("Which state won the toss and chose to bowl?" → Kerala: a state's side as well.)
  const side = answerType === 'country' || answerType === 'organisation' || answerType === 'place';
  return !side && (!figure || WINNING_MEASURE.test(answer)) && headlineKey.includes(` ${foldKey(answer)} `);
}
/** A distance, weight or time written with its unit ("88.16m", "9.58 s", "2.05 metres"). */
const WINNING_MEASURE = /^\d+\.\d+\s?(?:m|metres?|meters?|kg|s|sec|seconds?)$/;
