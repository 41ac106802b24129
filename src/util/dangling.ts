/**
 * Whether a text (a question, a cloze prompt, a statement) leans on something outside it: a
 * pronoun or demonstrative with nothing in the text before it to point to. Quoted words are the
 * speaker's and do not count. "Thomas Sam and his wife" is fine (Thomas Sam comes first);
 * "He became …", "their child", "this arrangement", "at that time" with nothing before them are not.
 */
import { CALENDAR_ALTERNATION } from './calendar.js';
import { countryNamed, isCommonWord } from '../lexicon/index.js';

/** A third-person pronoun anywhere, even one that points back inside the text: wording
 *  without one reads more cleanly on its own (extract and generate both prefer it). */
export const THIRD_PERSON_PRONOUN = /\b(he|she|him|her|his|they|them|their|it|its)\b/i;

const PERSONAL = /\b(he|him|his|she|her|hers)\b/gi;
const PLURAL = /\b(they|them|their|theirs)\b/gi;
/** "This past week marked …", "this year": a time the article's date fixes, not a thing pointed at. */
// ("this financial year's April-June quarter", "this Q1": a period of the report's own time, as "this year" is.)
// ("at a total outlay of Rs 6,003 crore over this decade": a decade is as plain.)
// ("in this ongoing nesting season": a season by what it is of, still the report's own time.)
const THIS_TIME = /\b[Tt]his (?:past |coming |ongoing |current )?(?:(?:nesting|breeding|monsoon|rabi|kharif|sowing|harvest|festive|academic|tourist|migratory|pilgrimage|winter|summer) )?(?:week|weekend|month|year|morning|afternoon|evening|season|session|summer|winter|spring|autumn|fiscal(?: year)?|financial year|quarter|Q[1-4]|decade)\b/g;
// ("The 64-year-old is from Odisha": a person by age alone, no name after it.)
// ("The party, which ruled Delhi for 15 years, …": a party or a company the sentence before named.)
// ("The non-government organisation, also known as RSF, …": so is a body by its kind.)
// ("The Congress leader had defeated Grover by 2,735 votes": a leader the sentence before named.)
// ("Both were carried to orbit by …": both of what the sentence before named.)
// ("Each beneficiary will be allotted …": each of those the sentence before named.)
// ("The postponements came amid …", "The remarks were made …": what the sentences before told.)
// ("Subsequently, the RBI raised rates seven times": after what the sentence before told.)
// ("But Chandrashekhar was appointed Kerala police chief before he could take over the
// assignment": against what the sentence before told.)
// ("The respective figures for the mining sector are …": respective to what the sentence before said.)
// ("The two were replaced by Dr Mrinal Joshi and …": the two the sentence before named.)
// ("Services resumed at 4:00 am on December 1": which services, the sentence before said.)
// ("Prime Minister is on a two-day state visit …": an office with neither "the" nor a name opens no
// sentence that says whose.)
// ("The winner of which will compete for the title …": a relative "which" opening a sentence
// is the sentence before's.)
const OPENS_ON_REFERENCE = /^(?:(?:The\s+[\p{L}-]+\s+)?(?:of|in|for|after)\s+which\b|Of\s+(?:these|them|which)\b|(?:Prime Minister|President|Chief Minister|Governor|Defence Minister|Foreign Minister|Home Minister|Finance Minister)\s+(?:is|was|will|has|had|would|also)\b|(?:Services|Operations|Flights|Trains|Classes|Traffic|Work|Normalcy)\s+(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?(?:resumed|restarted|restored|suspended|halted|disrupted|affected|cancelled|hit)\b|But\s|The\s+respective\s|The\s+(?:two|three|four)\s+(?:were|are|was|have|had|will|would|also|then)\b|The\s+(?:one|ones|other|others|latter)(?:,|\s+(?:was|were|is|are|has|had|have|will|would|in|at|on|from|who|which|that|of\s+them)\b)|(?:From\s+)?[Tt]here,\s|(?:Subsequently|Thereafter|Afterwards|After that|Following this|Since then|On the contrary|In contrast|By contrast|Accordingly|Consequently|As a result),\s|That\s+(?!is\b|was\b|has\b|had\b|will\b|would\b|may\b|might\b|could\b|means\b)[\p{Ll}-]+\b|The\s+(?:man|woman|boy|girl|child|victim|suspect|accused)(?:['’]s)?\s|The\s+(?:duo|trio|pair|couple|community|sect|tribe)\s+(?:has|had|have|is|was|were|are|will|would|also|then|won|lost|made|took|got|beat|held|became|\p{Ll}+ed)\b|The\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:leader|candidate|legislator|lawmaker|politician|Congressman)(?:['’]s)?\s+(?![\p{Lu}(])|The\s+(?:party|company|firm|outfit|franchise|(?:non-?government(?:al)?\s+)?organi[sz]ation|NGO|watchdog)(?:['’]s\s|,|\s+(?:which|who|has|had|have|is|was|were|will|would|also|said|says|told|\p{Ll}+ed)\b)|The\s+[\w-]+-year-old(?:['’]s)?(?:,|\s+(?!\p{Lu}))|(?:Both|Neither|Either)\s+(?:of\s+them\s+)?(?:were|are|was|is|have|has|had|will|would|can|could|did)\b|Each\s+(?!(?:year|day|month|week|season|edition|time)\b)\p{Ll}+\s+(?:will|would|is|was|has|gets|receives|shall|must|can)\b|The\s+(?:two\s+)?(?:postponements?|delays?|developments?|remarks?|comments?|allegations?|incidents?|announcements?|changes?)\s+(?:came|come|comes|followed|follow|follows|was|were|is|are|has|have|had)\b|The\s+(?:last|previous|preceding|next|earlier|latest|current|upcoming|present)\s+(?:edition|season|round|meeting|session)\s+(?!of\b)\p{Ll}|(?:A|The)\s+similar\s+(?![^,;]{0,60}\b(?:to|as)\b)|The\s+(?:number|figure|count|total|tally)\s+(?:has\s+|had\s+)?(?:increased|decreased|rose|fell|grew|declined|stood|went|jumped|dropped|climbed|reached|was|is)\b|(?:A\s+(?:couple|few|handful)\s+(?:of\s+)?more|(?:Two|Three|Four|Five|Several|Some|Many|Few)\s+more)\s+(?:[\p{Ll}-]+\s+){0,2}(?:institutions|universities|colleges|states|countries|cities|teams|players|people|names|companies|firms|schools|districts|villages|projects|schemes|awards)\b|The\s+(?:entire|whole)\s+(?:process|exercise)\b(?!\s+of\b)|The\s+(?:opposition|opponents?|rivals?|hosts|visitors)\s+(?:managed|could|scored|won|lost|had|were|was|took|made|replied|hit|struck|fought)\b|(?:In|Over|Within|During)\s+the\s+(?:next|following|subsequent)\s+(?:\d+|[a-z]+)\s+(?:days|weeks|months|years),\s+[^,;]{0,60}?\b\p{Ll}{2,}ed\b)/u;
/** "Sierra Leone and Lebanon followed closely behind.", "Other states followed suit.": behind or
 *  after whom, the sentence before said. */
// (Or opening the text: "Following closely behind is Japan, …", "Close behind was Germany".)
// ("Which state follows suit with 5?": suit is what the sentence before told, wherever it stands.)
const FOLLOWED_BEHIND = /\bfollowed\s+(?:closely\s+|close\s+)?behind\s*[.!?]?\s*$|\bfollow(?:s|ed|ing)?\s+suit\b|^(?:Following\s+(?:closely\s+|close\s+)?behind|(?:Close|Closely|Just|Right)\s+behind|Next\s+in\s+line)\s+(?:is|was|are|were|came|comes)\b/;
/** "Marin managed to save one as Sindhu hit …": "one" of the points, goals or chances the
 *  sentence before counted. */
const ONE_OF_BEFORE = /\b(?:save|saved|saves|convert|converted|converts|took|miss|missed|misses|pull|pulled)\s+one\s*(?:[,.!?]|\s(?:as|but|and|before|after|while|when|back)\b)/;
/** "The estimated project cost was _____.": the cost of a project, a scheme or a plant the
 *  sentence before named. */
const COST_OF_UNNAMED = /^The\s+(?:(?:estimated|total|revised|original|overall|approved)\s+)?(?:project|scheme|plant|mission|programme|unit)\s+(?:cost|outlay)\b/;
/** "it is time for …", "it was not clear whether …", "It is the eighth consecutive time that …":
 *  an "it" that stands for nothing. */
// ("It is to be noted that …", "It is learnt that …": the telling's "it" too.)
// ("It is expected to land on the Moon's south pole …" is the spacecraft: a verb of belief
// before "to" has a thing for its "it".)
// ("It was also discussed that …": an adverb may stand before the participle.)
// ("It was a valiant performance from the Indian colts …": the match, told of by who played it.)
const EXPLETIVE_IT = /\b[Ii]t(?:\s+is|\s+was|['’]s)\s+(?:not\s+|also\s+|further\s+)?(?:time|(?:likely|unlikely|expected|believed|reported|understood|known|said|discussed|decided|agreed|noted|learnt|learned|felt|hoped|estimated|alleged|observed)(?!\s+to\b)|unclear|clear|possible|important|necessary|pertinent|noteworthy|worth\s+(?:mentioning|noting)|hard|difficult|easy|true|learnt|learned|to\s+be\s+(?:noted|seen|mentioned|recalled)|the\s+[a-z-]+\s+(?:consecutive|straight|successive|time)\b|an?\s+(?:[a-z-]+\s+){0,2}(?:performance|effort|display|show|outing|win|victory|comeback|day|night|moment|match|game|contest|battle)\s+(?:from|by)\b)\b/g;
/** "… a reference to it.", "… ruled on them.": a pronoun closing the text, its noun elsewhere. */
const SHORT_TEXT_WORDS = 10;
// ("On February 9, the Rajya Sabha passed it.": the object of its verb too.)
// ("Which two people replaced the two?": or "the two" the sentence before named.)
const PRONOUN_AT_END = /\b(?:to|of|on|about|with|for|against|into|from|by|over|under|passed|approved|cleared|signed|adopted|rejected|launched|introduced|released|ratified|endorsed|accepted|challenged|upheld|struck|replaced|succeeded)\s+(?:it|them|the\s+(?:two|three|four))\s*[.!?]?\s*$/i;
/** "Who was the first winner?", "Who is the latest recipient?": an ordinal one of nothing named. */
const BARE_ORDINAL_ONE = /^(?:Who|Which|What)\s+(?:was|is|were|are|will\s+be)\s+the\s+(?:first|last|latest|previous|next|new|second|third)\s+[\p{Ll}-]+\?$/u;
/** "Which place has been designated as the main venue?": the main venue (host, partner) of an
 *  event the text never names. */
const BARE_EVENT_ROLE = /\bas\s+the\s+(?:main|official|chief|principal|nodal|key|sole|lead)\s+(?:venue|host|site|partner|agency|sponsor|organi[sz]er|coordinator)\s*[.?!]?\s*$/;
/** "Which program was launched?": a launch with no one who launched it, no time and no aim says
 *  which of all the programmes ever launched. */
const BARE_PASSIVE_LAUNCH = /^Which [\p{Ll}-]+ (?:was|were|has been|had been) (?:launched|introduced|unveiled|started|approved|inaugurated|set up|rolled out)\?$/u;
const ALWAYS = /\b(this|these|those|we|our|me|my|you|your)\b/i;
/** "families of those who died of COVID-19": "those" before the clause that says who they are. */
// ("Unemployment among those in the age group of 15-29": in a group the sentence names.)
const THOSE_WHO = /\bthose\s+(?=(?:who|whom|whose|that|with|aged|killed|injured|affected|living|born|displaced|evacuated|in\s+the\s+age\s+group)\b)/gi;
/** "the Minister", "the Chair's": an office word after "the", with neither its place ("of …",
 *  also after a second title: "the Chairman and Managing Director of …") nor a name after it. */
const BARE_OFFICE = /\b[Tt]he\s+(?:Union\s+)?(?:Minister|Chair|Chairman|Chairperson|Chief Minister|Deputy Chief Minister|Governor|Secretary|Director|Commissioner|Ambassador|Spokesperson)(?:['’]s)?\b(?!\s+(?:of|for|to|at|in)\b)(?![-\s]+\p{Lu})(?!\s+(?:and|&)\s+(?:\p{Lu}\p{L}*\s+){1,3}(?:of|for)\s)/u;
/** "The prime minister said …": a minister's office in lower case, as someone (not "the chief
 *  minister's post", an office in general). */
const BARE_MINISTER = /\b[Tt]he\s+(?:[Pp]rime|[Cc]hief|[Uu]nion|[Ff]oreign|[Hh]ome|[Dd]efence|[Ff]inance)\s+minister\b(?!['’])(?!\s+(?:of|for|to)\b)(?![-\s]+\p{Lu})/u;
// ("… the semi-finals loss in the latter had come against …": the latter of two named before.)
// ("… and artist _____ were the other two recipients": of what, the sentence before said.)
const REST_OF = /\b[Tt]he\s+(?:remaining\b|latter\b|other\s+(?:two|three|four|five|six|\d+)\b)/;
/** "Over 70 plant species are found here": "here" after a verb of being at a site is the site
 *  the sentence before named, not where the report was filed. */
export const SITE_HERE = /\b(?:found|seen|located|recorded|spotted|sighted|observed|present|native|endemic|housed|kept|preserved|buried|situated|nesting|breeding|living|thrive|thrives)\s+here\b/;
/** "In the same period last year, the sector had grown by 14.3%": which sector, the sentence
 *  before said. */
const BARE_SECTOR = /\b[Tt]he\s+(?:sector|segment|industry)\b(?!\s+(?:of|in|as)\b)/;
const ELLIPTICAL_DID = /\b(?:did|does)(?:,\s*(?:though|however|too)\b|\s+(?:so|too)\s*[,.])/;
/** "The NLSIU in the garden city …": a city by its epithet alone, which the sentence before named. */
const EPITHET_CITY = /\b[Tt]he\s+(?:garden|pink|silicon|steel|holy|temple|lake|blue|golden|white|orange|diamond|twin|port|coastal|hill|coal|textile|pearl)\s+(?:city|town|cities)\b(?!\s+of\b)/;
const BARE_STATE = /^The\s+state\b(?!\s+(?:of|government|assembly|capital|police|election|elections|budget|visit|funeral|media|banquet)\b)|\b[Tt]he\s+state['’]s\b/;
const TELLING_TAIL = /,\s+the\s+[\p{L}\s]{2,40}?\s+(?:said|says|added|stated|told [\p{L}]+)\.?\s*$/u;
/** "Payal Kapadia's All We Imagine As Light", "the film Where Do We Go Now": a capitalised
 *  "We", "You", "My" after another capitalised word is a word of a title, pointing at no one. */
const TITLE_WORD = /(?<=\p{Lu}[\p{L}’']*\s)(?:We|Our|You|Your|My|Me|This|These|Those)\b/gu;
/** "This is the ninth month in a row that …": a cleft, its "this" pointing at nothing. */
// ("This is the first time, the Ministry … has released its monthly PLFS": the "this" is the clause after it.)
const CLEFT_THIS = /\b[Tt]his\s+(?:is|was)\s+the\s+[a-z-]+\s+(?:(?:consecutive|straight|successive)\s+(?:time|month|year|week|day|quarter|term)\b|(?:time|month|year|week|day|quarter|term)\s+in\s+a\s+row\b|time(?=,?\s+(?:that\s+|when\s+)?(?:the\s+)?\p{Lu}))/gu;
/** "…; this has dropped to 56 percent": "this" after a semicolon is the clause before it. */
const THIS_CLAUSE = /;\s+this\s+(?=(?:has|had|is|was|will|would|marks|means|comes|makes|takes|brings)\b)/g;
/** "it" after a thing of two or more capitalised words it can be ("Internet Explorer 6 …, the
 *  people who have used it"); a lone "it" is never sure. */
const IT = /\bit\b/gi;
/** "New Delhi signed ", "India ratified ": a name and the past-tense verb right after it, the
 *  subject an object "it" cannot be. */
// ("Kaala Bhairava and Rahul Sipligunj have sung it": two names, an auxiliary, an irregular verb.)
const SUBJECT_AND_VERB = /\b(?:\p{Lu}[\p{L}’'.-]*\s+)+(?:and\s+(?:\p{Lu}[\p{L}’'.-]*\s+)+)?(?:(?:has|have|had|was|were|is|are|will|would)\s+)?(?:\p{Ll}+ed|\p{Ll}+en|made|took|gave|won|got|did|sung|sang|wrote|built|held|sent|led|met|brought|bought|sold|kept|told)\s+$/u;
/** "an agreement with Vietnam giving it …": a one-word name right before the participle whose
 *  object "it" is, after the preposition that brought it in. */
const NAME_BEFORE_PARTICIPLE = /\b(?:with|to|for|from)\s+\p{Lu}\p{Ll}{2,}\s+\p{Ll}+ing\s+$/u;
/** "us", not "the US": the country is written in capitals. */
const US = /\b[Uu]s\b/;
/** "its" after a name of two or more words it can belong to ("the Union Cabinet has given its
 *  nod"); a lone "it" is never sure. */
const ITS = /\bits\b/gi;
/** "that" before a noun that points back: "at that time", "that number is closer to 40,000".
 *  (Only such nouns: "that" also joins clauses, "said that prices rose".) */
const THAT_NOUN = /\bthat\s+(?:time|day|week|month|year|number|figure|amount|total|estimate|count|decision|move|incident)\b/i;
/** "Who made the remarks while delivering a virtual message …?": what was said, the sentence before
 *  told; the text names none of it. */
const SAID_BEFORE = /\b(?:made|making|makes|make|reiterated|echoed|issued)\s+(?:the|these|those|such)\s+(?:remarks?|comments?|statements?|observations?|assertions?)\b(?!\s+(?:on|about|of|over|regarding|that|in\s+which)\b)/i;
/** "the two countries", "the two leaders": which two, the text does not say (extract names
 *  them where the article does: resolve-references.ts). */
export const GROUP_REFERENCE = /\b[Tt]he two (leaders|men|women|ministers|countries|nations|sides|governments)\b/;
/** "both the candidates had faced each other": both of whom, the sentences before said. */
const BOTH_THE = /\b[Bb]oth\s+the\s+(?:candidates|leaders|teams|sides|players|parties|men|women|ministers|countries|nations|governments)\b/;
/** "Who supported him …", "Who has met him …": "him" as the object of the asked one's verb. */
// (So is it after a name or a blank opening the text: "_____ supported him well …".)
const OBJECT_OF_ASKED = /^(?:Who|_{3,}|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:(?:has|had|have|also|then|later)\s+)?\p{Ll}+\s+him\b/u;
/** A name of two or more capitalised words, or a title and a name: someone a "he"/"she" can be. */
const NAME = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z]|\b(?!(?:In|On|At|As|By|For|From|With|After|Before|During|When|While|Since|Under|Over|The|A|An|But|And|Then|Later|Earlier|Also)\s)[A-Z][\p{L}’'-]+\s+(?:[A-Z][\p{L}’'-]+\s+)*[A-Z][\p{L}’'-]+|\b[Tt]he\s+(?:[\p{Ll}-]+\s+)?(?:boy|girl|man|woman|child|teenager|student|father|mother|son|daughter|husband|wife|player|driver|suspect|victim|officer|king|queen|pilot|doctor|artist|singer|actor|actress|author|writer)\b/u;
/** "India on Thursday launched its own …", "ISRO said its …": a one-word name opening the
 *  text, with no comma before the "its", is the subject the "its" belongs to. */
const ONE_WORD_SUBJECT = /^(?!(?:Who|Whom|Whose|What|Which|Where|When|Why|How|In|On|At|As|By|For|From|With|After|Before|During|When|While|Since|Under|Over|The|A|An|But|And|Then|Later|Earlier|Also|It|This|That|These|Those|Its|Their|His|Her|There|Here|Each|Every|Some|Many|Most|All|Both|Several|Few|None|One|Two|Three|Four|Five|Half|Others)\s)\p{Lu}[\p{L}\d.-]+\s/u;
/** "The report noted that India improved its …": a one-word name opening the reported clause
 *  is the subject its "its" belongs to. */
const CLAUSE_SUBJECT = /\bthat\s+(?!(?:It|This|That|These|Those|There|Here|The|A|An)\s)\p{Lu}[\p{L}\d.-]+\s+(?:[\p{Ll}-]+\s+){1,2}$/u;
/** "For the third consecutive year, Singapore maintains its position …": a one-word name (or the
 *  blank) right after an opening phrase is the subject its "its" belongs to. */
const SUBJECT_AFTER_OPENING = /^(?:For|In|On|At|During|After|Before|Since|Over|Under|With|Following|Despite|Once\s+again|This\s+year|Last\s+year)\b[^,;]{0,60},\s+(?:_____|\p{Lu}[\p{L}\d.-]+)\s+(?:[\p{Ll}-]+\s+){1,2}$/u;
/** A thing "it" can be: a name of two or more capitalised words, or a name with a digit ("IE6"). */
const THING = /\b(?!(?:In|On|At|As|By|For|From|With|After|Before|During|When|While|Since|Under|Over|The|A|An|But|And|Then|Later|Earlier|Also)\s)\p{Lu}[\p{L}’'-]+\s+(?:\p{Lu}[\p{L}’'-]*\s+)*(?:\p{Lu}[\p{L}’'-]*|\d+)\b|\b\p{Lu}+\d+\b/u;
/** "As of 7.24 pm, the BJP had won in 48 constituencies - its strongest-ever …": a body's short
 *  form opening the clause the "its" stands in. */
const ACRONYM_SUBJECT = /(?:^|,\s*)(?:[Tt]he\s+)?\p{Lu}{2,6}\s+(?:has|had|have|was|is|on|also|had\s+\w+|\p{Ll}+ed|cut|set|kept|put|made|gave|held|won|lost|took|sent|saw|said|says|cuts|sets|keeps|holds)\b[^,]*$/u;
const NAME_AND = /\p{Lu}[\p{L}-]+\s+and\s+$/u;
/** ", up 0.7 percentage point from " before an "its": a change set off by a comma belongs to the
 *  clause before it ("The IMF raised India's growth projection to 7.3 per cent, up 0.7 percentage
 *  point from its October forecast": the IMF's), so the subject is read as if the comma were not there. */
const CHANGE_ASIDE = /,\s+(?:up|down|higher|lower|a\s+(?:rise|fall|drop|jump|decline|increase|decrease)\s+of)\s+[^,]*$/;
/** "The Monetary Policy Committee decides on changes to it …": the only name before an object
 *  "it" is its own clause's subject, which would be "itself"; the "it" is a thing the sentence
 *  before named. (Not after a noun a determiner brings in: "… passed the bill and voted on it".) */
const OWN_SUBJECT_ONLY = /^(?:The\s+)?(?:\p{Lu}[\p{L}’'-]*\s+)+(?:(?!(?:the|a|an|this|that|its|their)\s)[\p{Ll}-]+\s+)+(?:to|on|of|with|for|about|against|from|into|over|under)\s+$/u;
/** " provides", " will", " has": the verb an "it" is the subject of. */
const IT_AS_SUBJECT = /^\s+(?:\p{Ll}+s|will|would|has|had|is|was|can|could|may|might|shall|should|must)\b/u;
/** Whether the text opens on a country's one-word name, its clause not yet closed by a comma. */
function countryOpening(before: string): boolean {
  const opener = /^(\p{Lu}[\p{L}-]+)\s+\p{Ll}/u.exec(before);
  return opener !== null && !/,/.test(before) && countryNamed(opener[1]) !== null;
}
/** THING_SUBJECT, outside a reported clause ("The latest report noted that it improved its …": the
 *  "it" of what was reported is another's). */
const thingSubject = (before: string) => THING_SUBJECT.test(before) && !/\bthat\s/.test(before);
// ("The BJP-led alliance retained its hold on Assam": a name made its modifier by "-led" says which too.)
/** "The southwest monsoon reached Kerala …, marking its earliest onset", "The first earthquake,
 *  measuring 5.7 on the Richter scale, struck at 11:06 am with its epicenter …", "Normally, the southwest
 *  monsoon makes its onset …": a thing the text opens on by a common noun with a word that says
 *  which, the "its" its own ("The allocation saw … as it has come down": which allocation, the
 *  text does not say; a body so named is left to the checks of bare bodies). */
const THING_SUBJECT = /^(?:\p{Lu}\p{Ll}+,\s+)?[Tt]he\s+(?:[\p{Ll}-]+\s+|\p{Lu}[\p{L}]*-(?:led|backed|ruled|run|based)\s+){1,3}?(?!(?:ministry|department|company|firm|government|court|bench|party|committee|body|agency|organi[sz]ation|bank|board|council|commission|team|side|group|centre|state|union|panel|authority)\s)[\p{Ll}-]+(?:,[^,;]{1,60},)?\s+(?:(?:has|had|have|also)\s+)?(?:(?!(?:as|is|was|has|its|this|thus|plus|less|across|unless|whereas)\b)\p{Ll}{2,}(?:s|ed)|struck|hit|shook|rose|fell|grew|took|made|came|became|won|lost|left|ran|saw|held|led|sank|broke|swept|tore)\b/u;
/** "…, India's industrial production turned negative as it contracted …": a named owner's thing
 *  as the clause's subject, which the "it" after it is. */
const OWNED_THING_SUBJECT = /(?:^|,\s+)\p{Lu}[\p{L}-]*['’]s\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s+(?:(?:has|had|have|also)\s+)?(?!(?:is|was|has|its)\b)\p{Ll}{2,}(?:s|ed)\b[^,]*$/u;
/** A code name with a digit: "Aditya-L1", "PSLV-C56", "Chandrayaan-3", "IE6". */
const CODE_NAME = /\b\p{Lu}[\p{L}]*-?\p{Lu}*\d+\b/u;
/** Something plural: two names joined by "and", or a plural noun after a determiner. */
/** ("India's 655 representatives surpassed their own record": a count or an owner before the
 *  plural noun, or a blank where the count stood.) */
// ("sentenced _____ people to death days after they were convicted": a plural noun, regular or not.)
// ("… said municipal authorities shall continue to comply with the direction asking them to …": a
// plural subject of a reported clause, no determiner before it.)
// ("a rise in the population of Asiatic lions, with their numbers increasing …": what is counted.)
// ("sub-classify Scheduled Castes … to provide them", "States and Union Territories … their":
// groups written with a capital are plural too.)
// ("The Indian men’s team etched their name …": a team, a pair or a family is "they" too.)
// ("The Indian women's badminton team clinched their maiden gold …": with up to four words before.)
// ("Indian shooters ended their campaign …": a people's name before a plural noun.)
const PLURAL_ANTECEDENT = /\b(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}’'-]+\s+){0,4}(?:team|squad|crew|duo|pair|couple|family)\b|\b(?!(?:The|A|An|This|That|These|Those|Their|His|Her|Its|Our)\b)\p{Lu}\p{Ll}+\s+\p{Ll}{3,}s\b|\b(?:Castes|Tribes|Classes|States|Territories|Parties|Nations|Members|Forces|Communities|Countries|Governments|Ministries|Districts|Panchayats|Municipalities|Universities|Institutes|Banks|Companies)\b|\b[A-Z][\p{L}’'-]*(?:\s+[A-Z][\p{L}’'-]*)*\s+and\s+[A-Z]|\b[A-Z][\p{L}’'-]*\s+and\s+(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:counterpart|wife|husband|spouse|colleague|deputy|son|daughter|brother|sister)\b|\b(?:the|two|three|four|both|many|several|some|all|its|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]+s|people|men|women|children)\b|(?:\b\d[\d,.]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[\p{L}]+teen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Hh]undreds|[Tt]housands|[Dd]ozens)|['’]s(?:\s+(?:\d[\d,.]*|_{3,}))?|_{3,})\s+(?:[\p{Ll}-]+\s+)?(?:[\p{Ll}-]+s|people|men|women|children)\b|\b(?:said|that)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s\s+(?:shall|should|must|will|would|can|could|may|have|had|were|are)\b|\b(?:population|number|numbers|count|census)\s+of\s+(?:\p{Lu}\p{Ll}+\s+)?[\p{Ll}-]+s\b/u;

/** Answers already worked out: the same questions and prompts are checked by extract, then by
 *  generate for each item type (a batch asks a few times per fact). */
const ANSWERS = new Map<string, boolean>();

const CALENDAR = new RegExp(`^${CALENDAR_ALTERNATION}$`);

const NAMES = new RegExp(NAME.source, 'gu');
/** Last words of a body's name: "The Tata Group announced his passing" names no one "his" can be. */
const BODY_END = /\b(?:Group|Ltd|Limited|Inc|Company|Corporation|Ministry|Department|Bank|Council|Commission|Committee|Party|Government|Court|Board|Authority|Agency|Organisation|Organization|Institute|University|College|Association|Federation|Union|Office|Hospital|Station|Sons|Industries|Services|Forces?|Army|Navy|Centre|Center|Establishment|Laboratory|Institution|Scheme|Mission|Programme|Project)$/;

const ONE_NAME_SUBJECT = /^(\p{Lu}\p{Ll}{2,})\s+(?:has\s+|had\s+|was\s+|is\s+|also\s+)?\p{Ll}{3,}\b/u;
/** One name, no everyday word or country ("Three years later, he …"), opening the text as its subject. */
function oneNameSubject(before: string): boolean {
  const word = ONE_NAME_SUBJECT.exec(before)?.[1];
  return !!word && !isCommonWord(word) && !countryNamed(word) && !/^(?:Who|What|Which|Whom|Whose|Where|When|How|Why)$/.test(word);
}

/** A name before a "he"/"his" that may be a person's (not only a body's). */
function personNamed(before: string): boolean {
  // ("He (Ratan Tata) was wheeled in after his …": the named pronoun, read as "Someone" above.)
  if (/\b[Ss]omeone\b/.test(before)) return true;
  // ("Ashwin retires …, leaving him only behind Anil Kumble": one name opening the text as its
  // subject, its verb after it, is someone a "him" can be.)
  if (oneNameSubject(before)) return true;
  for (const m of before.matchAll(NAMES)) if (!BODY_END.test(m[0])) return true;
  return false;
}

/** "Who, a member of Scientology all his life, was arrested after leaving its elite group …?":
 *  a single one-word name inside the text (not its opening word) is what "its" belongs to. */
function onlyOneWordName(before: string): boolean {
  if (!/^(?:Who|What|Which)\b/.test(before)) return false;
  // ("the State", "the Church": a capitalised common noun after "the" is no name of its own.)
  const names = (before.slice(1).match(/(?<!\b[Tt]he\s)\b(?:\p{Lu}\p{Ll}+|\p{Lu}{2,})\b/gu) ?? []).filter((w) => !CALENDAR.test(w));
  return new Set(names).size === 1;
}

/** "On the last day of his state visit, PM Modi …": a "his" in an opening phrase is the subject's
 *  named right after its comma. */
function namedAfterOpening(text: string, at: number): boolean {
  const comma = text.indexOf(', ');
  if (comma < 0 || at > comma || !/^(?:On|In|During|After|Before|At|Ahead of|Following)\s/.test(text)) return false;
  const rest = text.slice(comma + 2);
  const m = NAME.exec(rest);
  // ("After he was elected, CM Rekha and the LoP accompanied him to the chair": where the main
  // clause has a "him" of its own, the opening's "he" is that one, not its subject.)
  return m !== null && m.index <= 30 && !/[,;]/.test(rest.slice(0, m.index)) && !/\b(?:him|her)\b/.test(rest);
}

/** Whether an "its" at `at`, in an opening phrase, has a body named right after the phrase's
 *  comma: "In its second stage of …, the IMD has stated …". */
function bodyAfterOpening(text: string, at: number): boolean {
  const comma = text.indexOf(', ');
  // ("As part of its efforts to clean up …, the Election Commission of India …": so does "As part of".)
  if (comma < 0 || at > comma || !/^(?:On|In|During|After|Before|At|Ahead of|Following|Under|Through|With|As part of|In line with|Continuing)\s/.test(text)) return false;
  return /^(?:the\s+)?(?:\p{Lu}{2,}\b|\p{Lu}[\p{L}-]+(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]+)+)/u.test(text.slice(comma + 2));
}

/** "Varad Giri, herpetologist R Chaitanya and their team": two or more people named, then "and"
 *  right before the "their". */
/** "turned hero for Team India as they defeated hosts China": a side named as a team is what its
 *  "they" and "their" belong to. */
const TEAM_NAMED = /\bTeam\s+\p{Lu}\p{L}+|\b\p{Lu}\p{L}+\s+(?:XI|Women|Men)\b/u;

/** "India took control in the second half, … to defend their title": a country that opens a
 *  clause as its team is what a sports report's "their" belongs to. */
/** "Royal Challengers Bengaluru (RCB) secured their first-ever … title": a side named with its
 *  short form, then a verb of winning, owns the "their". */
const CLUB_WITH_SHORT_FORM = /(?:^|,\s+)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,3}\s+\(\p{Lu}{2,5}\)\s+(?:(?:also|then|finally)\s+)?(?:won|beat|defeated|retained|defended|clinched|lifted|claimed|sealed|secured|ended|registered|recorded|booked)\s+$/u;

// ("India overcame a two-goal deficit to snatch a 4-3 victory …, securing their fourth title": a
// comeback told of a side is its deed too.)
function teamAsSubject(before: string): boolean {
  const m = /(?:^|,\s+)(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:(?:also|then|later)\s+)?(?:took|won|beat|defeated|retained|defended|clinched|lifted|claimed|sealed|secured|edged|thrashed|held|drew|lost|dominated|controlled|ended|extended|began|started|opened|booked|registered|recorded|continued|maintained|snapped|stretched|finished|completed|capped|overcame|snatched|stunned|routed|crushed|outplayed|rallied|fought|bounced|staged|scripted|made)\b/u.exec(before);
  return (!!m && countryNamed(m[1]) !== null) || CLUB_WITH_SHORT_FORM.test(before);
}

function namesBeforeAnd(before: string): boolean {
  const last = /,\s+([^,]*)\band\s+$/.exec(before);
  return !!last && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(last[1]) && /\p{Lu}[\p{L}.'’-]*\s*$/u.test(before.slice(0, last.index));
}

/** "It is the eighth consecutive time that …", "It was not clear …": an opening "it" that
 *  stands for nothing, so no name may replace it. */
export function opensOnExpletiveIt(text: string): boolean {
  EXPLETIVE_IT.lastIndex = 0;
  const m = EXPLETIVE_IT.exec(text);
  EXPLETIVE_IT.lastIndex = 0;
  return m !== null && m.index === 0;
}

export function hasDanglingReference(text: string): boolean {
  let answer = ANSWERS.get(text);
  if (answer === undefined) {
    if (ANSWERS.size >= 20_000) ANSWERS.clear();
    answer = dangles(text);
    ANSWERS.set(text, answer);
  }
  return answer;
}

function dangles(text: string): boolean {
  // ("He (Surya Kant) said …", "After the launch, he (Shubhanshu Shukla) said …": named.)
  // ("The 88-year-old author (Vinod Kumar Shukla) will get …": named too.)
  const body = text.replace(/^(?:He|She|The \d{1,3}-year-old [a-z]+) \([^)]+\)/, 'Someone').replace(/\b(?:he|she) \([^)]+\)/g, 'someone');
  if ((body.match(/["“”]/g) ?? []).length % 2 === 1) return true;
  const unquoted = body.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, (q) => ' '.repeat(q.length));
  // "That quake, which …", "The man's home …": a text that opens on someone or something met
  // before names nothing.
  if (OPENS_ON_REFERENCE.test(unquoted) || COST_OF_UNNAMED.test(unquoted) || FOLLOWED_BEHIND.test(unquoted) || ONE_OF_BEFORE.test(unquoted)) return true;
  // ("The Supreme Court heard a reference to it.": what "it" is, the sentence before said. In a
  // longer text the noun it stands for is most often in it: "… broke away when there were about
  // 150 people on it".)
  if (PRONOUN_AT_END.test(unquoted) && unquoted.trim().split(/\s+/).length <= SHORT_TEXT_WORDS) return true;
  // ("Who was the first winner?": the first of what, the sentence before said.)
  if (BARE_ORDINAL_ONE.test(unquoted.trim())) return true;
  if (BARE_EVENT_ROLE.test(unquoted.trim()) || BARE_PASSIVE_LAUNCH.test(unquoted.trim())) return true;
  if (ALWAYS.test(unquoted.replace(THOSE_WHO, '').replace(THIS_TIME, '').replace(EXPLETIVE_IT, '').replace(THIS_CLAUSE, ';').replace(CLEFT_THIS, '').replace(TITLE_WORD, ' ')) || US.test(unquoted) || THAT_NOUN.test(unquoted) || SAID_BEFORE.test(unquoted) || GROUP_REFERENCE.test(unquoted) || BOTH_THE.test(unquoted)) return true;
  // ("The Minister said …", "the Chair's theme": an office with no name and no "of …" names no one.)
  // (Not the telling at the end: "…, the Governor said." says who told it, asked of no one.)
  const untold = unquoted.replace(TELLING_TAIL, '');
  if (BARE_OFFICE.test(untold) || BARE_MINISTER.test(untold)) return true;
  // ("For the remaining crops …", "The state has a total of 70 seats": the rest of what, which state.)
  // ("_____ and Canada did, though, ranking 11th and 18th": a verb the sentence before gave, left out.)
  if (ELLIPTICAL_DID.test(unquoted)) return true;
  if (REST_OF.test(unquoted) || BARE_STATE.test(unquoted) || EPITHET_CITY.test(unquoted) || SITE_HERE.test(unquoted) || BARE_SECTOR.test(unquoted)) return true;
  for (const m of unquoted.replace(THIS_TIME, (t) => ' '.repeat(t.length)).replace(EXPLETIVE_IT, (t) => ' '.repeat(t.length)).matchAll(IT)) {
    // ("New Delhi signed it on …": the object of a verb is not the name the verb follows.)
    const before = unquoted.slice(0, m.index).replace(SUBJECT_AND_VERB, '');
    // ("Singapore emerges as a frontrunner as it provides …", "ISRO said it will …": a country or a
    // body's short form opening the text is a thing "it" can be, one word though it is.)
    // (As the subject of its own clause: "… an agreement giving it …" is the other party's.)
    const subjectIt = IT_AS_SUBJECT.test(unquoted.slice(m.index! + m[0].length));
    if (!subjectIt && OWN_SUBJECT_ONLY.test(before)) return true;
    if (!THING.test(before) && !NAME_BEFORE_PARTICIPLE.test(before) && !thingSubject(before) && !OWNED_THING_SUBJECT.test(before) && !(subjectIt && (countryOpening(before) || ACRONYM_SUBJECT.test(before)))) return true;
  }
  // "Mozilla Firefox, its main rival, …": in apposition, "its" is someone else's.
  for (const m of unquoted.matchAll(ITS)) {
    const before = unquoted.slice(0, m.index);
    if (/,\s*$/.test(before)) return true;
    // ("In its second stage of Long Range Forecast (LRF), the IMD has stated …": a body named right
    // after the opening phrase the "its" stands in.)
    if (bodyAfterOpening(unquoted, m.index!)) continue;
    // ("India's maiden solar mission, Aditya-L1, reached its destination": a code name is what
    // "its" can belong to, as it is what "it" can be.)
    // ("in the river Ganga and its tributaries": "X and its …" is X's.)
    const clause = before.replace(CHANGE_ASIDE, ' ');
    if (!NAME.test(before) && !CODE_NAME.test(before) && !(ONE_WORD_SUBJECT.test(clause) && !/,(?!\d)/.test(clause)) && !CLAUSE_SUBJECT.test(before) && !SUBJECT_AFTER_OPENING.test(before) && !onlyOneWordName(before) && !ACRONYM_SUBJECT.test(clause) && !NAME_AND.test(before) && !thingSubject(before)) return true;
  }
  // "Who, a member of Scientology all his life, was arrested …?": a question asking for a
  // person binds "his"/"her" to the one it asks for.
  const asksPerson = /^Who\b/.test(unquoted);
  // ("Who said that he …" may report someone else: only a possessive or object binds.)
  // (Not the object of the asked one's own verb: "Who supported him well …?" would say "himself".)
  const himOfOther = OBJECT_OF_ASKED.test(unquoted);
  for (const m of unquoted.matchAll(PERSONAL)) {
    if (himOfOther && /^him$/i.test(m[0])) return true;
    if (!(asksPerson && /^(?:his|him|her)$/i.test(m[0])) && !personNamed(unquoted.slice(0, m.index)) && !namedAfterOpening(unquoted, m.index!)) return true;
  }
  for (const m of unquoted.matchAll(PLURAL)) if (!PLURAL_ANTECEDENT.test(unquoted.slice(0, m.index)) && !namesBeforeAnd(unquoted.slice(0, m.index)) && !(m[0].toLowerCase() === 'their' && teamAsSubject(unquoted.slice(0, m.index))) && !TEAM_NAMED.test(unquoted.slice(0, m.index))) return true;
  return false;
}

/** Whether a cloze, its blanks filled in, leans on something outside it. ("{{c1::This Moment}} is
 *  the third studio album by Shakti": a name that opens on "This" points nowhere; its first word
 *  is read as a name's.) */
export function clozeDangles(cloze: string): boolean {
  return hasDanglingReference(cloze.replace(/\{\{c\d+::([^}]*)\}\}/g, (_, answer: string) => answer.replace(/^(?:This|That|These|Those)(?=\s\p{Lu})/u, 'Name')));
}
