// Whether dist/ is up to date with what it is built from. `npm run build` ends by writing
// dist/.build-stamp; dist/ is stale when the stamp is missing, was written by another Node
// (the code cache in dist/ is V8's), or is older than any file or folder of the inputs (a
// folder's time changes when a file in it is added, removed or renamed).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const INPUTS = ['src', 'templates', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json', 'node_modules/.package-lock.json'];
const STAMP = 'dist/.build-stamp';
const stampText = () => `built with node ${process.version}\n`;

/** The newest modification time at or under a path; 0 when it does not exist. */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  let time = stat.mtimeMs;
  if (stat.isDirectory()) for (const name of readdirSync(path)) time = Math.max(time, newest(join(path, name)));
  return time;
}

/** Why `root`'s dist/ must be built again, or null when it is up to date. */
export function staleReason(root) {
  let stamp;
  try {
    stamp = { text: readFileSync(join(root, STAMP), 'utf8'), time: statSync(join(root, STAMP)).mtimeMs };
  } catch {
    return 'dist/ was never built';
  }
  if (stamp.text !== stampText()) return `dist/ was built with another Node (${stamp.text.trim()})`;
  // Not older: a change in the same clock tick as the stamp counts as a change.
  const changed = INPUTS.find((input) => newest(join(root, input)) >= stamp.time);
  return changed ? `${changed} changed since the last build` : null;
}

export function writeStamp(root) {
  writeFileSync(join(root, STAMP), stampText());
}
