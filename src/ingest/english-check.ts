/**
 * Is this English? Two cheap signals: most letters are Latin (rules out CJK, Cyrillic,
 * Arabic, …) and common English function words are frequent (rules out French, German, …).
 */

const FUNCTION_WORDS = new Set(
  (
    'the of and to in a an is was were are be been has have had for on that with as by at from it its ' +
    'this these those which who whom whose what when where why how he she they we you his her their our ' +
    'not but or if than then there after before about into over under between also said says will would ' +
    'can could should may might more most some any all no one two new first last said while during since'
  ).split(' '),
);

/** A few kilobytes decide the language; reading more only costs time. */
const SAMPLE_CHARS = 6000;
// Letters of every script (the long name: the build narrows \p{L} to the scripts quizwire reads).
const LETTER_RE = /\p{Letter}/u;
const LATIN_RE = /\p{Script=Latin}/u;

/** Share of letters that are Latin script (0..1); 1 for text without letters. */
export function latinShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII fast path: English text is almost all ASCII.
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
        letters++;
        latin++;
      }
    } else if (c >= 0xc0) {
      const ch = text[i];
      if (LETTER_RE.test(ch)) {
        letters++;
        if (LATIN_RE.test(ch)) latin++;
      }
    }
  }
  return letters === 0 ? 1 : latin / letters;
}

/** A link or a data URI: letters, but not words (issue 18: one long URL made an article "not English"). */
function isLink(token: string): boolean {
  return token.includes('://') || token.startsWith('www.') || token.includes('data:');
}

/** The words of the text's first SAMPLE_CHARS (links left out), lower-cased. */
function sampleWords(text: string): string[] {
  const head = text.length > SAMPLE_CHARS * 2 ? text.slice(0, SAMPLE_CHARS * 2) : text;
  const sample = head.split(/\s+/).filter((token) => !isLink(token)).join(' ').slice(0, SAMPLE_CHARS);
  return sample.toLowerCase().match(/\p{Letter}+/gu) ?? [];
}

/** Share of words that are common English function words (0..1). */
export function functionWordShare(text: string): number {
  return shareOf(sampleWords(text));
}

function shareOf(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length;
}

/** Too few words to judge: such a text passes. */
const MIN_WORDS = 12;

/** English prose runs at 30–45 % function words; other Latin-script languages well under 10 %. */
export function looksEnglish(text: string): boolean {
  if (latinShare(text) < 0.6) return false;
  const words = sampleWords(text);
  // The whole text is counted only when its sample is short of words (rare): enough words
  // in the sample are enough in the text.
  if (words.length < MIN_WORDS && (text.length <= SAMPLE_CHARS || (text.match(/\p{Letter}+/gu)?.length ?? 0) < MIN_WORDS)) return true;
  return shareOf(words) >= 0.12;
}
