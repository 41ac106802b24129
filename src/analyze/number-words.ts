/**
 * Values of numbers as news writes them: "four", "twenty-five", "1,200", "2.5 million",
 * "a hundred", and of ordinals: "third" → 3, "21st" → 21; and a small count as its word.
 */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, a: 1, an: 1, single: 1, dozen: 12, dozens: 12, half: 0.5,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  m: 1e6, mn: 1e6, bn: 1e9, k: 1e3,
};
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
};

const COUNT_WORDS = Object.keys(UNITS).slice(0, 20);
/** A count from one to nineteen as a word ("six"), as a question says how many it asks. */
export function countWord(n: number): string | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 19 ? COUNT_WORDS[n] : undefined;
}

/** The value of a number phrase, or null when it holds no number. Ignores units and symbols around it. */
export function numberValue(text: string): number | null {
  const words = text.toLowerCase().replace(/(\d),(?=\d{3}\b)/g, '$1').match(/\d+(?:\.\d+)?|[a-z]+/g);
  if (!words) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (/^\d/.test(w)) {
      // (An "a" before a figure is no "a hundred": "A$3 billion" is 3 billion Australian dollars.)
      current = (seen ? current : 0) + Number(w);
      seen = true;
    } else if (w in UNITS && !(w === 'a' || w === 'an') ) {
      current += UNITS[w];
      seen = true;
    } else if ((w === 'a' || w === 'an') && !seen) {
      current = 1; // "a hundred": only counts if a scale follows
    } else if (w in TENS) {
      current += TENS[w];
      seen = true;
    } else if (w in SCALES && (seen || current === 1)) {
      const scale = SCALES[w];
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    }
  }
  return seen ? total + current : null;
}

/** The value of an ordinal ("third", "twenty-first", "21st"), or null. */
export function ordinalValue(text: string): number | null {
  const t = text.toLowerCase().trim();
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(t);
  if (digits) return Number(digits[1]);
  if (t in ORDINALS) return ORDINALS[t];
  // "twenty-first": tens word + unit ordinal.
  const m = /^([a-z]+)[\s-]([a-z]+)$/.exec(t);
  if (m && m[1] in TENS && m[2] in ORDINALS) return TENS[m[1]] + ORDINALS[m[2]];
  return null;
}
