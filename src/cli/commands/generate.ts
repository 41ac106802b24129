import type { ArgumentsCamelCase, Argv } from 'yargs';
import { TOPIC_IDS } from '../../analyze/topic-list.js';
import { GROUP_BY } from '../../batch/periods.js';
import { FORMATS } from '../../render/index.js';
import { DEFAULTS, type GenerateFlags } from '../generate-options.js';
import type { WebFlags } from '../web-options.js';
import { FETCH_DEFAULTS } from '../../fetch/fetch-settings.js';

export const command = 'generate [inputs..]';
export const describe = 'Turn articles (files, folders, - for stdin, web pages, feeds) into questions and study files';

// No `default:` on options a config file may set: yargs would fill it in and the config
// could never apply. Defaults live in DEFAULTS and are shown here with defaultDescription.
const shown = (v: unknown) => JSON.stringify(v);

export function builder(y: Argv): Argv<GenerateFlags & WebFlags> {
  return y
    .positional('inputs', { describe: 'article files (.txt .md .html), folders, - for stdin, or http(s) URLs of article pages', type: 'string', array: true })
    .option('out', { alias: 'o', describe: 'output folder, or - for stdout (one format only)', type: 'string', defaultDescription: shown(DEFAULTS.out) })
    .option('format', { alias: 'f', describe: 'output format (repeatable)', type: 'array', choices: FORMATS, defaultDescription: shown(DEFAULTS.formats) })
    .option('seed', { describe: 'seed for shuffles: the same seed gives the same output', type: 'number', defaultDescription: String(DEFAULTS.seed) })
    .option('types', { describe: 'item types, comma-separated', type: 'string', defaultDescription: shown(DEFAULTS.types) })
    .option('max-per-article', { describe: 'keep at most this many items per article (the best first)', type: 'number', defaultDescription: String(DEFAULTS.maxPerArticle) })
    .option('name', { describe: 'base name of the output files (default: the title, or "quiz")', type: 'string' })
    .option('template', { describe: 'folder of templates that override the built-in ones', type: 'string' })
    .option('quiet', { alias: 'q', describe: 'no progress and no summary on stderr (problems are still reported)', type: 'boolean', default: false })
    .option('deck', { describe: 'Anki deck; :: makes a sub-deck', type: 'string', defaultDescription: shown(DEFAULTS.deck) })
    .option('title', { describe: 'worksheet title (default: "Current affairs quiz — <dates>")', type: 'string' })
    .option('paper', { describe: 'worksheet paper size', choices: ['a4', 'letter'] as const, defaultDescription: shown(DEFAULTS.paper) })
    .option('columns', { describe: 'worksheet columns', choices: [1, 2], type: 'number', defaultDescription: String(DEFAULTS.columns) })
    .option('versions', { describe: 'worksheet sets (A, B, …) with shuffled questions and options', type: 'number', defaultDescription: String(DEFAULTS.versions) })
    .option('key', { describe: 'answer key at the end (inline) or in its own file (separate)', choices: ['inline', 'separate'] as const, defaultDescription: shown(DEFAULTS.key) })
    .option('key-detail', { type: 'boolean', describe: 'after the key grid, each answer with its source sentence and article (worksheet: off unless given; Markdown: on unless --no-key-detail)' })
    .option('jobs', { alias: 'j', describe: 'worker threads for analysing and generating articles (1: no workers)', type: 'number', defaultDescription: 'available CPUs, from 300 articles on 2 cores' })
    .option('group-by', { describe: 'also one deck/worksheet per period of the article dates, or per syllabus topic', choices: GROUP_BY, defaultDescription: shown(DEFAULTS.groupBy) })
    .option('since', { describe: 'only articles dated on or after this day (YYYY-MM-DD, today, yesterday, 7d); undated ones are left out', type: 'string' })
    .option('until', { describe: 'only articles dated on or before this day (same forms); undated ones are left out', type: 'string' })
    .option('topics', { describe: `only articles filed under one of these syllabus topics, comma-separated: ${TOPIC_IDS.join(', ')}`, type: 'string' })
    .option('feed', { describe: 'RSS, Atom or JSON Feed (URL or file), or an OPML list of feeds: read its articles (repeatable)', type: 'array', string: true })
    .option('state', { describe: 'file remembering the articles already made: only new ones are written', type: 'string' })
    .option('cache', { describe: 'folder of fetched pages, asked again with If-None-Match/If-Modified-Since', type: 'string', defaultDescription: '"$XDG_CACHE_HOME/quizwire" or "~/.cache/quizwire"' })
    .option('fetch-concurrency', { describe: 'web requests at once (fewer per site)', type: 'number', defaultDescription: String(FETCH_DEFAULTS.concurrency) })
    .option('fetch-timeout', { describe: 'seconds allowed per web request', type: 'number', defaultDescription: String(FETCH_DEFAULTS.timeoutMs / 1000) })
    .option('dry-run', { describe: 'do everything but write: print what would be written (new / changed / unchanged)', type: 'boolean', default: false })
    .option('config', { describe: 'config file (default: quizwire.config.json or "quizwire" in package.json, searched upward)', type: 'string' })
    .example('$0 generate seeds/', 'every article in seeds/ → out/<name>.json')
    .example('$0 generate news/ -f anki -f apkg --deck "Current Affairs::November"', 'Anki CSV files and an .apkg deck')
    .example('$0 generate news/ -f worksheet -f pdf --versions 3 --key separate', 'printable sets A–C, keys in their own files')
    .example('$0 generate archive/ -f apkg -f worksheet --group-by week', 'the whole deck plus one deck and worksheet per ISO week (quiz-2013-W44.html)')
    .example('$0 generate archive/ --since 2013-11-01 --until 2013-11-30 --dry-run', 'what November would give, without writing')
    .example('$0 generate news/ -f apkg -f worksheet --group-by topic', 'one deck and worksheet per syllabus topic (quiz-economy.html, deck "Current Affairs::Economy")')
    .example('$0 generate news/ -f apkg --topics economy,environment', 'only the articles on the economy or the environment')
    .example('$0 generate --feed feeds.opml --since yesterday --state daily.json -f apkg -f worksheet', "today's deck of the new articles in your feeds")
    .example('$0 generate https://example.org/news/story.html', 'one web page (robots.txt respected, cached)')
    .example('$0 generate article.html -f json --out -', 'print the JSON document to stdout')
    .example('cat article.txt | $0 generate - --types short,cloze', 'read stdin, only short answers and clozes') as unknown as Argv<GenerateFlags & WebFlags>;
}

export async function handler(argv: ArgumentsCamelCase<GenerateFlags & WebFlags & { config?: string }>): Promise<void> {
  // Loaded here, not at the top: `--help` and `--version` should not load the NLP models.
  const [{ loadConfig }, { resolveGenerateRun, unusedOptionsWarning }, { runGenerate }, { reportInfo }, { resolveWebPlan }] = await Promise.all([
    import('../../config/load-config.js'),
    import('../generate-options.js'),
    import('../run-generate.js'),
    import('../report.js'),
    import('../web-options.js'),
  ]);
  // With only --feed there are no inputs: yargs then leaves the positional out.
  argv.inputs ??= [];
  const { config } = await loadConfig({ file: argv.config });
  const run = resolveGenerateRun(argv, config, { isTTY: Boolean(process.stderr.isTTY) });
  const { web, state } = resolveWebPlan(run.inputs, argv, config, run.dryRun);
  const unused = unusedOptionsWarning(argv, run.formats);
  if (unused) reportInfo(unused);
  process.exitCode = await runGenerate({ ...run, web, state });
}
