/**
 * Streaming output from ordinary Handlebars templates. While a template renders for
 * streaming, an `{{#each}}` over a long array renders nothing: it leaves a marker and keeps
 * its block. The text is then made as it is written: the text between markers as it is, and
 * each marker's block run over its array a slice at a time, with the same @index, @first,
 * @last and block parameters the built-in `each` gives. Templates (a user's too) need no
 * change; only the written file differs in how it is produced, never in what it says.
 */
import type Handlebars from 'handlebars';
import type { TextChunks } from '../../types.js';

type HelperOptions = Handlebars.HelperOptions & { data?: Record<string, unknown> };

interface Deferred {
  items: readonly unknown[];
  options: HelperOptions;
}

/** Arrays this long or longer are deferred; shorter ones render in place. */
const DEFER_FROM = 200;
/** Characters gathered before a piece is handed to the writer. */
const PIECE_CHARS = 1 << 20;

const MARK = '\u0000quizwire-each\u0000';

export interface LongEachDeferral {
  render(template: Handlebars.TemplateDelegate, context: unknown, wrapError: (err: unknown) => Error): TextChunks;
}

/** Installs the deferring `each` on a Handlebars environment (ordinary renders are unchanged). */
export function deferLongEach(hb: typeof Handlebars): LongEachDeferral {
  const builtIn = hb.helpers.each as Handlebars.HelperDelegate;
  // Set only while a streaming render runs; expanding a block later renders nested
  // `each`es in place.
  let collecting: Deferred[] | null = null;
  hb.registerHelper('each', function (this: unknown, items: unknown, options: HelperOptions) {
    if (collecting && Array.isArray(items) && items.length >= DEFER_FROM) {
      collecting.push({ items, options });
      return MARK;
    }
    return builtIn.call(this, items, options);
  });

  function* expand(d: Deferred): Generator<string> {
    const data = d.options.data ? hb.createFrame(d.options.data) : undefined;
    let piece = '';
    for (let i = 0; i < d.items.length; i++) {
      if (data) {
        data.key = i;
        data.index = i;
        data.first = i === 0;
        data.last = i === d.items.length - 1;
      }
      // Read once: a lazily mapped array makes its entry on every read.
      const item = d.items[i];
      piece += d.options.fn(item, { data, blockParams: [item, i] });
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
    if (piece) yield piece;
  }

  return {
    render(template, context, wrapError) {
      const deferred: Deferred[] = [];
      collecting = deferred;
      let text: string;
      try {
        text = template(context);
      } finally {
        collecting = null;
      }
      const parts = text.split(MARK);
      if (parts.length !== deferred.length + 1) throw wrapError(new Error('a long {{#each}} block was used inside another helper'));
      return {
        *chunks() {
          try {
            for (let k = 0; k < parts.length; k++) {
              if (parts[k]) yield parts[k];
              if (k < deferred.length) yield* expand(deferred[k]);
            }
          } catch (err) {
            throw wrapError(err);
          }
        },
      };
    },
  };
}
