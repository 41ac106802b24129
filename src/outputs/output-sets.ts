import { topicLabel } from '../analyze/topic-list.js';
import { groupDocument } from '../batch/group-articles.js';
import type { GroupBy } from '../batch/periods.js';
import type { RenderOptions } from '../render/index.js';
import type { QuizDocument } from '../types.js';
import { safeFileName } from '../util/file-name.js';

/** One document to render: the whole batch (period null), or one period of it. */
export interface OutputSet {
  period: string | null;
  doc: QuizDocument;
  options: RenderOptions;
}

/** The whole batch, then one set per period or topic (file names get the period or the
 *  topic's id; decks and worksheet titles the period or the topic's label). */
export function outputSets(doc: QuizDocument, base: Omit<RenderOptions, 'name'>, name: string | undefined, groupBy: GroupBy): OutputSet[] {
  const whole: RenderOptions = { ...base, name: name ? safeFileName(name) : defaultName(doc) };
  const sets: OutputSet[] = [{ period: null, doc, options: whole }];
  for (const { period, doc: part } of groupDocument(doc, groupBy)) {
    const title = base.worksheet.title;
    // A topic's sheet says its topic even without a title of the run's own.
    const shown = groupBy === 'topic' ? (topicLabel(period) ?? UNSORTED_LABEL) : period;
    const sheetTitle = title !== undefined ? `${title} — ${shown}` : groupBy === 'topic' ? `Current affairs quiz — ${shown}` : undefined;
    sets.push({
      period,
      doc: part,
      options: {
        ...whole,
        name: `${whole.name}-${period}`,
        deck: `${base.deck}::${shown}`,
        worksheet: { ...whole.worksheet, ...(sheetTitle !== undefined && { title: sheetTitle }) },
      },
    });
  }
  return sets;
}

/** The label of the articles filed under no topic. */
const UNSORTED_LABEL = 'Unsorted';

/** One article: its title; several: "quiz". */
function defaultName(doc: QuizDocument): string {
  return doc.articles.length === 1 ? safeFileName(doc.articles[0].title) : 'quiz';
}
