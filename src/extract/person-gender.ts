/**
 * Whether a "he" or a "she" can point at a person: what the article itself says (a "Mr", "Ms"
 * or "Mrs" before the surname), else a list of common given names. Unknown stays unknown: a
 * pronoun may then point at anyone, as before.
 */
import type { Entity } from '../types.js';
import type { ArticleContext } from './article-context.js';
import { reEscape } from '../util/re-escape.js';

const FEMALE = new Set(`
aisha alice alicia alison amanda amy ana andrea angela angelina ann anna anne ashley barbara brenda carla carol caroline
catherine charlotte christina christine claire claudia cristina deborah diana doris dorothy elena elizabeth ellen emily emma
fatima grace hannah heather helen hillary irina jane janet jennifer jessica joan julia julie karen kate katherine kathleen
kamala kristen laura lauren linda lisa lucy margaret maria marie mary melissa michelle monica nancy natalia nicole olga
patricia rachel rebecca rose ruth sandra sarah sharon sophie stephanie susan teresa theresa valentina victoria yulia
priya pooja anjali sunita anita kavita deepika nirmala droupadi smriti sonia indira pratibha sushma mamata mayawati
meenakshi lakshmi radha sita gita geeta rekha shobha usha asha aruna neha sneha divya shreya ritu nisha rani kiran
salome ursula giorgia kristalina jacinda sanna mette ngozi yingluck benazir hasina khaleda
meera malala greta serena venus naomi simone
`.split(/\s+/).filter(Boolean));

const MALE = new Set(`
aaron abdul abdullah adam adrian ahmed ahmad akira alan albert alberto alejandro aleksandr alex alexander alexei ali amir
andre andreas andrew andrei antonio arnold arthur barack ben benjamin bernard bill bob boris brad brian bruce carl carlos
charles chris christopher colin craig daniel david dean dennis diego dmitry donald douglas edward emmanuel eric erik evan
fernando francis francisco frank fred frederick fumio gabriel gary george gerald gordon greg gregory hamid hans harold harry
hassan henry hiroshi hugh hugo ian igor imran isaac ivan jack jacob james jason javier jeff jeffrey jeremy jerry jim jimmy
joe john johnny jon jonathan jorge jose joseph joshua juan julian justin karl keith kenneth kevin khalid kumar larry louis
luis marc marco mark martin matthew michael mike mohamed mohammed muhammad nicholas nick olaf omar oscar patrick paul pedro
peter philip pierre rahul raj rajesh ramesh ravi richard robert roger ronald ryan salman sam samuel sanjay scott sergei
shinzo stephen steve steven suresh taro thomas tim timothy tom tony vijay vikram vladimir walter william xi yusuf
narendra amit arvind rajnath nitin piyush bhupender jaishankar subrahmanyam shaktikanta sanjiv ashwini pinarayi himanta
manmohan atal mohandas jawaharlal virat sachin rohit lionel kylian cristiano travis
`.split(/\s+/).filter(Boolean));

export type Gender = 'm' | 'f';

/** The article's sentences as one text, made once per article. */
const TEXTS = new WeakMap<ArticleContext, string>();
function articleText(ctx: ArticleContext): string {
  let text = TEXTS.get(ctx);
  if (text === undefined) TEXTS.set(ctx, (text = ctx.analyzed.sentences.map((s) => s.text).join(' ')));
  return text;
}

/** What the article and the name say of a person's gender; null when neither says. */
export function genderOf(person: Entity, ctx: ArticleContext): Gender | null {
  const parts = person.canonical.split(/\s+/);
  const surname = parts[parts.length - 1];
  const text = articleText(ctx);
  const titled = (titles: string) => new RegExp(`\\b(?:${titles})\\.?\\s+(?:[A-Z][\\w.'’-]*\\s+)*${reEscape(surname)}\\b`).test(text);
  if (titled('Mr')) return 'm';
  if (titled('Ms|Mrs|Miss|Madam')) return 'f';
  const first = parts[0].toLowerCase();
  return FEMALE.has(first) ? 'f' : MALE.has(first) ? 'm' : null;
}

/** Whether "he" or "she" may point at this person. */
export function pronounFits(pronoun: string, person: Entity, ctx: ArticleContext): boolean {
  const gender = genderOf(person, ctx);
  if (gender === null) return true;
  return /^(?:she|her|hers)$/i.test(pronoun) ? gender === 'f' : gender === 'm';
}
