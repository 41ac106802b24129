import type { ArgumentsCamelCase, Argv } from 'yargs';
import { basename } from 'node:path';
import { reportProblem, reportWarning } from '../report.js';

export const command = 'extract <input>';
export const describe = 'Print the analysed article (sentences, entities, dates), its topics and its facts as JSON: the debugging view';

interface ExtractArgs {
  input: string;
  facts: boolean;
}

export function builder(y: Argv): Argv<ExtractArgs> {
  return y
    .positional('input', { describe: 'one article file, or - for stdin', type: 'string', demandOption: true })
    .option('facts', { describe: 'include the extracted facts', type: 'boolean', default: true })
    .example('$0 extract seeds/russia-japan-2plus2.txt', 'sentences, entities with classes, resolved dates, facts')
    .example('$0 extract page.html --no-facts', 'only the analysis') as unknown as Argv<ExtractArgs>;
}

export async function handler(argv: ArgumentsCamelCase<ExtractArgs>): Promise<void> {
  // Loaded here, not at the top: `--help` and `--version` should not load the NLP models.
  const [{ analyzeArticle }, { classifyTopics }, { extractFacts }, { ingest, IngestError }, { readInput }] = await Promise.all([
    import('../../analyze/index.js'),
    import('../../analyze/topics.js'),
    import('../../extract/index.js'),
    import('../../ingest/index.js'),
    import('../../io/read-input.js'),
  ]);
  const read = await readInput(argv.input);
  if (!read.ok) {
    reportProblem(read.source, read.error);
    process.exitCode = 1;
    return;
  }
  for (const w of read.warnings) reportWarning(read.source, w);
  try {
    const analyzed = analyzeArticle(ingest(read.text, { source: read.source, kind: read.kind, fileName: basename(read.source) }));
    const withTopics = { ...analyzed, topics: classifyTopics(analyzed) };
    const out = argv.facts ? { ...withTopics, facts: extractFacts(analyzed) } : withTopics;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } catch (err) {
    reportProblem(read.source, err instanceof IngestError ? err.message : `internal error: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
