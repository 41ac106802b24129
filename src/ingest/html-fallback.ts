/**
 * Last resort for HTML the DOM route cannot handle: strip tags with regexes into the plain
 * text layout (blank line per block), decoding the common entities.
 */
import { oneLine } from '../util/one-line.js';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©', reg: '®', deg: '°', middot: '·', bull: '•',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Title from `<h1>` or `<title>` by regex, for the fallback path. */
export function regexTitle(html: string): string | null {
  const m = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html) ?? /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  if (!m) return null;
  const text = oneLine(decodeEntities(m[1].replace(/<[^>]*>/g, '')));
  return text === '' ? null : text;
}

export function stripTags(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|noscript|template|svg|nav|header|footer|aside|form|figure|head|title|h[1-6])\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|section|article|main|blockquote|ul|ol|table|tr|dl|dt|dd|hr|body|html)\b[^>]*>/gi, '\n\n')
    .replace(/<li\b[^>]*>/gi, '\n\n• ')
    .replace(/<[^>]*>?/g, '');
  return decodeEntities(body).replace(/[ \t]+\n/g, '\n');
}
