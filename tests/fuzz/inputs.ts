/**
 * Seeded generators of hostile inputs for the fuzz tests: random text, mutated corpus
 * articles, huge lines, deep HTML, punctuation, right-to-left, CJK and mixed scripts, and
 * articles carrying markup and CSV/formula payloads inside otherwise normal sentences.
 */
import { seededRandom } from '../../src/util/random.js';

export type Kind = 'text' | 'markdown' | 'html';
export interface FuzzInput {
  label: string;
  text: string;
  kind: Kind;
}

export const PAYLOADS = ['<script>alert(1)</script>', '"quoted, with comma"', '=cmd|\' /C calc\'!A0', 'line\nbreak', '@SUM(1+1)', '<img src=x onerror=alert(2)>'];

const SCRIPTS = [
  [0x20, 0x7e], // ASCII
  [0x5d0, 0x5ea], // Hebrew
  [0x627, 0x64a], // Arabic
  [0x4e00, 0x4fff], // CJK
  [0x3040, 0x309f], // Hiragana
  [0x400, 0x44f], // Cyrillic
  [0x900, 0x97f], // Devanagari
  [0x1f600, 0x1f64f], // emoji
  [0x200b, 0x200f], // zero-width and direction marks
];

export function makeRandom(seed: number) {
  const rnd = seededRandom(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chars = (n: number, ranges = SCRIPTS) => {
    let s = '';
    for (let i = 0; i < n; i++) {
      const [lo, hi] = pick(ranges);
      s += String.fromCodePoint(lo + int(hi - lo + 1));
    }
    return s;
  };
  return { rnd, int, pick, chars };
}

/** Cheap cases, `count` of them: random strings of every script, lengths 0..400. */
export function* randomTexts(seed: number, count: number): Generator<FuzzInput> {
  const r = makeRandom(seed);
  const kinds: Kind[] = ['text', 'markdown', 'html'];
  for (let i = 0; i < count; i++) {
    const words = Array.from({ length: r.int(60) }, () => r.chars(1 + r.int(9), [r.pick(SCRIPTS), r.pick(SCRIPTS)]));
    const text = words.join(r.pick([' ', '\n', '. ', '\n\n', ', ']));
    yield { label: `random#${i}`, text, kind: r.pick(kinds) };
  }
}

/** Corpus articles cut, shuffled, with characters dropped or payloads inserted. */
export function* mutatedArticles(seed: number, sources: string[], count: number): Generator<FuzzInput> {
  const r = makeRandom(seed);
  for (let i = 0; i < count; i++) {
    let text = r.pick(sources);
    switch (i % 6) {
      case 0:
        text = text.slice(0, r.int(text.length));
        break;
      case 1:
        text = text.split('\n').sort(() => r.rnd() - 0.5).join('\n');
        break;
      case 2:
        for (let k = 0; k < 50; k++) {
          const at = r.int(text.length);
          text = text.slice(0, at) + text.slice(at + 1 + r.int(5));
        }
        break;
      case 3:
        text = text.replace(/\. /g, () => `. ${r.pick(PAYLOADS)} `);
        break;
      case 4:
        text = text.replace(/[A-Z][a-z]+/g, (w) => (r.rnd() < 0.2 ? r.chars(w.length) : w));
        break;
      case 5:
        text = `<html><body><article><h1>${text.split('\n')[0]}</h1>${text
          .split('\n')
          .slice(1)
          .map((p) => `<p>${p}`)
          .join('')}`.slice(0, r.int(text.length + 100));
        yield { label: `mutated-html#${i}`, text, kind: 'html' };
        continue;
    }
    yield { label: `mutated#${i}`, text, kind: 'text' };
  }
}

/** The extremes: each once. */
export function extremes(): FuzzInput[] {
  const nested = (n: number) => '<div>'.repeat(n) + 'Deep text. The minister spoke in Delhi on Monday.' + '</div>'.repeat(n);
  return [
    { label: 'empty', text: '', kind: 'text' },
    { label: 'whitespace', text: ' \n\t\n \u00a0\u2028 ', kind: 'text' },
    { label: 'punctuation', text: '!!! ??? ... ,,, ;;; --- ((( ))) """ \'\'\' '.repeat(200), kind: 'text' },
    { label: 'huge line', text: `A title\n\n${'The council of the city met again and again, '.repeat(20000)}.`, kind: 'text' },
    { label: 'huge word', text: `A title\n\n${'x'.repeat(500000)}`, kind: 'text' },
    { label: 'many short lines', text: Array.from({ length: 20000 }, (_, i) => `Line ${i}.`).join('\n'), kind: 'text' },
    { label: 'deep html', text: `<html><body>${nested(5000)}</body></html>`, kind: 'html' },
    { label: 'unclosed html', text: '<html><body><p>The minister said <b>India <i>will <table><tr><td>host'.repeat(500), kind: 'html' },
    { label: 'rtl', text: 'عنوان الخبر\n\nقال الوزير إن الاجتماع سيعقد في القاهرة يوم الاثنين. وأضاف أن الوفود ستصل غدا.', kind: 'text' },
    { label: 'hebrew', text: 'כותרת\n\nהשר אמר כי הפגישה תתקיים בירושלים ביום שני.', kind: 'text' },
    { label: 'cjk', text: '首相が東京で会談\n\n日本の首相は月曜日に東京でロシアの外相と会談した。両国は防衛協力を拡大することで合意した。', kind: 'text' },
    { label: 'mixed', text: 'Summit in 東京 — القاهرة\n\nThe Prime Minister of Japan, 安倍晋三, met Sergei Lavrov in Moscow on Saturday, said the ministry. ‏The talks‎ ended.', kind: 'text' },
    { label: 'nul and controls', text: 'Title\n\nThe \u0000minister\u0007 met\u001b[31m in Delhi on Monday.', kind: 'text' },
    { label: 'lone surrogates', text: 'Title\n\nThe minister \ud800 met \udfff in Delhi on Monday.', kind: 'text' },
    { label: 'markdown front matter only', text: '---\ntitle: x\ndate: 2099-99-99\n---\n', kind: 'markdown' },
  ];
}

/** Whole articles whose key sentences carry HTML and CSV payloads around real facts. */
export function payloadArticles(): FuzzInput[] {
  return PAYLOADS.map((p, i) => ({
    label: `payload#${i}`,
    kind: 'text' as const,
    text: [
      `Minister ${p} visits Delhi`,
      'Monday, March 4, 2019',
      '',
      `NEW DELHI: Japan's Foreign Minister Taro Kono met his Indian counterpart in New Delhi on Monday, said "${p}", the ministry spokesman.`,
      '',
      `Japan became the third country after the United States and Australia to sign the ${p} agreement with India. The deal is worth ${p} 400 million dollars.`,
      '',
      `"${p}," Kono said at the press conference, adding that ${p} talks would resume in Tokyo in 2020.`,
    ].join('\n'),
  }));
}
