/** Which reader handles an input: by file extension, or by sniffing the text (stdin). */

export type InputKind = 'text' | 'markdown' | 'html';

const EXTENSION_KINDS: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** Extensions that count as articles when a folder is expanded. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

function extensionOf(fileName: string): string {
  const m = /\.[^./\\]+$/.exec(fileName);
  return m ? m[0].toLowerCase() : '';
}

/** Kind from the file name's extension, or null when the extension says nothing. */
export function kindFromFileName(fileName: string): InputKind | null {
  return EXTENSION_KINDS[extensionOf(fileName)] ?? null;
}

export function isArticleFileName(fileName: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

/** Guess the kind of an untyped text (stdin) from its first few kilobytes. */
export function sniffKind(text: string): InputKind {
  const head = text.slice(0, 4096);
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>])/i.test(head)) return 'html';
  const tags = head.match(/<\/?(?:p|div|span|a|br|h[1-6]|article|section|ul|li|em|strong)\b[^>]*>/gi)?.length ?? 0;
  if (tags >= 4) return 'html';
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n/.test(head) && /^\w+:/m.test(head)) return 'markdown';
  let signals = 0;
  if (/^#{1,6}\s+\S/m.test(head)) signals += 2;
  if (/\[[^\]\n]+\]\([^)\s]+\)/.test(head)) signals++;
  if (/(\*\*|__)\S[^\n]*?\S\1/.test(head)) signals++;
  if (/^```/m.test(head)) signals++;
  if (/^>\s/m.test(head)) signals++;
  return signals >= 2 ? 'markdown' : 'text';
}
