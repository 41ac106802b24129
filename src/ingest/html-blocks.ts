/**
 * Readability's textContent loses paragraph boundaries, so walk its content DOM instead:
 * block elements end a unit, inline text joins, `<br><br>` splits, list items are marked as
 * bullets, and headings, figures, tables and code are not paragraphs at all.
 */
import type { Unit } from './split-units.js';
import { normalizeSpace } from './text-shape.js';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'figure', 'figcaption', 'table', 'pre', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'button', 'nav', 'aside', 'form', 'iframe', 'img', 'video', 'audio', 'picture', 'canvas',
  'select', 'textarea', 'object', 'embed', 'math',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'header',
  'footer', 'address', 'details', 'summary', 'center', 'hr', 'body', 'html',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function htmlBlocks(root: Node): Unit[] {
  const units: Unit[] = [];
  let buffer = '';
  let bullet = false;
  const flush = () => {
    for (const part of buffer.split(/\n\s*\n/)) {
      const text = normalizeSpace(part);
      if (text !== '') units.push({ text, bullet });
    }
    buffer = '';
    bullet = false;
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      buffer += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === 'br') {
      buffer += '\n';
      return;
    }
    if (SKIP.has(tag)) {
      flush();
      return;
    }
    const isBlock = BLOCK.has(tag);
    if (isBlock) flush();
    if (tag === 'li') bullet = true;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return units;
}
