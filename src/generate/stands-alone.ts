import { hasDanglingReference } from '../util/dangling.js';

/** Whether a prompt built from an article sentence can be read on its own (see util/dangling). */
export function standsAlone(prompt: string): boolean {
  return !hasDanglingReference(prompt);
}
