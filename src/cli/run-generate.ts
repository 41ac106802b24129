import { buildDocument } from '../pipeline.js';
import type { GenerateOptions } from '../generate/index.js';
import { renderFormat, type Format, type RenderOptions } from '../render/index.js';
import { createTemplateEnv, type TemplateEnv } from '../render/template-env.js';
import type { OutputFile, QuizDocument } from '../types.js';
import { safeFileName } from '../util/file-name.js';
import { reportInfo, reportProblem, reportWarning } from './report.js';
import { studyInputs } from './study-inputs.js';
import { writeOutputs } from './write-outputs.js';

export interface GenerateRun {
  inputs: string[];
  out: string;
  formats: Format[];
  generate: GenerateOptions;
  render: Omit<RenderOptions, 'name' | 'ankiTimestamp'>;
  name?: string;
  templateDir?: string;
  quiet: boolean;
}

/** The `generate` job. Returns the process exit code: 0 all good, 1 some input or output failed. */
export async function runGenerate(run: GenerateRun): Promise<number> {
  const { results, failed, newestInput } = await studyInputs(run.inputs);
  if (results.length === 0) {
    reportProblem(run.inputs.join(' '), 'no usable articles; nothing written');
    return 1;
  }
  const doc = buildDocument(results, run.generate);
  const name = run.name ? safeFileName(run.name) : defaultName(doc);
  let env: TemplateEnv | undefined;
  const lazyEnv = () => (env ??= createTemplateEnv(run.templateDir));
  // Anki takes a note's new text only from a newer file: stamp notes with the inputs' newest
  // modification time, so an unchanged input gives the same bytes and an edited one updates.
  const options: RenderOptions = { ...run.render, name, ankiTimestamp: newestInput };

  // Render everything first, write after: a template error must not leave half the outputs.
  const files: OutputFile[] = [];
  try {
    for (const format of run.formats) {
      const { files: rendered, warnings } = await renderFormat(format, doc, options, lazyEnv);
      for (const w of warnings) reportWarning(format, w);
      files.push(...rendered);
    }
  } catch (err) {
    reportProblem(run.templateDir ?? 'render', (err as Error).message);
    return 1;
  }
  const written = writeOutputs(dedupeByName(files), run.out);
  if (!run.quiet && run.out !== '-') {
    reportInfo(
      `quizwire: ${results.length} article(s) read, ${failed.length} skipped, ${doc.items.length} items; wrote ${written.join(', ')}`,
    );
  }
  return failed.length > 0 ? 1 : 0;
}

/** "worksheet" and "pdf" (without a browser) can both yield the same HTML file: write it once. */
function dedupeByName(files: OutputFile[]): OutputFile[] {
  return [...new Map(files.map((f) => [f.name, f])).values()];
}

/** One article: its title; several: "quiz". */
function defaultName(doc: QuizDocument): string {
  return doc.articles.length === 1 ? safeFileName(doc.articles[0].title) : 'quiz';
}
