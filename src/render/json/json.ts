import type { OutputFile, QuizDocument } from '../../types.js';

/** The JSON contract: the whole document, pretty-printed, with a trailing newline. With
 *  `stream`, the same text is made a slice of items at a time as it is written. */
export function renderJson(doc: QuizDocument, opts: { name: string; stream?: boolean }): OutputFile[] {
  const content = opts.stream ? { chunks: () => jsonChunks(doc) } : `${JSON.stringify(doc, null, 2)}\n`;
  return [{ name: `${opts.name}.json`, content }];
}

/** Items per piece: big enough that pieces are few, small enough that each is small. */
const ITEMS_PER_CHUNK = 500;

const indented = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

/** `JSON.stringify(doc, null, 2) + "\n"`, piece by piece: the items one slice at a time. */
export function* jsonChunks(doc: QuizDocument): Generator<string> {
  const entries = Object.entries(doc).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{\n';
  for (const [k, [key, value]] of entries.entries()) {
    const comma = k < entries.length - 1 ? ',' : '';
    if (!Array.isArray(value) || value.length === 0) {
      yield `  ${JSON.stringify(key)}: ${indented(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    for (let at = 0; at < value.length; at += ITEMS_PER_CHUNK) {
      const slice = value.slice(at, at + ITEMS_PER_CHUNK);
      const last = at + ITEMS_PER_CHUNK >= value.length;
      yield slice.map((v, i) => `    ${indented(JSON.stringify(v, null, 2) ?? 'null', '    ')}${last && i === slice.length - 1 ? '' : ','}\n`).join('');
    }
    yield `  ]${comma}\n`;
  }
  yield '}\n';
}
