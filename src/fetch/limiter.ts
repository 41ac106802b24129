/**
 * At most `total` tasks at once, and at most `perKey` of them with the same key (a host): a
 * run never has more than N requests in flight, nor crowds one site. Waiters start in the
 * order they asked (first come, first served), skipping those whose key is full.
 */
export class Limiter {
  private running = 0;
  private readonly byKey = new Map<string, number>();
  private readonly waiting: { key: string; start: () => void }[] = [];

  constructor(
    private readonly total: number,
    private readonly perKey: number = total,
  ) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  private fits(key: string): boolean {
    return this.running < this.total && (this.byKey.get(key) ?? 0) < this.perKey;
  }

  private take(key: string): void {
    this.running++;
    this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
  }

  private acquire(key: string): Promise<void> {
    if (this.fits(key)) {
      this.take(key);
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push({ key, start: resolve }));
  }

  private release(key: string): void {
    this.running--;
    const left = (this.byKey.get(key) ?? 1) - 1;
    if (left === 0) this.byKey.delete(key);
    else this.byKey.set(key, left);
    for (let i = 0; i < this.waiting.length && this.running < this.total; ) {
      const w = this.waiting[i];
      if (!this.fits(w.key)) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.take(w.key);
      w.start();
    }
  }
}
