#!/usr/bin/env node
// Part of `npm run build`, after tsc: bundles the command line (dist/cli/run-cli.js and what it
// imports) into one file, dist/quizwire-cli.cjs, then runs it on the seed articles so V8's
// code cache of the warm program can be saved beside it (see src/cli/bundled.ts). Packages
// loaded only on demand stay outside the bundle, loaded as before when a run needs them.
// Worker threads still start from the modules in dist/. Any failure here leaves no bundle:
// quizwire then runs from the modules, the same program, only slower to start.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const bundle = join(dist, 'quizwire-cli.cjs');
const cache = join(dist, 'quizwire-cli.cache');
// Loaded on demand today (each costs start-up time nobody needs for a plain run).
const LAZY = ['handlebars', 'feedsmith', 'robots-parser', 'cosmiconfig', 'cli-progress', 'linkedom', '@mozilla/readability', 'playwright-core', 'chrono-node', 'chrono-node/*'];

/**
 * Two things a module may do that a one-file script cannot: know its own `import.meta.url` (here
 * a URL found at run time next to the bundle, as the package may move), and `import()` a package
 * on demand (a script run from a code cache has no loader for that: here the package is
 * required, as ES module namespace of a CommonJS package looks, `default` included).
 */
const asScript = {
  name: 'as-script',
  setup(build) {
    build.onLoad({ filter: /\.m?js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      let out = source.replaceAll('import.meta.url', `__quizwireFileUrl(${JSON.stringify(relative(dist, args.path))})`);
      if (/[\\/]string-width[\\/]index\.js$/.test(args.path)) out = lazyStringWidth(out);
      if (/[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/.test(args.path)) out = lazyAssert(out);
      if (args.path.startsWith(dist)) {
        out = out.replace(/\bimport\((['"])([^'"./][^'"]*)\1\)/g, (_, q, name) => `__quizwireImport(${q}${name}${q})`);
      }
      return out === source ? undefined : { contents: out, loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]wink-eng-lite-web-model[\\/].*\.json$/ }, (args) => ({ contents: readWinkJson(args.path), loader: 'js' }));
  },
};

/**
 * wink's model files are in the bundle (src/analyze/wink-model.ts), but their JSON (the sbd,
 * pos and ner automata: 190 KB) is read from the package as the run needs it: as string
 * constants in the bundle it made the code cache that much larger, and cost as much to load.
 */
function readWinkJson(path) {
  const name = path.slice(path.lastIndexOf('wink-eng-lite-web-model')).replaceAll('\\', '/');
  // Beside the package's main file (dist/model.js), found once for all of them.
  const rel = name.slice('wink-eng-lite-web-model/dist/'.length);
  if (`wink-eng-lite-web-model/dist/${rel}` !== name) throw new Error(`unexpected wink file ${name}`);
  return `module.exports = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__quizwireWinkDir(), ${JSON.stringify(rel)}), 'utf8'));`;
}

/**
 * string-width (yargs' help layout) makes an Intl.Segmenter as it loads (~10 ms per copy, and
 * there are three) and, in yargs' own copy, an emoji regex whose Unicode sets take ~13 ms to
 * build: at every start, for help text few runs print. Both are made on first use instead.
 */
function lazyStringWidth(source) {
  // Replacements as functions: a replacement string would read `$'` in the regex as a pattern.
  const segmenter = 'let segmenterMade;\nconst segmenter = { segment: (text) => (segmenterMade ??= new Intl.Segmenter()).segment(text) };';
  const emoji = "let rgiEmojiMade;\nconst rgiEmojiRegex = { test: (text) => (rgiEmojiMade ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text) };";
  return source
    .replace(/^const segmenter = new Intl\.Segmenter\(\);$/m, () => segmenter)
    .replace(/^const rgiEmojiRegex = \/\^\\p\{RGI_Emoji\}\$\/v;$/m, () => emoji);
}

/**
 * yargs' shim imports Node's assert (~2 ms to load) for two checks that pass on every run
 * quizwire makes: the checks are made here, and assert loads only to throw its own error.
 */
function lazyAssert(source) {
  const checks = [
    "const strictEqual = (actual, expected, message) => { if (!Object.is(actual, expected)) require('node:assert').strictEqual(actual, expected, message); };",
    "const notStrictEqual = (actual, expected, message) => { if (Object.is(actual, expected)) require('node:assert').notStrictEqual(actual, expected, message); };",
  ].join('\n');
  return source.replace(/^import \{ notStrictEqual, strictEqual \} from 'assert'$/m, () => checks);
}

/**
 * The bundle in ASCII, as a function of CommonJS' five arguments, so that it loads as a
 * one-byte string (src/cli/bundled.ts reads it as latin1: half the time of decoding UTF-8, and
 * half the memory). esbuild escapes strings but
 * leaves the punctuation of regex literals (’ “ – …) as it is: each such character becomes its
 * \u escape, which means the same in a regex, a string or a template (a String.raw template
 * in quizwire is a regex source). `\–`, an escaped character, becomes `\u2013` alone.
 */
async function asciiOnly(path) {
  const code = await readFile(path, 'utf8');
  const hex = (ch) => ch.split('').map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
  const ascii = code.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, ch) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + hex(ch));
  if (/[^\x00-\x7f]/.test(ascii)) throw new Error('the bundle is not ASCII');
  // Written as the function src/cli/bundled.ts compiles, so that it needs no copy with a
  // wrapper around it (1.6 MB more to allocate, and to flatten, at every start).
  await writeFile(path, `(function (exports, require, module, __filename, __dirname) {${ascii}\n})`);
}

/**
 * The bundle's case-insensitive regexes with their cases spelled out, where nothing else reads
 * them (scripts/caseless-regexes.mjs): V8 compiles them in half the time, the same matches.
 */
async function spellCases(path) {
  const { spellOutIgnoreCase } = await import('./caseless-regexes.mjs');
  await writeFile(path, spellOutIgnoreCase(await readFile(path, 'utf8')).code);
}

function clean() {
  rmSync(bundle, { force: true });
  rmSync(cache, { force: true });
}

try {
  clean();
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [join(dist, 'cli/run-cli.js')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: LAZY,
    // The folder is read once, first: a bundled module (yargs' ESM shim) declares its own __dirname.
    banner: {
      js: [
        'const __quizwireDir = __dirname;',
        "const __quizwireFileUrl = (rel) => require('node:url').pathToFileURL(require('node:path').join(__quizwireDir, rel)).href;",
        'const __quizwireImport = async (name) => { const m = require(name); return { ...m, default: m }; };',
        "let __quizwireWinkDirFound; const __quizwireWinkDir = () => (__quizwireWinkDirFound ??= require('node:path').dirname(require.resolve('wink-eng-lite-web-model')));",
      ].join('\n'),
    },
    plugins: [asScript],
    logLevel: 'error',
  });
  await spellCases(bundle);
  await asciiOnly(bundle);
  const out = mkdtempSync(join(tmpdir(), 'quizwire-warm-'));
  try {
    // Each seed article on its own, in one process (src/cli/bundled.ts: warmUpRuns).
    const formats = ['--format', 'json', '--format', 'anki', '--format', 'markdown'];
    const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
    if (seeds.length === 0) throw new Error('no seed article to warm up on');
    // Each into its own folder: nothing a run wrote is there for the next to find.
    const [first, ...rest] = seeds.map((f, k) => ['generate', join(root, 'seeds', f), '--out', join(out, String(k)), '--quiet', ...formats]);
    const warm = spawnSync(process.execPath, [join(dist, 'cli/main.js'), ...first], {
      env: { ...process.env, QUIZWIRE_WRITE_CODE_CACHE: '1', QUIZWIRE_WARM_UP_RUNS: JSON.stringify(rest) },
      encoding: 'utf8',
    });
    if (warm.status !== 0) throw new Error(`warm-up run failed: ${warm.stderr.trim().split('\n').pop()}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
} catch (err) {
  clean();
  console.error(`quizwire build: no command-line bundle (${err.message}); quizwire will start from its modules`);
}
