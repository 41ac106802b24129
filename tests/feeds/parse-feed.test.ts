import { describe, expect, it } from 'vitest';
import { feedDay } from '../../src/feeds/feed-day.js';
import { FeedError, parseFeedItems } from '../../src/feeds/parse-feed.js';
import { looksLikeOpml, opmlFeedUrls } from '../../src/feeds/parse-opml.js';

const BASE = 'http://news.example/feeds/main.xml';

describe('parseFeedItems', () => {
  it('RSS 2.0: link, else a permalink guid; pubDate, else dc:date; entities and CDATA', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>G</title><link>http://news.example/</link><description>d</description>
      <item><title><![CDATA[Port opens a berth]]></title><link>http://news.example/berth#top</link><pubDate>Tue, 01 Dec 2026 22:30:00 +0530</pubDate></item>
      <item><title>Rates held at 6% &amp; outlook steady</title><link>/rates</link><dc:date>2026-11-30T09:00:00Z</dc:date></item>
      <item><title>Guid only</title><guid isPermaLink="true">http://news.example/guid-only</guid></item>
      <item><title>Not a page</title><guid isPermaLink="false">tag:1</guid></item>
      <item><title>Twice</title><link>http://news.example/berth</link></item>
    </channel></rss>`;
    expect(parseFeedItems(rss, BASE)).toEqual([
      { url: 'http://news.example/berth', title: 'Port opens a berth', day: '2026-12-01' },
      { url: 'http://news.example/rates', title: 'Rates held at 6% & outlook steady', day: '2026-11-30' },
      { url: 'http://news.example/guid-only', title: 'Guid only', day: null },
    ]);
  });

  it('Atom: the alternate HTML link (relative ones resolved), published before updated', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>L</title><id>x</id><updated>2026-12-01T00:00:00Z</updated>
      <entry><title type="html">Dam &lt;b&gt;inspection&lt;/b&gt;</title><link rel="enclosure" href="/photo.jpg"/><link rel="alternate" type="text/html" href="../dam"/><id>1</id><published>2026-11-30T23:00:00-05:00</published><updated>2026-12-02T09:00:00Z</updated></entry>
      <entry><title>Only updated</title><link href="http://atom.example/u"/><id>2</id><updated>2026-11-29T23:30:00+01:00</updated></entry>
    </feed>`;
    expect(parseFeedItems(atom, BASE)).toEqual([
      { url: 'http://news.example/dam', title: 'Dam <b>inspection</b>', day: '2026-11-30' },
      { url: 'http://atom.example/u', title: 'Only updated', day: '2026-11-29' },
    ]);
  });

  it('JSON Feed: url, else external_url; date_published, else date_modified', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'M',
      items: [
        { id: '1', url: 'http://json.example/metro', title: 'Metro', date_published: '2026-12-01T06:00:00+05:30' },
        { id: '2', external_url: 'http://other.example/story', date_modified: '2026-11-28T12:00:00Z' },
        { id: '3', content_text: 'a note without a page' },
      ],
    });
    expect(parseFeedItems(json, BASE)).toEqual([
      { url: 'http://json.example/metro', title: 'Metro', day: '2026-12-01' },
      { url: 'http://other.example/story', title: null, day: '2026-11-28' },
    ]);
  });

  it('RSS 1.0 (RDF) with Dublin Core dates', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="http://r.example/"><title>R</title><link>http://r.example/</link><description>d</description></channel><item rdf:about="http://r.example/a"><title>A</title><link>http://r.example/a</link><dc:date>2026-12-01</dc:date></item></rdf:RDF>`;
    expect(parseFeedItems(rdf, BASE)).toEqual([{ url: 'http://r.example/a', title: 'A', day: '2026-12-01' }]);
  });

  it('refuses what is no feed', () => {
    expect(() => parseFeedItems('<html><body><p>Hello</p></body></html>', BASE)).toThrow(FeedError);
    expect(() => parseFeedItems('{"hello": 1}', BASE)).toThrow('not a feed (RSS, Atom or JSON Feed)');
  });
});

describe('OPML', () => {
  const list = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
    <outline text="India"><outline type="rss" text="G" xmlUrl="http://news.example/rss.xml"/><outline text="Inner"><outline type="rss" xmlUrl="atom.xml"/></outline></outline>
    <outline type="rss" text="Again" xmlUrl="http://news.example/rss.xml"/><outline type="link" text="Not a feed" url="http://x.example/"/>
  </body></opml>`;

  it('lists the feeds depth first, once each, relative ones resolved', () => {
    expect(looksLikeOpml(list)).toBe(true);
    expect(opmlFeedUrls(list, 'http://lists.example/mine.opml')).toEqual(['http://news.example/rss.xml', 'http://lists.example/atom.xml']);
  });

  it('tells a feed from a list', () => {
    expect(looksLikeOpml('<?xml version="1.0"?><rss version="2.0"><channel/></rss>')).toBe(false);
  });
});

describe('feedDay', () => {
  it('is the day in the offset the date is written with, whatever the machine zone', () => {
    expect(feedDay('Tue, 01 Dec 2026 22:30:00 +0530')).toBe('2026-12-01');
    expect(feedDay('Tue, 01 Dec 2026 01:30:00 +0530')).toBe('2026-12-01');
    expect(feedDay('2026-11-30T23:00:00-05:00')).toBe('2026-11-30');
    expect(feedDay('Mon, 30 Nov 2026 23:00:00 EST')).toBe('2026-11-30');
    expect(feedDay('Tue, 01 Dec 2026 10:00:00 GMT')).toBe('2026-12-01');
    expect(feedDay('2026-12-01')).toBe('2026-12-01');
    expect(feedDay('soon')).toBeNull();
    expect(feedDay(null)).toBeNull();
  });
});
