/**
 * The telling of the news, not the news: who briefed the media, addressed a press conference,
 * attended a ceremony, congratulated or condoled, was delighted by a win or dedicated it. A person
 * a sentence names for that is no fact to learn (no blank, no "Who …?").
 */
import type { Entity, Sentence } from '../types.js';
import { namedInHeadline, type ArticleContext } from './article-context.js';
// ("President Murmu also held discussions with the Qatari delegation accompanying the Amir": the
// courtesies around a visit.)
// ("Additional Chief Secretary X read out the warrant of appointment": a step of the swearing-in.)
// ("Speaking at a joint press conference …, Trump was asked who was the tougher negotiator": a
// question put to someone, the answer the news.)
export const CEREMONY = /\b(?:briefed (?:the )?(?:media|reporters|press|PM|Prime Minister|President|Chief Minister|CM)|(?:was|were) asked (?:who|whether|if|what|how|why|about)\b|read out the (?:warrant|notification|citation|oath)|graced the (?:occasion|event|ceremony|function)|(?:is|was|marks|marked)\s+a\s+(?:proud|historic|momentous|great|special)\s+moment\b|(?:was|were) accompanied by|shook hands with|(?:was|were) (?:also )?(?:a )?(?:part|members?) of the delegation|(?:held|had) (?:discussions|talks|a meeting) with the (?:[\w-]+\s+){0,2}delegation\b|addressing (?:a|the) (?:press conference|media|reporters)|addressed (?:a|the) (?:press conference|media)|(?:was|were) (?:also )?present|(?:attended|skipped|missed|boycotted|stayed away from) the (?:[\w-]+\s+){0,2}(?:ceremony|event|function)|(?:was|were) absent from the (?:[\w-]+\s+){0,2}(?:ceremony|event|function)|^(?:These|Those present|Dignitaries present|Others present) included\b|\bamong (?:those|the dignitaries) present\b|(?:was|were) attended by|(?:parade|march-past|guard of honour) (?:was )?(?:commanded|led|reviewed) by|reviewed the (?:situation|preparedness|arrangements)|(?:rushed|reached|visited|went) to the (?:spot|site|scene|hospital)|rushed to [A-Z][a-z-]+ to pay (?:(?:his|her|their|last)\s+)?(?:tributes?|respects|homage)|rushed to [A-Z][a-z-]+(?: from [A-Z][a-z-]+)? to (?:personally\s+)?(?:review|take stock of|oversee|monitor)|posted a (?:heartfelt |emotional |moving )?(?:tribute|condolence|message)|conducted the (?:formal )?proceedings|(?:was|were)\s+(?:adjudicating|presiding over|chairing|conducting)\s+the\s+proceedings|(?:express(?:ing|ed)|voic(?:ing|ed))\s+(?:(?:his|her|their)\s+)?(?:displeasure|unhappiness|annoyance|anger)\b|(?:was|were) seated (?:[\w-]+ ){0,4}?(?:next to|beside|alongside)|(?:inquire|enquire|inquired|enquired) about (?:the )?(?:[\w’'.-]+\s+){0,2}(?:preparedness|situation|well-being|wellbeing|health)|visited (?:the )?(?:hospital|AIIMS|residence|ailing|injured|ill|bereaved)\b|congratulated|complimented|(?:extended|conveyed|offered)\s+(?:(?:his|her|their)\s+)?(?:heartiest\s+|warm(?:est)?\s+)?(?:congratulations|greetings|good\s+wishes|best\s+wishes)|condoled|hailed|lauded|praised|commended|applauded|thanked|credited\s+(?:[\w-]+\s+){1,4}for\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:guidance|inspiration|support|leadership|vision)|expressed (?:(?:his|her|their) )?(?:delight|joy|happiness|gratitude|satisfaction|pride)|dedicated (?:the|this|his|her|their) (?:victory|win|medal|award|title|triumph)|(?:was|were|is|am|are|felt)\s+(?:deeply\s+)?(?:pained|saddened|anguished|grieved)\b|(?:cremation|last rites|funeral)\b[^.;]{0,40}\b(?:will be|was|were|would be|are being|is being)\b|(?:conduct|perform|hold|held|conducted|performed)\s+(?:the\s+)?(?:last rites|funeral|cremation)\b|(?:described|termed|called)\s+(?:[\w’'-]+\s+){1,5}as\s+(?:an?\s+)?(?:irreparable|great|huge|immense|personal|big)\s+loss\b|(?:was|were) (?:also )?spotted at|(?:was|were) (?:also )?seen (?:gifting|presenting|handing|greeting|chatting|talking|sharing|exchanging|hugging|posing)\b|(?:will be|was|were) cremated|(?:paid|pay|offered|offer) (?:rich |his |her |their |floral )?tributes?|(?:was|were) (?:also )?in attendance|pa(?:y|id) (?:their|his|her) last respects|(?:expressed|offered|extended|conveyed) (?:(?:his|her|their|deep|profound)\s+)?(?:grief|condolences|sorrow|sadness|anguish|shock)|(?:call|calls|calling|called) on (?:the )?(?:visiting|President|Prime Minister|Vice President|Governor)|paid (?:her|his|their) (?:respects|homage)|(?:offer(?:ed)?|extended) (?:(?:his|her|their)\s+)?prayers|accorded (?:a |the )?(?:ceremonial |warm |grand |traditional )?(?:welcome|reception|guard of honour)|(?:tri-services |ceremonial )guard of honour|ceremonial (?:welcome|reception)|(?:presented|gifted)\s+(?:the\s+)?(?:visiting\s+)?(?:President|Prime\s+Minister|King|Queen|Emperor|leader|him|her)\s+(?:[A-Z][a-z]+\s+)?with\b|(?:was|were)\s+(?:warmly\s+|personally\s+)?received\s+by\b[^.;]{0,80}\bat\s+the\s+airport\b|(?:received|accorded|given)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}reception\b|(?:received|accorded|given|extended)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:[\w]+-)?welcome\b|exchange\s+of\s+pleasantries|(?:extending|extended|conveyed|conveying)\s+(?:(?:his|her|their)\s+)?greetings\b|(?:took|taken|takes|taking)\s+(?:a\s+)?(?:serious\s+)?cognizance\b|administer(?:ed|s)?\s+(?:the\s+)?oath|host(?:ed|s)? (?:a|the) (?:luncheon|lunch|dinner|banquet|reception|tea)|(?:thrilled|delighted|happy|pleased|proud) to announce|declared open|(?:called|termed|described) (?:the|it|this) (?:[\w-]+\s+){0,3}(?:heartbreaking|heart-rending|tragic|unfortunate|saddening|devastating|painful|shameful|historic|landmark)|(?:inaugural|welcome|keynote|valedictory) (?:speech|address)|presented\s+(?:the\s+)?(?:[\w-]+\s+){0,5}(?:awards?|prizes?|medals?|honours?)\b|remembered\s+(?:him|her|them|the\s+(?:late|former|veteran|departed)|late)\b|(?:described|termed|called|hailed)\s+(?:[\w’'-]+\s+){1,6}as\s+(?:one\s+of\s+)?(?:the\s+|an?\s+)?(?:most|best|biggest|greatest|finest|historic|landmark|proud|shining)\b|presided over by|(?:was|were) witnessed by|(?:described|termed|called)\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:incident|tragedy|accident|attack|stampede)\s+as\b|echoed (?:the|this|that|his|her|their) (?:sentiments?|views?)|took to (?:X|Twitter|social media|Instagram|Facebook)\b|(?:was|were) (?:also )?quoted (?:by|as saying)\b|(?:described|termed|called|remembered)\s+(?:[\w’'-]+\s+){1,4}as\s+an?\s+(?:fine|great|good|true|rare|remarkable|towering|gentle|kind|humble|wonderful)\s+(?:human|person|man|woman|leader|soul|friend)|(?:called|termed|described)\s+(?:it|the\s+(?:[\w-]+\s+){0,3}?(?:award|honour|recognition|decision|verdict|judgment|judgement|move|order|ruling))\s+(?:as\s+)?(?:an?\s+)?["“‘])\b/i;

/** Someone's feeling about the news, which only repeats it ("expressed happiness over the
 *  addition of three Ramsar sites", "acknowledged the launch as a proud moment", "termed the
 *  development as 'a historic moment …'"): no count or slogan in it is a blank of its own. */
export const FEELING = /\b(?:expressed\s+(?:(?:his|her|their)\s+)?(?:delight|joy|happiness|gratitude|satisfaction|pride)|congratulated|lauded|hailed|praised|acknowledged\s+(?:[\w’'-]+\s+){1,4}as\s+an?\s+(?:proud|historic|landmark|momentous)|(?:termed|described|called|hailed)\s+(?:the|this|it|his|her|their)\s+(?:[\w’'-]+\s+){0,2}as\s+['‘"“]?(?:an?\s+)?(?:historic|proud|momentous|landmark|great|significant|glorious|special))\b/;

/** "The news of the passing of … is deeply saddening", "… has lost a leader who …": a
 *  tribute on a death, which every leader pays. */
// ("… said he had no words to express his grief, and a great loss to the community".)
// ("Actor _____ wrote that Rao's 'legacy will continue to inspire many'".)
export const MOURNING = /\b(?:passing|demise|saddening|saddened|condolences?|rest in peace|irreparable loss|(?:great|huge|immense|big) loss\b|has lost (?:a|an|one)\b|deeply pained|no words to express|express (?:my|his|her|their|our) grief|legacy will (?:continue to )?(?:inspire|live on)|will continue to inspire|Om Shanti)/i;

/** "… headed by Justice ", "… led by ": the head of a body named as the subject, which is what
 *  speaks or rules, not the one who heads it. */
export const HEADED_BY_BEFORE = /\b(?:headed|led|chaired|presided over)\s+by\s+(?:(?:Chief\s+)?Justices?\s+|Dr\.?\s+|Prof\.?\s+)?$/;

/** " announced the news in a tweet", " shared the development on X", " tweeted the news": a
 *  teller passing news on, no deed of the news. */
export const NEWS_PASSED_ON = /^\s+(?:(?:has|had)\s+)?(?:announced|shared|broke|conveyed|confirmed|posted|tweeted)\s+(?:the|this)\s+(?:news|development|information|update)\b/;

/** "Nine fire tenders were pressed into service", "Four patients have been shifted to different
 *  hospitals", "Two helicopters have been kept ready", "last rites of 13 victims were performed":
 *  engines, ambulances or teams sent or standing by, patients moved, the dead cremated; the
 *  response's detail. */
export const RESPONSE_DETAIL = /\b(?:fire\s+(?:tenders|engines)|ambulances|fire-?fighters)\b[^.;]{0,60}\b(?:pressed\s+into\s+service|rushed|deployed|sent|dispatched|despatched|reached|arrived)\b|\b(?:patients|injured)\b[^.;]{0,40}\b(?:shifted|moved|transferred|referred)\s+to\s+(?:different|other|various|nearby)\s+hospitals?\b|\b(?:helicopters?|choppers?|boats|teams|ambulances|aircraft)\b[^.;]{0,40}\b(?:kept\s+(?:ready|on\s+standby)|(?:put|placed|kept)\s+on\s+(?:standby|alert)|on\s+standby)\b|\blast\s+rites\s+of\s+(?:the\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:victims|bodies|deceased|people|persons)\b/i;

/** "… given Cabinet nod", "Cabinet approves …", "Cabinet clears …": a story of the Cabinet's decision. */
export const CABINET_HEADLINE = /\bCabinet\b[^.]*\b(?:nod|approv\w*|clear\w*|okays?|green[ -]light)\b|\b(?:nod|approval|clearance)\b[^.]*\bCabinet\b/i;

/** "According to … Minister Ashwini Vaishnaw, the BioE3 policy seeks to …" under "BioE3 policy …
 *  given Cabinet nod": a person whose words name what the headline's Cabinet decision approved
 *  briefs on that decision; the decision is the news, not who told it. */
export function briefsCabinetDecision(teller: Entity, said: string, s: Sentence, ctx: ArticleContext): boolean {
  return teller.cls === 'person' && CABINET_HEADLINE.test(ctx.analyzed.article.title) && s.entities.some((e) => (e.cls === 'term' || e.cls === 'organisation') && said.includes(e.text) && namedInHeadline(e, ctx));
}

/** "Union Minister _____ today said that India is heading towards …" under "Cabinet approves
 *  Chandrayaan-4 mission": the minister who tells a Cabinet story's decisions is its teller, in
 *  any sentence of it. */
export function cabinetBriefer(e: Entity, s: Sentence, ctx: ArticleContext): boolean {
  return e.cls === 'person' && CABINET_HEADLINE.test(ctx.analyzed.article.title) && /\bMinister\s+$/.test(s.text.slice(Math.max(0, e.start - 30), e.start)) && /^\s+(?:(?:today|on\s+\p{Lu}\p{Ll}+)\s+)?(?:also\s+)?(?:said|announced|informed|told|stated)\b/u.test(s.text.slice(e.end));
}
