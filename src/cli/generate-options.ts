/**
 * The `generate` options from three places, in order of precedence: flags given on the
 * command line, the config file, built-in defaults. yargs declares no defaults for these
 * options (they are shown in --help via defaultDescription), so an option left out on the
 * command line is undefined here and cannot hide the config's value.
 */
import { DAY_FORMS, resolveDay } from '../batch/relative-day.js';
import type { GroupBy } from '../batch/periods.js';
import { parseTypes } from '../generate/parse-types.js';
import { parseTopics } from '../analyze/topic-list.js';
import type { QuizwireConfig } from '../config/config-schema.js';
import type { Format } from '../render/index.js';
import { OUTPUT_DEFAULTS } from '../outputs/defaults.js';
import type { GenerateRun } from './run-generate.js';
import { progressMode } from './progress.js';
import { UsageError } from './usage-error.js';

/** Built-in defaults: the library's, plus where files go (also shown by --help). */
export const DEFAULTS = {
  ...OUTPUT_DEFAULTS,
  out: 'out',
  types: OUTPUT_DEFAULTS.types.join(','),
};

/** What yargs hands over: every config-able option may be missing. */
export interface GenerateFlags {
  inputs: string[];
  out?: string;
  format?: Format[];
  seed?: number;
  types?: string;
  maxPerArticle?: number;
  name?: string;
  template?: string;
  quiet: boolean;
  deck?: string;
  title?: string;
  paper?: 'a4' | 'letter';
  columns?: number;
  versions?: number;
  key?: 'inline' | 'separate';
  keyDetail?: boolean;
  jobs?: number;
  groupBy?: GroupBy;
  since?: string;
  until?: string;
  topics?: string;
  dryRun: boolean;
}

/** Options that only some formats read: given for none of the chosen formats, they do nothing. */
const FORMAT_OPTIONS: { options: (keyof GenerateFlags)[]; formats: Format[] }[] = [
  { options: ['versions', 'key', 'paper', 'columns'], formats: ['worksheet', 'pdf'] },
  { options: ['title', 'keyDetail'], formats: ['worksheet', 'pdf', 'markdown'] },
  { options: ['deck'], formats: ['anki', 'apkg'] },
];
const flagName = (option: string) => `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * One warning line naming the options given on the command line that none of the chosen
 * formats reads, or null. (A config file may set them for all runs: no warning for those.)
 */
export function unusedOptionsWarning(flags: GenerateFlags, formats: readonly Format[]): string | null {
  const unused = FORMAT_OPTIONS.flatMap(({ options, formats: readers }) => {
    const given = options.filter((o) => flags[o] !== undefined).map(flagName);
    if (!given.length || readers.some((f) => formats.includes(f))) return [];
    const formatList = `${readers.slice(0, -1).join(', ')} or ${readers.at(-1)}`;
    return [`${given.join(', ')} ${given.length === 1 ? 'does' : 'do'} nothing without --format ${formatList}`];
  });
  return unused.length ? `quizwire: warning: ${unused.join('; ')}` : null;
}

export function resolveGenerateRun(flags: GenerateFlags, config: QuizwireConfig, env: { isTTY: boolean; now?: Date }): GenerateRun {
  const out = flags.out ?? config.out ?? DEFAULTS.out;
  const formats = [...new Set(flags.format ?? config.formats ?? DEFAULTS.formats)];
  const seed = flags.seed ?? config.seed ?? DEFAULTS.seed;
  const maxPerArticle = flags.maxPerArticle ?? config.maxPerArticle ?? DEFAULTS.maxPerArticle;
  const versions = flags.versions ?? config.versions ?? DEFAULTS.versions;
  const jobs = flags.jobs ?? config.jobs;
  const groupBy = flags.groupBy ?? config.groupBy ?? DEFAULTS.groupBy;

  if (out === '-' && formats.length !== 1) throw new UsageError('--out - writes one format to stdout: give exactly one --format');
  if (out === '-' && groupBy !== 'none') throw new UsageError('--group-by writes several files: it needs an --out folder, not -');
  if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
  if (!(maxPerArticle > 0)) throw new UsageError('--max-per-article must be a positive number');
  if (!Number.isInteger(versions) || versions < 1 || versions > 26) throw new UsageError('--versions must be a whole number from 1 to 26');
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError('--jobs must be a whole number of at least 1');
  // "yesterday", "7d": days counted back from today.
  const [since, until] = ([['--since', flags.since], ['--until', flags.until]] as const).map(([flag, text]) => {
    if (text === undefined) return undefined;
    const day = resolveDay(text, env.now ?? new Date());
    if (!day) throw new UsageError(`${flag} must be a day written ${DAY_FORMS}, not "${text}"`);
    return day;
  });
  if (since && until && since > until) throw new UsageError('--since is after --until');
  let types;
  try {
    types = parseTypes(flags.types ?? config.types ?? DEFAULTS.types);
  } catch (err) {
    throw new UsageError(`--types: ${(err as Error).message}`);
  }
  let topics;
  try {
    const asked = flags.topics ?? config.topics;
    topics = asked === undefined ? [] : parseTopics(asked);
  } catch (err) {
    throw new UsageError(`--topics: ${(err as Error).message}`);
  }
  return {
    inputs: flags.inputs,
    out,
    formats,
    generate: { types, seed, maxPerArticle },
    render: {
      deck: flags.deck ?? config.deck ?? DEFAULTS.deck,
      worksheet: {
        title: flags.title ?? config.title,
        paper: flags.paper ?? config.paper ?? DEFAULTS.paper,
        columns: (flags.columns ?? config.columns ?? DEFAULTS.columns) === 2 ? 2 : 1,
        versions,
        key: flags.key ?? config.key ?? DEFAULTS.key,
        keyDetail: flags.keyDetail ?? config.keyDetail,
        seed,
      },
    },
    name: flags.name ?? config.name,
    templateDir: flags.template ?? config.template,
    quiet: flags.quiet,
    jobs,
    groupBy,
    range: { since, until },
    topics,
    dryRun: flags.dryRun,
    progress: out === '-' && flags.quiet ? 'none' : progressMode({ quiet: flags.quiet, isTTY: env.isTTY }),
  };
}
