#!/usr/bin/env node
// Part of `npm run build`, after tsc (and of every test run, through vitest.config.ts): the
// letter classes \p{L}, \p{Lu}, \p{Ll} and \p{N} in the program's regular expressions become
// explicit ranges over the scripts quizwire reads — Latin (ASCII, Latin-1, Latin Extended-A/B
// and Additional), Greek and Cyrillic.
//
// Why: V8 compiles a Unicode property class anew into every regex that uses it, with its hundreds
// of ranges across all scripts (~0.1–0.15 ms per regex against ~0.02 ms for a short class), and a
// one-article run compiles some 200 of them: about 55 ms of a ~270 ms cold start (issue 16's
// budget is 4× `node -e 0`). The sources keep writing \p{Lu}, which says what is meant.
//
// What changes: nothing for the letters of the blocks in EXACT. Letters of other scripts
// (Devanagari, CJK, Arabic…) are no longer letters, which an English article meets only in a
// quoted foreign word; those of LOWER_ONLY are letters of lower case only. Write \p{Letter} or
// \p{Number} (the long names, left alone) where every script must count, as the English check does.
//
// Usage: node scripts/latin-letter-classes.mjs <folder>   rewrites the .js files under it in place.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokTypes as tt, tokenizer } from 'acorn';

/** Blocks whose letters keep their Unicode classes exactly: ASCII, Latin-1 and Latin Extended-A, Romanian's Ș ș Ț ț, basic Greek and Cyrillic. */
const EXACT = [[0x0000, 0x017f], [0x0218, 0x021b], [0x0386, 0x03ce], [0x0400, 0x045f]];
/**
 * Latin Extended-B and Latin Extended Additional (Vietnamese, pinyin with tones, African
 * alphabets): letters, all of them lower case here. Spelling their cases exactly takes a range
 * per letter (upper and lower alternate); names written in them begin with a plain capital
 * (Nguyễn, Phạm), which is what the patterns look at.
 */
const LOWER_ONLY = [[0x0180, 0x0217], [0x021c, 0x024f], [0x1e00, 0x1eff]];

/** The code points of `blocks` that have Unicode property `name`, as the inside of a [class]. */
function ranges(name, blocks) {
  const has = new RegExp(`^\\p{${name}}$`, 'u');
  const points = blocks.flatMap(([lo, hi]) => Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)).filter((c) => has.test(String.fromCodePoint(c)));
  const spans = [];
  for (const c of points) {
    const last = spans.at(-1);
    if (last && last[1] === c - 1) last[1] = c;
    else spans.push([c, c]);
  }
  const hex = (c) => (/[0-9A-Za-z]/.test(String.fromCodePoint(c)) ? String.fromCodePoint(c) : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`);
  return spans.map(([a, b]) => (a === b ? hex(a) : b === a + 1 ? hex(a) + hex(b) : `${hex(a)}-${hex(b)}`)).join('');
}

export const LETTER_CLASSES = {
  Lu: ranges('Lu', EXACT),
  Ll: ranges('Ll', EXACT) + ranges('L', LOWER_ONLY),
  L: ranges('L', [...EXACT, ...LOWER_ONLY]),
  N: ranges('N', EXACT),
};

/**
 * One regex source, or a piece of one (a string or template the program joins into a regex),
 * with its classes rewritten. `bs` is how a backslash of the regex is written in the source
 * text: `\` in a regex literal or String.raw, `\\` in a string or a plain template. `state`
 * carries "inside [...]" across the pieces of one template.
 */
function rewrite(text, bs, state = { inClass: false }) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    if (text.startsWith(bs, i)) {
      const m = /^p\{(Lu|Ll|L|N)\}/.exec(text.slice(i + bs.length, i + bs.length + 5));
      if (m) {
        const ranges = LETTER_CLASSES[m[1]].replaceAll('\\', bs);
        out += state.inClass ? ranges : `[${ranges}]`;
        i += bs.length + m[0].length;
      } else {
        // An escaped character of the regex, which may itself be a backslash or a string's escape.
        const after = i + bs.length;
        const unit = text.startsWith(bs, after) ? bs.length : bs.length === 2 && text[after] === '\\' ? 2 : 1;
        out += text.slice(i, after + unit);
        i = after + unit;
      }
    } else if (bs.length === 2 && text[i] === '\\') {
      out += text.slice(i, i + 2); // a string's own escape (\n, \', \u2019): not the regex's
      i += 2;
    } else {
      if (text[i] === '[') state.inClass = true;
      else if (text[i] === ']') state.inClass = false;
      out += text[i++];
    }
  }
  return out;
}

/** A module's code with the letter classes of its regular expressions rewritten. */
export function latinLetterClasses(code) {
  if (!code.includes('p{')) return code;
  const edits = [];
  const recent = [];
  // Open templates ({ bs, state }) and braces ('{' and '${'), innermost last.
  const stack = [];
  for (const tok of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true })) {
    const raw = code.slice(tok.start, tok.end);
    let next = raw;
    if (tok.type === tt.regexp) {
      if (/[uv]/.test(tok.value.flags)) next = `/${rewrite(tok.value.pattern, '\\')}/${tok.value.flags}`;
    } else if (tok.type === tt.string) {
      next = raw[0] + rewrite(raw.slice(1, -1), '\\\\') + raw.at(-1);
    } else if (tok.type === tt.backQuote) {
      if (typeof stack.at(-1) === 'object') stack.pop();
      else stack.push({ bs: recent.join('') === 'String.raw' ? '\\' : '\\\\', state: { inClass: false } });
    } else if (tok.type === tt.template || tok.type === tt.invalidTemplate) {
      const t = stack.at(-1);
      next = rewrite(raw, t.bs, t.state);
    } else if (tok.type === tt.dollarBraceL || tok.type === tt.braceL) {
      stack.push('{');
    } else if (tok.type === tt.braceR) {
      stack.pop();
    }
    if (next !== raw) edits.push([tok.start, tok.end, next]);
    recent.push(raw);
    if (recent.length > 3) recent.shift();
  }
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

function rewriteFolder(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) rewriteFolder(path);
    else if (entry.name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      const next = latinLetterClasses(code);
      if (next !== code) writeFileSync(path, next);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) rewriteFolder(process.argv[2] ?? 'dist');
