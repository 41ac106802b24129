/**
 * What the study reads, in order: each input (a URL: its fetched page; a path: the articles in
 * it; a text: itself), then the feeds' articles. The order is that of the inputs and the feeds,
 * never that of the network's answers, so the same pages give the same bytes.
 */
import type { BatchInput } from '../batch/study-stream.js';
import { isWebUrl } from '../fetch/web-url.js';
import { collectInputs } from '../io/collect-inputs.js';
import type { OutputsInput } from './study-inputs.js';
import type { WebInputs } from './web-inputs.js';

/** The run's web inputs, fetched on first need: a run that meets no URL and has no feed never
 *  loads the network code. */
export interface LazyWeb {
  open(): Promise<WebInputs>;
  /** Opened already, or undefined. */
  current(): Promise<WebInputs> | undefined;
}

export function lazyWeb(open: () => Promise<WebInputs>): LazyWeb {
  let inputs: Promise<WebInputs> | undefined;
  return { open: () => (inputs ??= open()), current: () => inputs };
}

export async function* inputQueue(inputs: Iterable<OutputsInput> | AsyncIterable<OutputsInput>, web: LazyWeb, skipDirs: string[]): AsyncGenerator<BatchInput> {
  // Paths alone (as the command line gives them) are walked all at once.
  if (Array.isArray(inputs) && inputs.every((i) => typeof i === 'string' && !isWebUrl(i))) yield* collectInputs(inputs as string[], { skipDirs });
  else {
    for await (const input of inputs) {
      if (typeof input !== 'string') yield input;
      else if (isWebUrl(input)) {
        const page = await (await web.open()).page(input);
        if (page) yield page;
      } else yield* collectInputs([input], { skipDirs });
    }
  }
  const opened = web.current();
  if (opened) yield* (await opened).feedInputs;
}
