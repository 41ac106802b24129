// Part of the command-line bundle's build (scripts/bundle-cli.mjs): each regex literal with the
// `i` flag (and neither `u` nor `v`) is written out with its cases spelled, `/briefed/i` as
// /[Bb][Rr][Ii][Ee][Ff][Ee][Dd]/, and its character classes closed over case (`[a-z]` as
// [A-Za-z]): the same matches, made without the flag.
//
// Why: V8 compiles a case-insensitive regex by asking ICU, character by character and pass by
// pass, which characters fold together: ~120 M of the ~660 M instructions a one-article run
// spent compiling regexes (some 200 of them are case-insensitive). Spelled out, the run
// compiled them in ~60 M fewer (~2 % of the run, ~7 ms). The classes are made from the
// engine's own answers (below), so matching is the same.
//
// Only literals whose object nothing else can see are rewritten: one called at once
// (`/re/i.test(s)`, `s.replace(/re/i, …)`) or one kept in a variable assigned once and only
// ever matched with (`X.test(s)`, `s.match(X)`, `X.lastIndex`). A regex whose `source` or
// `flags` is read (to build another), one passed on or kept in a list, and one with a
// backreference (compared case-insensitively) keep their flag. The modules in dist/ (and so
// the worker threads, the tests and the regex lint) keep the regexes as written.
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { Parser } from 'acorn';

const CALLS_ON_REGEX = new Set(['test', 'exec']);
const CALLS_WITH_REGEX = new Set(['replace', 'replaceAll', 'match', 'matchAll', 'split', 'search']);

/** The code units `i` makes the same (the spec's Canonicalize for non-Unicode ignoreCase). */
function canonical(unit) {
  const upper = String.fromCharCode(unit).toUpperCase();
  if (upper.length !== 1) return unit;
  const cu = upper.charCodeAt(0);
  return unit >= 128 && cu < 128 ? unit : cu;
}

let folds; // canonical code unit → all units with it
function foldsOf(unit) {
  if (!folds) {
    folds = new Map();
    for (let u = 0; u <= 0xffff; u++) {
      const c = canonical(u);
      const list = folds.get(c);
      if (list) list.push(u);
      else folds.set(c, [u]);
    }
  }
  return folds.get(canonical(unit));
}

/** Code units matched by `re` alone (a one-character pattern), asked of the engine. */
function matchedUnits(source, flags) {
  const re = new RegExp(`^(?:${source})$`, flags);
  const out = [];
  for (let u = 0; u <= 0xffff; u++) if (re.test(String.fromCharCode(u))) out.push(u);
  return out;
}

const hex = (u) => `\\u${u.toString(16).toUpperCase().padStart(4, '0')}`;
const unitText = (u) => ((u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a) ? String.fromCharCode(u) : hex(u));

/** A class's inside spelling the sorted units `units`. */
function classBody(units) {
  let body = '';
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j + 1 < units.length && units[j + 1] === units[j] + 1) j++;
    body += j === i ? unitText(units[i]) : j === i + 1 ? unitText(units[i]) + unitText(units[j]) : `${unitText(units[i])}-${unitText(units[j])}`;
    i = j + 1;
  }
  return body;
}

const same = (a, b) => a.length === b.length && a.every((x, k) => x === b[k]);
const caches = { char: new Map(), cls: new Map() };

/** `[…]` for one character of an `i` pattern, or its own text when it has no other case. */
function spelledChar(node) {
  // A letter as itself or as \uXXXX, \xXX: other spellings (an identity escape such as `\k`)
  // would not survive being put in brackets.
  if (!/^(?:[^\\]|\\u[\dA-Fa-f]{4}|\\x[\dA-Fa-f]{2})$/.test(node.raw)) {
    if (foldsOf(node.value).length === 1) return node.raw;
    throw new Error(`spelling ${node.raw}`);
  }
  let out = caches.char.get(node.value);
  if (out === undefined) {
    const units = foldsOf(node.value);
    // The engine's answer must agree with the table, else the regex keeps its flag.
    if (!same(units, matchedUnits(hex(node.value), 'i'))) throw new Error(`case of ${hex(node.value)}`);
    out = units.length === 1 ? null : `[${classBody(units)}]`;
    caches.char.set(node.value, out);
  }
  return out ?? node.raw;
}

/** A character class of an `i` pattern as the units it matches, spelled out. */
function spelledClass(node) {
  let out = caches.cls.get(node.raw);
  if (out === undefined) {
    const inner = node.negate ? `[${node.raw.slice(2)}` : node.raw; // the set it lists
    const plain = matchedUnits(inner, '');
    const closed = [...new Set(plain.flatMap(foldsOf))].sort((a, b) => a - b);
    if (!same(closed, matchedUnits(inner, 'i'))) throw new Error(`case of ${node.raw}`);
    if (node.negate) {
      const outside = new Set(closed);
      const negated = matchedUnits(node.raw, 'i');
      if (negated.length + closed.length !== 0x10000 || negated.some((u) => outside.has(u))) throw new Error(`case of ${node.raw}`);
    }
    if (same(closed, plain)) out = node.raw;
    else if (closed.length === 0) out = node.negate ? '[^]' : '[]';
    else out = `[${node.negate ? '^' : ''}${classBody(closed)}]`;
    caches.cls.set(node.raw, out);
  }
  return out;
}

/** The pattern of a non-Unicode regex with the `i` flag, spelled to mean the same without it, or
 *  null where it must keep the flag. */
export function spellIgnoreCase(pattern) {
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, { unicode: false });
  } catch {
    return null;
  }
  const edits = [];
  let backref = false;
  let inClass = 0;
  try {
    visitRegExpAST(ast, {
      onBackreferenceEnter: () => (backref = true),
      onCharacterClassEnter: (node) => {
        if (inClass++ === 0) edits.push([node.start, node.end, spelledClass(node)]);
      },
      onCharacterClassLeave: () => inClass--,
      onCharacterEnter: (node) => {
        if (inClass === 0) edits.push([node.start, node.end, spelledChar(node)]);
      },
    });
  } catch {
    return null;
  }
  if (backref) return null;
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += pattern.slice(at, start) + text;
    at = end;
  }
  out += pattern.slice(at);
  // The spelled pattern must read as the same shape: a literal's text is reparsed as is.
  try {
    new RegExp(out, '');
  } catch {
    return null;
  }
  return out;
}

/** Parents of every node, for looking at how a literal or a name is used. */
function walk(node, parent, visit) {
  visit(node, parent);
  for (const key in node) {
    if (key === 'loc' || key === 'start' || key === 'end') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, node, visit);
    } else if (value && typeof value.type === 'string') walk(value, node, visit);
  }
}

/** `node` (a regex or a name for one) is used only by being matched with, there and then. */
function calledAt(node, parent, grand) {
  if (!parent) return false;
  if (parent.type === 'MemberExpression' && parent.object === node && !parent.computed) {
    if (parent.property.name === 'lastIndex') return true;
    return CALLS_ON_REGEX.has(parent.property.name) && grand?.type === 'CallExpression' && grand.callee === parent;
  }
  return (
    parent.type === 'CallExpression' &&
    parent.arguments[0] === node &&
    parent.callee.type === 'MemberExpression' &&
    !parent.callee.computed &&
    CALLS_WITH_REGEX.has(parent.callee.property.name)
  );
}

/**
 * `code` (a CommonJS script) with its case-insensitive regex literals spelled out where that is
 * safe (above). Returns the code, how many literals were rewritten and those left as they were.
 */
export function spellOutIgnoreCase(code) {
  const ast = Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'script', allowReturnOutsideFunction: true });
  const parents = new Map();
  const literals = [];
  const uses = new Map(); // name → [{ node, parent }]
  walk(ast, null, (node, parent) => {
    parents.set(node, parent);
    if (node.type === 'Literal' && node.regex) literals.push(node);
    if (node.type === 'Identifier') {
      const list = uses.get(node.name);
      if (list) list.push(node);
      else uses.set(node.name, [node]);
    }
  });
  /** Every use of `name` but its one assignment is a call of the regex. */
  const onlyCalled = (name, assigned) =>
    uses.get(name).every((id) => {
      const parent = parents.get(id);
      if (parent === assigned) return assigned.type === 'AssignmentExpression' ? parent.left === id : parent.id === id;
      // `var X;` (esbuild's hoisted module scope) declares without a value.
      if (parent.type === 'VariableDeclarator' && parent.id === id && parent.init === null) return true;
      // A property of the same name is no use of the variable.
      if (parent.type === 'MemberExpression' && parent.property === id && !parent.computed) return true;
      if (parent.type === 'Property' && parent.key === id && !parent.computed && !parent.shorthand) return true;
      return calledAt(id, parent, parents.get(parent));
    });
  const edits = [];
  const kept = [];
  for (const lit of literals) {
    const { pattern, flags } = lit.regex;
    if (!flags.includes('i') || flags.includes('u') || flags.includes('v')) continue;
    kept.push(lit.raw);
    const parent = parents.get(lit);
    let safe = calledAt(lit, parent, parents.get(parent));
    if (!safe && parent.type === 'AssignmentExpression' && parent.right === lit && parent.operator === '=' && parent.left.type === 'Identifier') {
      safe = onlyCalled(parent.left.name, parent);
    } else if (!safe && parent.type === 'VariableDeclarator' && parent.init === lit && parent.id.type === 'Identifier') {
      safe = onlyCalled(parent.id.name, parent);
    }
    if (!safe) continue;
    const spelled = spellIgnoreCase(pattern);
    if (spelled === null) continue;
    kept.pop();
    edits.push([lit.start, lit.end, `/${spelled}/${flags.replace('i', '')}`]);
  }
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return { code: out + code.slice(at), count: edits.length, kept };
}
