import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { splitFrontMatter } from '../../src/ingest/markdown-front-matter.js';
import { stripInline } from '../../src/ingest/strip-markdown.js';
import { corpusText } from './corpus.js';

const md = (text: string, fileName = 'story.md') => ingest(text, { source: fileName, kind: 'markdown', fileName });

const BODY = [
  'The council approved the new budget on Tuesday after a long debate.',
  'The mayor said the plan would fund three new schools by 2026.',
];

describe('ingest Markdown', () => {
  it('reads front matter title, date, site and place', () => {
    const a = md(`---\ntitle: "Council passes budget"\ndate: 2021-05-03\nsite: City Times\nplace: PUNE\n---\n\n${BODY.join('\n\n')}\n`);
    expect(a).toMatchObject({ title: 'Council passes budget', date: '2021-05-03', site: 'City Times', place: 'Pune', paragraphs: BODY });
  });

  it('takes the title from "# Heading" and a dateline line under it', () => {
    const a = md(`# Council passes budget\n\n*NEW DELHI, May 3, 2021*\n\n${BODY.join('\n\n')}`);
    expect(a).toMatchObject({ title: 'Council passes budget', date: '2021-05-03', place: 'New Delhi', paragraphs: BODY });
  });

  it('strips inline syntax, drops images, code and tables, keeps blockquote text', () => {
    const doc = [
      '# Council passes budget',
      '![The chamber](chamber.jpg)',
      'The **council** approved the [new budget](https://example.com/b) on _Tuesday_ after a `long` debate.',
      '## Reaction',
      '> The plan will fund three new schools by 2026, the mayor said.',
      '```js\nconsole.log("not a paragraph.");\n```',
      '| Item | Cost |\n|---|---|\n| Schools | 4m |',
      '[ref]: https://example.com/ref',
      'Spending on snake_case_names rose ~~twice~~ again, officials said.',
    ].join('\n\n');
    expect(md(doc).paragraphs).toEqual([
      'The council approved the new budget on Tuesday after a long debate.',
      'The plan will fund three new schools by 2026, the mayor said.',
      'Spending on snake_case_names rose twice again, officials said.',
    ]);
  });

  it('turns list items into paragraphs and drops furniture lists', () => {
    const doc = `# Council passes budget\n\n${BODY[0]}\n\n- The budget grows by 4 percent.\n- Three schools will be built.\n\n**Sign in** to unlock member-only benefits!\n\n* Save stories to read later\n* Access 10 free stories`;
    expect(md(doc).paragraphs).toEqual([BODY[0], 'The budget grows by 4 percent.', 'Three schools will be built.']);
  });

  it('reads a corpus article converted to Markdown like its text twin', () => {
    const source = corpusText('wikinews', 'wikinews-stampede.txt');
    const [title, date, , ...rest] = source.split('\n');
    const asMarkdown = `---\ntitle: ${title}\ndate: ${date}\n---\n\n${rest.join('\n')}`;
    const fromText = ingest(source, { source: 's.txt', kind: 'text' });
    const fromMd = md(asMarkdown);
    expect(fromMd).toMatchObject({ title: fromText.title, date: fromText.date, id: fromText.id, paragraphs: fromText.paragraphs });
  });
});

describe('Markdown helpers', () => {
  it('splitFrontMatter leaves documents without front matter alone', () => {
    expect(splitFrontMatter('# Title\n\nText.')).toEqual({ fields: {}, body: '# Title\n\nText.' });
  });

  it('stripInline keeps text of links and emphasis', () => {
    expect(stripInline('A [link](http://x) and **bold** and *it* and <https://e.org> \\*star\\*')).toBe('A link and bold and it and https://e.org *star*');
  });
});
