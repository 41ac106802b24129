import { buildDocument } from '../pipeline.js';
import type { GenerateOptions } from '../generate/index.js';
import { renderFormat, type Format } from '../render/index.js';
import { createTemplateEnv, type TemplateEnv } from '../render/template-env.js';
import type { OutputFile, QuizDocument } from '../types.js';
import { safeFileName } from '../util/file-name.js';
import { reportInfo, reportProblem } from './report.js';
import { studyInputs } from './study-inputs.js';
import { writeOutputs } from './write-outputs.js';

export interface GenerateRun {
  inputs: string[];
  out: string;
  formats: Format[];
  generate: GenerateOptions;
  name?: string;
  templateDir?: string;
  quiet: boolean;
}

/** The `generate` job. Returns the process exit code: 0 all good, 1 some input or output failed. */
export async function runGenerate(run: GenerateRun): Promise<number> {
  const { results, failed } = await studyInputs(run.inputs);
  if (results.length === 0) {
    reportProblem(run.inputs.join(' '), 'no usable articles; nothing written');
    return 1;
  }
  const doc = buildDocument(results, run.generate);
  const name = run.name ? safeFileName(run.name) : defaultName(doc);
  let env: TemplateEnv | undefined;
  const lazyEnv = () => (env ??= createTemplateEnv(run.templateDir));

  // Render everything first, write after: a template error must not leave half the outputs.
  const files: OutputFile[] = [];
  try {
    for (const format of run.formats) files.push(...(await renderFormat(format, doc, { name }, lazyEnv)));
  } catch (err) {
    reportProblem(run.templateDir ?? 'render', (err as Error).message);
    return 1;
  }
  const written = writeOutputs(files, run.out);
  if (!run.quiet && run.out !== '-') {
    reportInfo(
      `quizwire: ${results.length} article(s) read, ${failed.length} skipped, ${doc.items.length} items; wrote ${written.join(', ')}`,
    );
  }
  return failed.length > 0 ? 1 : 0;
}

/** One article: its title; several: "quiz". */
function defaultName(doc: QuizDocument): string {
  return doc.articles.length === 1 ? safeFileName(doc.articles[0].title) : 'quiz';
}
