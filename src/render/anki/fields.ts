import type { ArticleMeta, Item } from '../../types.js';
import { fieldHtml, smallDiv } from './html.js';

/** Fields of a quizwire Basic note, as field HTML (escaped, ready to store). */
export interface BasicFields {
  front: string;
  back: string;
  /** The source line: headline · date · site or file name. */
  source: string;
}

/** Fields of a Cloze note, as field HTML. */
export interface ClozeFields {
  text: string;
  backExtra: string;
}

const CLOZE_MARK = /\{\{c(\d+)::/g;

/** A cloze item with at least one `{{cN::…}}` goes to the Cloze note type; anything else is Basic. */
export function isClozeNote(item: Item): boolean {
  return item.type === 'cloze' && /\{\{c\d+::/.test(item.cloze ?? '');
}

/** The cloze numbers a text uses, ascending and unique (`{{c1::…}} {{c2::…}}` → [1, 2]). */
export function clozeNumbers(text: string): number[] {
  const numbers = [...text.matchAll(CLOZE_MARK)].map((m) => Number(m[1])).filter((n) => n > 0);
  return [...new Set(numbers)].sort((a, b) => a - b);
}

const letter = (index: number): string => String.fromCharCode(97 + index);

/** The source line (field HTML): headline, date, then the site or the file's name. */
export function sourceLine(meta: ArticleMeta | undefined): string {
  if (!meta) return '';
  const file = meta.source && meta.source !== '-' ? meta.source.split(/[\\/]/).pop() : undefined;
  const where = meta.site?.trim() || file;
  return [meta.title, meta.date, where]
    .filter((part): part is string => Boolean(part && part.trim()))
    .map(fieldHtml)
    .join(' · ');
}

/** `(a) …<br>(b) …` */
function optionLines(options: readonly string[]): string {
  return options.map((option, i) => `(${letter(i)}) ${fieldHtml(option)}`).join('<br>');
}

/** The index of the correct option: the item's own index, else where the answer text sits. */
function correctIndex(item: Item): number {
  const options = item.options ?? [];
  if (item.answerIndex !== undefined && item.answerIndex >= 0 && item.answerIndex < options.length) {
    return item.answerIndex;
  }
  return options.indexOf(item.answer);
}

function front(item: Item): string {
  const question = fieldHtml(item.question);
  switch (item.type) {
    case 'mcq':
      return item.options?.length ? `${question}<br><br>${optionLines(item.options)}` : question;
    case 'statements': {
      const statements = item.statements ?? [];
      // A generator may already list the statements in the prompt; never print them twice.
      const listed = statements.length > 0 && item.question.includes(statements[0].text);
      const parts = [question];
      if (!listed && statements.length) {
        parts.push(statements.map((s, i) => `${i + 1}. ${fieldHtml(s.text)}`).join('<br>'));
      }
      if (item.options?.length) parts.push(optionLines(item.options));
      return parts.join('<br><br>');
    }
    case 'truefalse':
      return `True or false: ${fieldHtml(item.question.replace(/^\s*true\s+or\s+false\s*[:?.-]?\s*/i, ''))}`;
    default:
      return question;
  }
}

function answerLine(item: Item): string {
  if (item.type === 'mcq' || item.type === 'statements') {
    const index = correctIndex(item);
    const text = index >= 0 ? item.options![index] : item.answer;
    return index >= 0 ? `(${letter(index)}) ${fieldHtml(text)}` : fieldHtml(text);
  }
  return fieldHtml(item.answer);
}

/** Per-statement verdicts with the sentence that settles each (statements items). */
function statementNotes(item: Item): string[] {
  return (item.statements ?? [])
    .map((s, i) =>
      s.sentence.trim()
        ? smallDiv(`${i + 1}. ${s.correct ? 'Correct' : 'Incorrect'}: ${fieldHtml(s.sentence)}`)
        : '',
    )
    .filter(Boolean);
}

function back(item: Item): string {
  const parts = [answerLine(item), ...statementNotes(item)];
  const sentence = item.sentence.trim();
  const explanation = item.explanation?.trim();
  if (explanation && explanation !== sentence) parts.push(`<div>${fieldHtml(explanation)}</div>`);
  const alreadyShown = (item.statements ?? []).some((s) => s.sentence.trim() === sentence);
  if (sentence && !alreadyShown) parts.push(smallDiv(fieldHtml(sentence)));
  return parts.join('');
}

/** Front, Back and Source of a Basic note for any non-cloze item. */
export function basicFields(item: Item, meta: ArticleMeta | undefined): BasicFields {
  return { front: front(item), back: back(item), source: sourceLine(meta) };
}

/** The cloze text without its markers: `{{c1::Tokyo::city}}` → `Tokyo`. */
function unclozed(text: string): string {
  return text.replace(/\{\{c\d+::([\s\S]*?)(?:::[\s\S]*?)?\}\}/g, '$1');
}

/** Text and Back Extra of a Cloze note: the source sentence (when the cloze shortened it) and source line. */
export function clozeFields(item: Item, meta: ArticleMeta | undefined): ClozeFields {
  const cloze = item.cloze ?? '';
  const sentence = item.sentence.trim();
  const extra: string[] = [];
  if (sentence && unclozed(cloze).trim() !== sentence) extra.push(smallDiv(fieldHtml(sentence)));
  const source = sourceLine(meta);
  if (source) extra.push(smallDiv(source));
  return { text: fieldHtml(cloze), backExtra: extra.join('') };
}
