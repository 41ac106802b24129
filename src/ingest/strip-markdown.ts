/**
 * Markdown → plain text laid out the way the text reader expects: blank lines between units,
 * list items as "• " lines. Headings become unit breaks (they are not paragraphs); the first
 * `#` heading before any text is returned as the title. Code blocks, images, tables and link
 * reference definitions are dropped; links keep their text; blockquotes keep their text.
 */

export interface StrippedMarkdown {
  title: string | null;
  text: string;
}

const FENCE_RE = /^\s{0,3}(```|~~~)/;
const ATX_HEADING_RE = /^\s{0,3}#{1,6}(?:\s+(.*?))?\s*#*\s*$/;
const SETEXT_RE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE_RE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REF_DEF_RE = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_RE = /^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;
const BLOCKQUOTE_RE = /^\s{0,3}(?:>\s?)+/;
const UNORDERED_RE = /^(\s*)[-*+]\s+/;
const ORDERED_RE = /^(\s*)\d{1,9}[.)]\s+/;

/** Inline syntax → its text. Emphasis markers only at word edges, so snake_case survives. */
export function stripInline(text: string): string {
  // Escaped characters are parked in the private-use area so emphasis rules cannot see them.
  const escaped: string[] = [];
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, (_m, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`)
    .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\uE000(\d+)\uE001/g, (_m, i: string) => escaped[Number(i)]);
}

export function stripMarkdown(markdown: string): StrippedMarkdown {
  const lines = markdown.replace(/<!--[\s\S]*?-->/g, '').replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let title: string | null = null;
  let seenText = false;
  let fence: string | null = null;

  const heading = (text: string, level: number) => {
    if (title === null && !seenText && level === 1 && text.trim() !== '') title = stripInline(text).trim();
    out.push('');
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE_RE.exec(line);
    if (fence !== null) {
      if (fenceMatch && fenceMatch[1] === fence) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      out.push('');
      continue;
    }
    const atx = ATX_HEADING_RE.exec(line);
    if (atx && /^\s{0,3}#+(\s|$)/.test(line)) {
      heading(atx[1] ?? '', /#+/.exec(line)![0].length);
      continue;
    }
    const next = lines[i + 1];
    if (line.trim() !== '' && next !== undefined && SETEXT_RE.test(next) && !RULE_RE.test(line) && !isListLine(line)
      && (i === 0 || lines[i - 1].trim() === '')) {
      heading(line, /=/.test(next) ? 1 : 2);
      i++;
      continue;
    }
    if (RULE_RE.test(line) || REF_DEF_RE.test(line) || TABLE_RE.test(line)) {
      out.push('');
      continue;
    }
    let text = line.replace(BLOCKQUOTE_RE, '');
    text = text.replace(UNORDERED_RE, '$1• ');
    const plain = stripInline(text);
    if (plain.trim() !== '') seenText = true;
    out.push(plain);
  }
  return { title, text: out.join('\n') };
}

function isListLine(line: string): boolean {
  return UNORDERED_RE.test(line) || ORDERED_RE.test(line);
}
