import { describe, expect, it } from 'vitest';
import { deeperThan } from '../../src/ingest/html-draft.js';
import { stripTags } from '../../src/ingest/html-fallback.js';
import { parseHTML } from 'linkedom';
import { splitTitleSuffix } from '../../src/ingest/html-metadata.js';
import { ingest } from '../../src/ingest/index.js';
import { corpusText } from './corpus.js';

const html = (page: string, fileName = 'page.html') => ingest(page, { source: fileName, kind: 'html', fileName });
const text = (body: string, fileName: string) => ingest(body, { source: fileName, kind: 'text', fileName });
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const PAGES: [string, string][] = [
  ['wikinews-clock.html', 'wikinews-clock.txt'],
  ['wikinews-flag.html', 'wikinews-flag.txt'],
  ['wikinews-stampede.html', 'wikinews-stampede.txt'],
  ['wikinews-worship-bare.html', 'wikinews-worship.txt'],
];

describe('ingest HTML: noisy pages give the same article as their plain-text twins', () => {
  it.each(PAGES)('%s ≡ %s', (page, twin) => {
    const fromHtml = html(corpusText('html', page), page);
    const fromText = text(corpusText('wikinews', twin), twin);
    expect(fromHtml.title).toBe(fromText.title);
    expect(fromHtml.date).toBe(fromText.date);
    expect(fromHtml.id).toBe(fromText.id);
    expect(fromHtml.paragraphs.map(squash)).toEqual(fromText.paragraphs.map(squash));
    expect(fromHtml.site).toBe('The Daily Ledger');
    for (const p of fromHtml.paragraphs) {
      expect(p).not.toMatch(/sign in|member|comments?\b|cookies|related|Markets rally|Great article|Topics:|Staff Reporter|©/i);
    }
  });
});

const article = (inner: string, head = '') => `<!doctype html><html><head>${head}</head><body>${inner}</body></html>`;
const BODY = [
  'The council approved the new budget on Tuesday after a long and heated debate in the chamber.',
  'The mayor said the plan would fund three new schools and a hospital wing by 2026.',
  'Opposition members said they would challenge several of the spending lines in court.',
];
const paras = BODY.map((p) => `<p>${p}</p>`).join('\n');

describe('ingest HTML: metadata', () => {
  it('reads JSON-LD headline, date and publisher', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council passes budget', datePublished: '2021-05-03T08:00:00Z', publisher: { '@type': 'Organization', name: 'City Times' } });
    const a = html(article(`<article>${paras}</article>`, `<title>x</title><script type="application/ld+json">${ld}</script>`));
    expect(a).toMatchObject({ title: 'Council passes budget', date: '2021-05-03', site: 'City Times' });
  });

  it('falls back to <h1>, <time datetime> and the <title> suffix', () => {
    const a = html(article(`<article><h1>Council passes budget</h1><time datetime="2021-05-03">May 3</time>${paras}</article>`, '<title>Council passes budget | City Times</title>'));
    expect(a).toMatchObject({ title: 'Council passes budget', date: '2021-05-03', site: 'City Times' });
    expect(a.paragraphs).toEqual(BODY);
  });

  it('reads <meta name="date"> and a dateline element with a place', () => {
    const a = html(article(`<article><h1>Council passes budget</h1>${paras}</article>`, '<meta name="date" content="2021-05-03">'));
    expect(a.date).toBe('2021-05-03');
    const b = html(article(`<article><h1>Council passes budget</h1><div class="story-dateline">PUNE, May 3, 2021</div>${paras}</article>`));
    expect(b).toMatchObject({ date: '2021-05-03', place: 'Pune' });
  });

  it('splits a site suffix off a page title only when it is short', () => {
    expect(splitTitleSuffix('Council passes budget - The City Times')).toEqual({ headline: 'Council passes budget', suffix: 'The City Times' });
    expect(splitTitleSuffix('Council passes budget')).toEqual({ headline: 'Council passes budget', suffix: null });
  });
});

describe('ingest HTML: page furniture', () => {
  it('removes a member box that has no telling class, by its call-to-action text', () => {
    const box = '<div><h3>Subscribe to unlock unlimited stories!</h3><ul><li>Read on any device</li><li>No adverts</li></ul><a href="/s">Subscribe now</a></div>';
    const a = html(article(`<article><h1>Council passes budget</h1><p>${BODY[0]}</p>${box}<p>${BODY[1]}</p><p>${BODY[2]}</p></article>`));
    expect(a.paragraphs).toEqual(BODY);
  });

  it('removes share bars, newsletter forms, related links and comments by class or tag', () => {
    const page = article(
      `<nav>Home World</nav><article><h1>Council passes budget</h1><div class="social-share">Share on Facebook. Share on X.</div>${paras}` +
        `<form class="newsletter-signup"><p>Get the morning briefing in your inbox every day of the week.</p></form></article>` +
        `<aside><h2>Related</h2><p>Markets rally as inflation cools for a third straight month.</p></aside>` +
        `<section id="comments"><p>Great article, I learned a lot about the budget from it today.</p></section><footer>© 2024 City Times</footer>`,
    );
    expect(html(page).paragraphs).toEqual(BODY);
  });

  it('splits paragraphs separated by <br><br> inside one block', () => {
    const a = html(article(`<article><h1>Council passes budget</h1><div>${BODY.join('<br><br>')}</div></article>`));
    expect(a.paragraphs).toEqual(BODY);
  });
});

describe('ingest HTML: broken input does not crash', () => {
  it('handles unclosed tags and a truncated page', () => {
    const truncated = `<html><head><title>Council passes budget</title></head><body><article><h1>Council passes budget</h1><p>${BODY[0]}<p>${BODY[1]}<div><p>${BODY[2].slice(0, 60)}`;
    const a = html(truncated);
    expect(a.title).toBe('Council passes budget');
    expect(a.paragraphs.slice(0, 2)).toEqual(BODY.slice(0, 2));
  });

  it('handles a bare fragment without <html> or <body>', () => {
    const a = html(`<h1>Council passes budget</h1>${paras}`, 'fragment.html');
    expect(a.title).toBe('Council passes budget');
    expect(a.paragraphs).toEqual(BODY);
  });

  it('strips tags as a last resort, decoding entities and keeping block breaks', () => {
    const out = stripTags('<script>var a = "<p>";</script><p>Tom &amp; Jerry&#x27;s &ldquo;show&rdquo;</p><div>Second<br>line</div><p>Unclosed <b>bold');
    expect(out.split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean)).toEqual(['Tom & Jerry\'s “show”', 'Second\nline', 'Unclosed bold']);
  });
});

describe('ingest HTML: pathological nesting', () => {
  const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>${BODY[0]}</p></body></html>`;

  it('deeperThan measures element depth', () => {
    const { document } = parseHTML(nested(10)) as unknown as { document: Document };
    expect(deeperThan(document.body, 9)).toBe(true);
    expect(deeperThan(document.body, 11)).toBe(false);
  });

  it('still finds the story in a very deeply nested page (Readability is skipped there)', () => {
    expect(html(nested(3000)).paragraphs).toEqual([BODY[0]]);
  });
});
