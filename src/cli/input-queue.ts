/**
 * What the study reads, in order: each input given (a URL: its fetched page; a file or folder:
 * the articles in it), then the feeds' articles. The order is that of the command line and the
 * feeds, never that of the network's answers, so the same pages give the same bytes.
 */
import type { BatchInput } from '../batch/study-stream.js';
import { isWebUrl } from '../fetch/web-url.js';
import { collectInputs } from '../io/collect-inputs.js';
import type { WebInputs } from './web-inputs.js';

export async function* inputQueue(inputs: readonly string[], web: WebInputs | undefined, skipDirs: string[]): AsyncGenerator<BatchInput> {
  const given = new Set<string>();
  for (const input of inputs) {
    if (web && isWebUrl(input)) {
      // None when the state file knew the URL; once when it was given twice.
      const page = web.pages.get(input);
      if (page && !given.has(input)) yield page;
      given.add(input);
    } else yield* collectInputs([input], { skipDirs });
  }
  if (web) yield* web.feedInputs;
}
