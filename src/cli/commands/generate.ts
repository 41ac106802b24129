import type { ArgumentsCamelCase, Argv } from 'yargs';
import { DEFAULT_TYPES, parseTypes } from '../../generate/index.js';
import { FORMATS, type Format } from '../../render/index.js';
import { runGenerate } from '../run-generate.js';
import { DEFAULT_DECK } from '../../render/anki-options.js';

export const command = 'generate <inputs..>';
export const describe = 'Turn articles (files, folders, or - for stdin) into questions and study files';

interface GenerateArgs {
  inputs: string[];
  out: string;
  format: Format[];
  seed: number;
  types: string;
  maxPerArticle: number;
  name?: string;
  template?: string;
  quiet: boolean;
  deck: string;
  title?: string;
  paper: 'a4' | 'letter';
  columns: number;
  versions: number;
  key: 'inline' | 'separate';
}

export function builder(y: Argv): Argv<GenerateArgs> {
  return y
    .positional('inputs', { describe: 'article files (.txt .md .html), folders, or - for stdin', type: 'string', array: true, demandOption: true })
    .option('out', { alias: 'o', describe: 'output folder, or - for stdout (one format only)', type: 'string', default: 'out' })
    .option('format', { alias: 'f', describe: 'output format (repeatable)', type: 'array', choices: FORMATS, default: ['json'] })
    .option('seed', { describe: 'seed for shuffles: the same seed gives the same output', type: 'number', default: 1 })
    .option('types', { describe: `item types, comma-separated (${DEFAULT_TYPES.join(',')})`, type: 'string', default: DEFAULT_TYPES.join(',') })
    .option('max-per-article', { describe: 'keep at most this many items per article (the best first)', type: 'number', default: 20 })
    .option('name', { describe: 'base name of the output files (default: the title, or "quiz")', type: 'string' })
    .option('template', { describe: 'folder of templates that override the built-in ones', type: 'string' })
    .option('quiet', { alias: 'q', describe: 'no summary on stderr', type: 'boolean', default: false })
    .option('deck', { describe: 'Anki deck; :: makes a sub-deck', type: 'string', default: DEFAULT_DECK })
    .option('title', { describe: 'worksheet title (default: "Current affairs quiz — <dates>")', type: 'string' })
    .option('paper', { describe: 'worksheet paper size', choices: ['a4', 'letter'] as const, default: 'a4' as const })
    .option('columns', { describe: 'worksheet columns', choices: [1, 2], type: 'number', default: 1 })
    .option('versions', { describe: 'worksheet sets (A, B, …) with shuffled questions and options', type: 'number', default: 1 })
    .option('key', { describe: 'answer key at the end (inline) or in its own file (separate)', choices: ['inline', 'separate'] as const, default: 'inline' as const })
    .check((argv) => {
      if (argv.out === '-' && (argv.format as string[]).length !== 1) throw new Error('--out - writes one format to stdout: give exactly one --format');
      if (!Number.isInteger(argv.seed)) throw new Error('--seed must be a whole number');
      if (!(Number(argv.maxPerArticle) > 0)) throw new Error('--max-per-article must be a positive number');
      const versions = Number(argv.versions);
      if (!Number.isInteger(versions) || versions < 1 || versions > 26) throw new Error('--versions must be a whole number from 1 to 26');
      parseTypes(argv.types as string);
      return true;
    })
    .example('$0 generate seeds/', 'every article in seeds/ → out/<name>.json')
    .example('$0 generate news/ -f anki -f apkg --deck "Current Affairs::November"', 'Anki CSV files and an .apkg deck')
    .example('$0 generate news/ -f worksheet -f pdf --versions 3 --key separate', 'printable sets A–C, keys in their own files')
    .example('$0 generate article.html -f json --out -', 'print the JSON document to stdout')
    .example('cat article.txt | $0 generate - --types short,cloze', 'read stdin, only short answers and clozes') as unknown as Argv<GenerateArgs>;
}

export async function handler(argv: ArgumentsCamelCase<GenerateArgs>): Promise<void> {
  process.exitCode = await runGenerate({
    inputs: argv.inputs,
    out: argv.out,
    formats: [...new Set(argv.format)],
    generate: { types: parseTypes(argv.types), seed: argv.seed, maxPerArticle: argv.maxPerArticle },
    render: {
      deck: argv.deck,
      worksheet: {
        title: argv.title,
        paper: argv.paper,
        columns: argv.columns === 2 ? 2 : 1,
        versions: argv.versions,
        key: argv.key,
        seed: argv.seed,
      },
    },
    name: argv.name,
    templateDir: argv.template,
    quiet: argv.quiet,
  });
}
