/**
 * Common given names across languages. Only a supporting cue: a capitalised pair whose first word
 * is here reads as a person even without a title or a "said" nearby. Lower-case for lookup.
 */
const NAMES = `
aaron abdul abdullah abe adam adrian ahmed ahmad aisha akira alan albert alberto alejandro aleksandr alex alexander
alexandra alexei alexey ali alice alicia alison amanda amir amit amy ana andre andrea andreas andrew andrei andrey
angela angelina ann anna anne anthony antonio arnold arthur ashley ashraf barack barbara ben benjamin bernard bill
bob boris brad brandon brian bruce carl carla carlos carol caroline catherine charles charlie chris christian
christina christine christopher claire claudia colin craig cristina daniel david dean deborah dennis diana diego
dmitry dmitri donald doris dorothy douglas edward elena elizabeth ellen emily emma emmanuel eric erik evan fatima
fernando francis francisco frank fred frederick fumio gabriel gary george georgi gerald gordon grace greg gregory
hamid hannah hans harold harry hassan heather helen henry hillary hiroshi hugh hugo ian igor imran irina isaac ivan
jack jacob james jan jane janet jason javier jean jeff jeffrey jennifer jeremy jerry jessica jim jimmy joan joe
johann john johnny jon jonathan jorge jose joseph joshua juan julia julian julie justin kamala karen karl kate
katherine kathleen kazuo keith kenneth kevin khalid kim kumar larry laura lauren lee leonid linda lisa liu louis
lucy luis maria marie mark martin mary masao matthew maria michael michelle miguel mike mikhail mohamed mohammad
mohammed muhammad nancy naoto narendra natalia natalie nathan nicholas nick nicolas nikolai nina noah olga oliver
olivia omar oscar pablo pamela patricia patrick paul pedro peter philip pierre rachel rafael rahul raj rajesh ralph
ramon raymond rebecca richard rita robert roberto robin roger ronald rose roy ruth ryan sabrina sahil salman sam
samuel sandra sanjay sara sarah scott sean sergei sergey shinzo shirley simon sonia sophie stephen steve steven
susan suresh takeshi tanaka taro thomas tim timothy tom tony valentina valery vera victor viktor vincent vladimir
walter wang wayne william xi yasuo yoshihiko yuki yuri yusuf zhang li chen ahmet mehmet recep emine jens olaf
angela ursula justin jacinda rishi keir theresa gordon tony liz boris joe jill donald melania ivanka hunter mitt
nancy chuck ted rand bernie elizabeth kamala pete ron nikki vivek dean mahmoud hamid
ashraf rashid rahim karim tariq yasmin layla zainab priya anita sunita lakshmi arjun vijay ajay anil sunil manmohan
sonia indira jawaharlal atal lal shah amit rahul nitin arvind mamata yogi xi hu jiang deng mao zhou wen li
kim moon park yoon lee jae shinji junichiro yukio naoki kenji haruki
`;

export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
