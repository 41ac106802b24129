/**
 * Items that come back from a worker thread each bring their own copy of every string, though
 * the items of one fact repeat one sentence (as sentence and explanation) and every item
 * repeats a few tags. A year of items holds the batch's biggest share of memory, so equal
 * strings are made one again as the items arrive.
 */
import type { Item } from '../types.js';

/** Tags are few distinct words across a whole batch. */
const MAX_SHARED_TAGS = 10_000;

export class ItemStrings {
  private readonly tags = new Map<string, string>();

  /** Shares strings within the items of one article, and tags across all. */
  share(items: Item[]): void {
    const texts = new Map<string, string>();
    const one = (s: string): string => {
      const known = texts.get(s);
      if (known !== undefined) return known;
      texts.set(s, s);
      return s;
    };
    for (const item of items) {
      item.sentence = one(item.sentence);
      if (item.explanation !== undefined) item.explanation = one(item.explanation);
      for (const st of item.statements ?? []) st.sentence = one(st.sentence);
      item.tags = item.tags.map((t) => this.tag(t));
    }
  }

  private tag(t: string): string {
    const known = this.tags.get(t);
    if (known !== undefined) return known;
    if (this.tags.size < MAX_SHARED_TAGS) this.tags.set(t, t);
    return t;
  }
}
