/** YAML-ish front matter (`---` … `---`): flat `key: value` lines only, no YAML library needed. */

export interface FrontMatter {
  fields: Record<string, string>;
  /** The document after the front matter. */
  body: string;
}

const FRONT_MATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(markdown: string): FrontMatter {
  const m = FRONT_MATTER_RE.exec(markdown);
  if (!m) return { fields: {}, body: markdown };
  const fields: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv || kv[2] === '') continue;
    fields[kv[1].toLowerCase()] = unquote(kv[2]);
  }
  return { fields, body: markdown.slice(m[0].length) };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2] : value;
}

/** First present field among `keys`. */
export function field(fields: Record<string, string>, ...keys: string[]): string | null {
  for (const k of keys) if (fields[k]) return fields[k];
  return null;
}
