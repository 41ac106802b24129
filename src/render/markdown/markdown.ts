import type { OutputFile, QuizDocument } from '../../types.js';
import type { TemplateEnv } from '../template/env.js';
import { oneLine } from '../../util/one-line.js';
import { lazyMap } from '../shared/lazy-map.js';
import { buildWorksheetModel, type WorksheetModel } from '../shared/quiz-model.js';
import { defaultQuizTitle } from '../shared/quiz-title.js';

export const MARKDOWN_TEMPLATE = 'quiz.md.hbs';

/** A blank as Markdown shows it: visible underscores, escaped so they are not emphasis. */
const MD_BLANK = '\\_'.repeat(8);

/**
 * Text → inline Markdown that renders as the same text: Markdown punctuation is
 * backslash-escaped, `<` and `&` become entities so no HTML gets through, and line breaks
 * become spaces (every value sits inside one paragraph or list item). A value that starts a
 * line in the template must not open a heading, quote or list, so a leading marker
 * (`#`, `>`, `-`, `+`, `=`, `1.`) is escaped too.
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(oneLine(text));
}

/** What escapeInline would change; most values have none of it and are returned as they are. */
const NEEDS_ESCAPE = /[&<\\`*_[\]|~]|^[#>+=-]|^\d+[.)]/;

function escapeInline(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^([#>+=-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A prompt with its `_____` blanks kept visible. */
function promptMarkdown(text: string): string {
  return oneLine(text).split(/_{3,}/).map(escapeInline).join(MD_BLANK);
}

/** The worksheet model with every text field made safe Markdown (used with `{{{ }}}`). */
function markdownView(model: WorksheetModel, keyDetail: boolean) {
  return {
    title: escapeMarkdown(model.title),
    dateRange: model.dateRange ? escapeMarkdown(model.dateRange) : null,
    questionCount: model.questionCount,
    keyDetail,
    groups: model.groups.map((g) => ({
      first: g.first,
      last: g.last,
      instruction: escapeMarkdown(g.instruction),
      // Made as the template reads them: a year's questions are not copied a second time.
      questions: lazyMap(g.questions, (q) => ({
        number: q.number,
        lead: q.lead ? escapeMarkdown(q.lead) : null,
        statements: q.statements.map((s) => ({ number: s.number, text: escapeMarkdown(s.text) })),
        text: promptMarkdown(q.text),
        options: q.options.map((o) => ({ label: o.label, text: escapeMarkdown(o.text) })),
        trueFalse: q.trueFalse,
      })),
    })),
    key: lazyMap(model.key, (k) => ({
      number: k.number,
      optionLabel: k.optionLabel,
      answer: escapeMarkdown(k.answer),
      explanation: escapeMarkdown(k.explanation),
      source: escapeMarkdown(k.source),
    })),
    sources: model.sources.map((s) => ({
      title: escapeMarkdown(s.title),
      site: s.site ? escapeMarkdown(s.site) : null,
      date: s.date,
    })),
  };
}

/** The quiz as one Markdown file: title, questions grouped and numbered, then the answers. */
export function renderMarkdown(
  doc: QuizDocument,
  opts: { title?: string; name: string; /** Make the text as it is written. */ stream?: boolean; /** Source sentence and article after each answer (default on). */ keyDetail?: boolean },
  env: TemplateEnv,
): OutputFile[] {
  const title = opts.title?.trim() || defaultQuizTitle(doc.articles);
  const model = buildWorksheetModel(doc.items, doc.articles, { title, setLabel: null });
  const context = { ...markdownView(model, opts.keyDetail ?? true), showDate: Boolean(opts.title?.trim()) };
  const name = `${opts.name}.md`;
  if (opts.stream) {
    const text = env.renderStream(MARKDOWN_TEMPLATE, context);
    return [{ name, content: { chunks: () => tidyBlankLines(text.chunks()) } }];
  }
  return [{ name, content: [...tidyBlankLines([env.render(MARKDOWN_TEMPLATE, context)])].join('') }];
}

/**
 * Templates leave runs of blank lines around skipped blocks; one blank line is enough, and
 * none at the top. Piece by piece: newlines at the end of a piece wait for the next one, so a
 * run split between pieces is still one run.
 */
export function* tidyBlankLines(pieces: Iterable<string>): Generator<string> {
  let held = '';
  let started = false;
  for (const piece of pieces) {
    let text = held + piece;
    // The newlines at the end, counted back from it (a regex would try every position of a 1 MB piece).
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
    held = text.slice(end);
    text = text.slice(0, end);
    if (!started) {
      text = text.trimStart();
      if (!text) {
        held = '';
        continue;
      }
      started = true;
    }
    yield text.replace(/\n{3,}/g, '\n\n');
  }
  if (started && held) yield held.length >= 3 ? '\n\n' : held;
}
