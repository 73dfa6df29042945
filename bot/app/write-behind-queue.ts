/**
 * Buffers records and writes them in batches off the request path: one storage round trip for many
 * records instead of one each. Records are written within `flushMs` of being added (or at once when
 * a batch is full); a failed write keeps them and retries with backoff; `close()` writes what is left.
 * The price: a hard crash loses at most the last `flushMs` of records.
 */
export interface WriteBehindOptions<T> {
  /** Writes one batch; all items share a partition. */
  readonly write: (batch: readonly T[]) => Promise<void>;
  readonly partitionOf: (item: T) => string;
  readonly maxBatch?: number;
  readonly flushMs?: number;
  readonly onError?: (err: unknown, pending: number) => void;
  /** Most records held while storage is failing; beyond it the oldest are dropped (and reported). */
  readonly maxPending?: number;
}

export class WriteBehindQueue<T> {
  readonly #options: Required<Omit<WriteBehindOptions<T>, 'onError'>> & Pick<WriteBehindOptions<T>, 'onError'>;
  #pending: T[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;
  #failures = 0;

  constructor(options: WriteBehindOptions<T>) {
    this.#options = { maxBatch: 100, flushMs: 200, maxPending: 50_000, ...options };
  }

  get pending(): number {
    return this.#pending.length;
  }

  add(item: T): void {
    this.#pending.push(item);
    if (this.#pending.length > this.#options.maxPending) {
      const dropped = this.#pending.splice(0, this.#pending.length - this.#options.maxPending);
      this.#options.onError?.(new Error(`storage unavailable: ${dropped.length} records dropped`), this.#pending.length);
    }
    if (this.#pending.length >= this.#options.maxBatch) this.#schedule(0);
    else this.#schedule(this.#options.flushMs);
  }

  /** Writes everything pending now (waits for a flush already running). */
  async flush(): Promise<void> {
    while (this.#flushing) await this.#flushing;
    if (this.#pending.length === 0) return;
    this.#flushing = this.#writeAll().finally(() => (this.#flushing = undefined));
    await this.#flushing;
  }

  /** Final flush at shutdown: tries a few times, then gives up (and reports what is lost). */
  async close(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    for (let attempt = 0; attempt < 3 && this.#pending.length > 0; attempt++) await this.flush();
    if (this.#pending.length > 0) this.#options.onError?.(new Error(`${this.#pending.length} records not written at shutdown`), this.#pending.length);
  }

  #schedule(delayMs: number): void {
    if (this.#timer && delayMs > 0) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.flush();
    }, delayMs);
    this.#timer.unref();
  }

  async #writeAll(): Promise<void> {
    const items = this.#pending;
    this.#pending = [];
    const byPartition = new Map<string, T[]>();
    for (const item of items) {
      const key = this.#options.partitionOf(item);
      const list = byPartition.get(key);
      if (list) list.push(item);
      else byPartition.set(key, [item]);
    }
    const failed: T[] = [];
    for (const list of byPartition.values()) {
      for (let i = 0; i < list.length; i += this.#options.maxBatch) {
        const batch = list.slice(i, i + this.#options.maxBatch);
        try {
          await this.#options.write(batch);
        } catch (err) {
          failed.push(...batch);
          this.#options.onError?.(err, failed.length + this.#pending.length);
        }
      }
    }
    if (failed.length > 0) {
      this.#pending = [...failed, ...this.#pending];
      this.#failures++;
      this.#schedule(Math.min(30_000, this.#options.flushMs * 2 ** this.#failures));
    } else {
      this.#failures = 0;
      if (this.#pending.length > 0) this.#schedule(this.#options.flushMs);
    }
  }
}
