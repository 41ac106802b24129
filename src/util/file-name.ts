/**
 * A safe file base name from a title or deck name: ASCII letters, digits, dot, dash and
 * underscore only, no leading dot, at most 80 characters; never empty.
 */
export function safeFileName(text: string, fallback = 'quiz'): string {
  const name = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/::/g, '--')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{3,}/g, '--')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/g, '');
  return name || fallback;
}
