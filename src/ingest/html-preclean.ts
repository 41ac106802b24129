/**
 * Remove page furniture from the DOM before Readability scores it. Readability keeps boxes
 * that sit inside the article ("Sign in to unlock member-only benefits!"), so they go first:
 * by tag, by class/id/aria-label/role, and by text that is a call to action.
 */
import { boilerplateReason } from './boilerplate.js';
import { normalizeSpace } from './text-shape.js';

const FURNITURE_TAGS =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, input, select, textarea, dialog, figure, figcaption, object, embed';

/** Class/id words of furniture containers (matched as whole words inside e.g. "member-box"). */
const FURNITURE_NAME_RE =
  /(?:^|[\s_-])(?:members?|member-only|paywall|premium|sign-?in|sign-?up|log-?in|register|subscribe|subscription|newsletters?|share|sharing|social|related|recommended|comments?|cookies?|consent|gdpr|promo|promotion|promoted|advert|advertisement|ads?|sponsored|breadcrumbs?|tags|byline|author|popup|modal|banner|outbrain|taboola|trending|most-read)(?:$|[\s_-])/i;
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo', 'dialog', 'alertdialog', 'search']);
const NEVER_REMOVE = new Set(['html', 'body', 'main', 'article']);
/** Small elements whose short text may be a call to action (not div/section: their text is
 *  costly to read, and a bare "Sign in" div is still caught by the paragraph filter). */
const TEXT_CANDIDATES = 'h1, h2, h3, h4, h5, h6, p, li, a, span, strong, b';
const MAX_CTA_TEXT = 120;
/** A heading with a call to action takes its small container (the "member box") with it. */
const MAX_BOX_TEXT = 600;

function isFurnitureByName(el: Element): boolean {
  const names = [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('aria-label')].filter(Boolean).join(' ');
  if (names !== '' && FURNITURE_NAME_RE.test(names)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

function remove(el: Element): void {
  el.parentNode?.removeChild(el);
}

function tagOf(el: Element): string {
  return el.tagName.toLowerCase();
}

function textLength(el: Element | null): number {
  return el?.textContent?.length ?? 0;
}

export function precleanDocument(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(FURNITURE_TAGS))) remove(el);
  // A class word can be misleading ("premium-article-body"): never drop most of the page by name.
  const pageText = textLength(doc.body);
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [aria-label], [role], [hidden], [aria-hidden], [style]'))) {
    if (NEVER_REMOVE.has(tagOf(el)) || !isFurnitureByName(el)) continue;
    if (textLength(el) <= pageText / 2) remove(el);
  }
  for (const el of Array.from(doc.querySelectorAll(TEXT_CANDIDATES))) {
    if (NEVER_REMOVE.has(tagOf(el)) || !el.parentNode) continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (text === '' || text.length > MAX_CTA_TEXT) continue;
    const reason = boilerplateReason(text);
    if (reason !== 'call-to-action' && reason !== 'comment-rules') continue;
    const box = el.parentElement;
    if (/^h[1-6]$/.test(tagOf(el)) && box && !NEVER_REMOVE.has(tagOf(box))
      && normalizeSpace(box.textContent ?? '').length <= MAX_BOX_TEXT) remove(box);
    else remove(el);
  }
}
