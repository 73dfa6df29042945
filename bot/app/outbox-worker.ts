/**
 * The delivery loop shared by every outbox (handoff cards, ritual cards): work marked in storage in the
 * same transaction as the change it shows is delivered to Teams at least once and, with leases and
 * ETags, by one worker at a time. Changes made by this instance are delivered at once from memory; a
 * periodic sweep finds the rest (a restart, another instance's crash, a backoff that ended). On 429
 * every sender of this worker waits out Retry-After together; 412 and 5xx back off with jitter.
 * A sweep that fails (storage unreachable) is reported to `onSweepError` and tried again on the next.
 *
 * `CardDelivery` is the one delivery shape both outboxes use on top of the loop: each delivery kind maps
 * to a strategy (the subject's card, a reply threaded under it, a message of its own), and the loop
 * does the rest — reading the subject, remembering its card's id, completing the row.
 */

/** A failed delivery: HTTP status from Teams (0 when it never answered) and its Retry-After, if any. */
export class DeliveryError extends Error {
  readonly status: number;
  readonly retryAfterMs?: number;

  constructor(message: string, status: number, retryAfterMs?: number) {
    super(message);
    this.name = 'DeliveryError';
    this.status = status;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** 429, 412 and 5xx are worth retrying; other 4xx will not get better (the item is dropped and logged). */
export function isRetryable(status: number): boolean {
  return status === 0 || status === 408 || status === 412 || status === 429 || status >= 500;
}

/** Exponential backoff with full jitter: 1 s, 2 s, 4 s … capped at 5 min. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(300_000, 1_000 * 2 ** Math.min(attempts, 12));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** What every outbox row carries for the loop. */
export interface OutboxRow {
  readonly engagementId: string;
  readonly attempts: number;
  /** ISO instant it was last marked (by the instance that made the change). */
  readonly markedAt: string;
}

/** The storage side of an outbox. */
export interface OutboxSource<I extends OutboxRow> {
  /** Rows nobody works on: no live lease, no backoff, not freshly marked by another instance (`ownedMs`). */
  pending(now: string, ownedMs: number): Promise<I[]>;
  /** Takes the row until `until`; undefined when someone else did, or it was marked again. */
  lease(item: I, until: string): Promise<I | undefined>;
  /** Done; false when it was marked again meanwhile (it then runs once more). */
  complete(item: I): Promise<boolean>;
  /** Failed for now: free it, to be tried after `notBefore`. */
  retryLater(item: I, notBefore: string): Promise<void>;
}

/** What the loop offers a delivery. */
export interface DeliveryContext {
  /** Wall-clock ms (the worker's clock). */
  now(): number;
  /** Runs a sweep after `ms` (work that waits on something else). */
  sweepSoon(ms: number): void;
}

/**
 * Delivers one row the worker holds; it completes the row itself (so a card's id can be recorded in the
 * same transaction). `memo` is what this instance committed with the change, when it did.
 */
export type Deliver<I extends OutboxRow, M> = (item: I, memo: M | undefined, context: DeliveryContext) => Promise<void>;

export interface OutboxWorkerOptions<I extends OutboxRow, M> {
  readonly source: OutboxSource<I>;
  readonly deliver: Deliver<I, M>;
  /** Names one delivery: a newer mark of the same key replaces the older in the queue. */
  readonly keyOf: (item: I) => string;
  /** Deliveries of one group never run at once (one card's post, then its update, then its reply). */
  readonly groupOf: (item: I) => string;
  /** Sweep order within a batch (lower first). */
  readonly rank?: (item: I) => number;
  readonly onError: (err: unknown, item: I) => void;
  /** A sweep failed (the storage could not be read); the next sweep tries again. */
  readonly onSweepError: (err: unknown) => void;
  /** Wall-clock time for leases, backoff and Retry-After (delivery is real-world I/O). */
  readonly now?: () => number;
  /** How long a worker holds a delivery before another instance may take it over. */
  readonly leaseMs?: number;
  /** Sweep interval. */
  readonly sweepMs?: number;
  /** Deliveries in flight at once. */
  readonly concurrency?: number;
  /**
   * When a delivery can go without waiting (wall-clock ms; 0 for now), e.g. its conversation's rate
   * window. A lane skips deliveries that would wait and takes others, so one busy channel never
   * holds up the cards of every other channel.
   */
  readonly readyAt?: (item: I) => number;
}

interface Work<I, M> {
  readonly item: I;
  readonly memo?: M;
}

export class OutboxWorker<I extends OutboxRow, M> {
  readonly #o: Required<OutboxWorkerOptions<I, M>>;
  #timer: NodeJS.Timeout | undefined;
  #stopped = false;
  /** Throttled by Teams: no sends before this instant (ms). */
  #pausedUntil = 0;
  readonly #queue = new Map<string, Work<I, M>>();
  readonly #inFlight = new Set<string>();
  #lanes = 0;
  #sweeping: Promise<void> | undefined;
  readonly #idleWaiters: Array<() => void> = [];
  readonly #context: DeliveryContext;
  /** Wakes the pump when the earliest waiting delivery becomes ready. */
  #wake: { at: number; timer: NodeJS.Timeout } | undefined;

  constructor(options: OutboxWorkerOptions<I, M>) {
    this.#o = { leaseMs: 60_000, sweepMs: 5_000, concurrency: 8, now: Date.now, rank: () => 0, readyAt: () => 0, ...options };
    this.#context = {
      now: () => this.#o.now(),
      sweepSoon: (ms) => setTimeout(() => this.sweep(), ms).unref(),
    };
  }

  start(): void {
    this.#stopped = false;
    this.#timer = setInterval(() => this.sweep(), this.#o.sweepMs);
    this.#timer.unref();
    this.sweep();
  }

  /** Deliveries this instance just marked: run them now, from memory. */
  enqueue(items: readonly I[], memo: M): void {
    for (const item of items) this.#queue.set(this.#o.keyOf(item), { item, memo });
    this.#pump();
  }

  /** Looks in storage for deliveries nobody is working on, and runs them. */
  sweep(): void {
    if (this.#stopped || this.#sweeping) return;
    this.#sweeping = this.#o.source
      .pending(new Date(this.#o.now()).toISOString(), this.#o.leaseMs)
      .then((items) => {
        for (const item of items.sort((a, b) => this.#o.rank(a) - this.#o.rank(b))) {
          const key = this.#o.keyOf(item);
          if (!this.#queue.has(key) && !this.#inFlight.has(this.#o.groupOf(item))) this.#queue.set(key, { item });
        }
        this.#pump();
      })
      // Logged, never swallowed; the interval (or the next kick) sweeps again.
      .catch((err: unknown) => this.#o.onSweepError(err))
      .finally(() => {
        this.#sweeping = undefined;
        this.#notifyIdle();
      });
  }

  /** Resolves when nothing is queued, in flight or being swept (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#queue.size > 0 || this.#lanes > 0 || this.#sweeping) {
      await new Promise<void>((done) => this.#idleWaiters.push(done));
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearInterval(this.#timer);
    if (this.#wake) clearTimeout(this.#wake.timer);
    this.#wake = undefined;
    this.#queue.clear();
    await this.idle();
  }

  #notifyIdle(): void {
    for (const wake of this.#idleWaiters.splice(0)) wake();
  }

  #pump(): void {
    while (!this.#stopped && this.#lanes < this.#o.concurrency && this.#next() !== undefined) {
      this.#lanes++;
      void this.#lane().finally(() => {
        this.#lanes--;
        this.#notifyIdle();
      });
    }
    this.#notifyIdle();
  }

  /**
   * The first queued delivery whose group has nothing in flight and that can go now. When some wait
   * only on their rate window, the pump is woken when the earliest of them is ready.
   */
  #next(): string | undefined {
    const now = this.#o.now();
    let earliest = Number.POSITIVE_INFINITY;
    for (const [key, work] of this.#queue) {
      if (this.#inFlight.has(this.#o.groupOf(work.item))) continue;
      const at = this.#o.readyAt(work.item);
      if (at <= now) return key;
      earliest = Math.min(earliest, at);
    }
    if (earliest !== Number.POSITIVE_INFINITY) this.#wakeAt(earliest);
    return undefined;
  }

  #wakeAt(at: number): void {
    if (this.#stopped || (this.#wake && this.#wake.at <= at)) return;
    if (this.#wake) clearTimeout(this.#wake.timer);
    const timer = setTimeout(
      () => {
        this.#wake = undefined;
        this.#pump();
      },
      Math.max(0, at - this.#o.now()),
    );
    this.#wake = { at, timer };
  }

  async #lane(): Promise<void> {
    for (let key = this.#next(); key !== undefined && !this.#stopped; key = this.#next()) {
      const work = this.#queue.get(key)!;
      this.#queue.delete(key);
      const group = this.#o.groupOf(work.item);
      this.#inFlight.add(group);
      try {
        await this.#run(work);
      } catch (err) {
        this.#o.onError(err, work.item);
      } finally {
        this.#inFlight.delete(group);
      }
    }
  }

  async #run(work: Work<I, M>): Promise<void> {
    const { source, now, leaseMs } = this.#o;
    // A change this instance just made is its own to deliver for leaseMs (no other instance's sweep
    // takes it before), so it needs no lease while it starts well within that time.
    const own = work.memo !== undefined && work.item.attempts === 0 && now() - Date.parse(work.item.markedAt) < leaseMs / 3;
    const item = own ? work.item : await source.lease(work.item, new Date(now() + leaseMs).toISOString());
    if (!item) return; // marked again since (a newer entry follows) or taken by another instance
    try {
      await this.#waitOutThrottle();
      await this.#o.deliver(item, work.memo, this.#context);
    } catch (err) {
      await this.#failed(item, err);
    }
  }

  async #failed(item: I, err: unknown): Promise<void> {
    const { source, now } = this.#o;
    const status = err instanceof DeliveryError ? err.status : 0;
    const retryAfter = err instanceof DeliveryError ? err.retryAfterMs : undefined;
    // Throttled: everyone waits, not just this delivery.
    if (status === 429) this.#pausedUntil = Math.max(this.#pausedUntil, now() + (retryAfter ?? backoffMs(item.attempts)));
    if (isRetryable(status)) {
      const wait = status === 429 && retryAfter !== undefined ? retryAfter : backoffMs(item.attempts);
      await source.retryLater(item, new Date(now() + wait).toISOString());
      this.#context.sweepSoon(wait + 10);
    } else {
      await source.complete(item);
    }
    this.#o.onError(err, item);
  }

  async #waitOutThrottle(): Promise<void> {
    for (;;) {
      const wait = this.#pausedUntil - this.#o.now();
      if (wait <= 0) return;
      await new Promise((done) => setTimeout(done, Math.min(wait, 60_000)));
    }
  }
}

/** How one kind of delivery reaches Teams: the strategy the loop runs for it. */
export type DeliveryStrategy<E, S> =
  /** The subject's card: posted once (its id recorded in the transaction finishing the delivery), then updated in place. */
  | { readonly shape: 'card'; post(engagement: E, subject: S): Promise<string>; update(engagement: E, subject: S, activityId: string): Promise<void> }
  /** A message threaded under the card: it waits until the card is out. */
  | { readonly shape: 'reply'; post(engagement: E, subject: S, activityId: string): Promise<void> }
  /** A message of its own in the conversation. */
  | { readonly shape: 'message'; post(engagement: E, subject: S): Promise<void> };

/** The storage side of an outbox whose subject has a card. */
export interface CardOutboxSource<I extends OutboxRow, S> extends OutboxSource<I> {
  /** The subject as stored, with its card's activity id once posted; undefined when it is gone. */
  load(item: I): Promise<{ readonly subject: S; readonly activityId?: string } | undefined>;
  /** The card was posted: records its id and completes the row (false: marked again, it runs once more). */
  completePosted(item: I, activityId: string): Promise<boolean>;
}

/**
 * Tuning and reporting every card delivery takes: the worker's own (see OutboxWorkerOptions; concurrency
 * stays under Teams' ~50 requests/s per app and tenant), with `readyAt` asked per engagement
 * (e.g. SendRateGate.conversationReadyAt) rather than per row.
 */
export type DeliveryTuning<I extends OutboxRow> = Pick<OutboxWorkerOptions<I, unknown>, 'onError' | 'onSweepError' | 'now' | 'leaseMs' | 'sweepMs' | 'concurrency'> & {
  readonly readyAt?: (engagementId: string) => number;
};

export interface CardDeliveryOptions<I extends OutboxRow & { readonly kind: K }, S, E, K extends string, C> extends DeliveryTuning<I> {
  readonly source: CardOutboxSource<I, S>;
  readonly engagement: (engagementId: string) => Promise<E | undefined>;
  /** Names the row's subject within its engagement. */
  readonly subjectOf: (item: I) => string;
  /** The strategy for each kind of delivery. */
  readonly strategyOf: (kind: K) => DeliveryStrategy<E, S>;
  /** The subject as a change committed it, with the deliveries the change marked. */
  readonly committed: (committed: C) => { readonly deliveries: readonly I[]; readonly subject: S };
  /** The subject as committed here cannot have a card yet (so nothing needs reading to deliver it). */
  readonly unposted: (item: I, subject: S) => boolean;
}

/** Activity ids of recently posted cards remembered, so an update needs no read. */
const ACTIVITY_CACHE = 20_000;

/**
 * Delivers an outbox whose subject (a handoff, a ritual run) has a card in Teams. A card is posted only
 * while the subject has no activity id, and its id is recorded in the transaction that finishes the
 * delivery; replies wait until the card is out (they thread under it); a subject's deliveries never
 * run at once, its card before its replies.
 */
export class CardDelivery<I extends OutboxRow & { readonly kind: K }, S, E, K extends string, C> {
  readonly #o: CardDeliveryOptions<I, S, E, K, C>;
  readonly #worker: OutboxWorker<I, S>;
  readonly #activityIds = new Map<string, string>();

  constructor(options: CardDeliveryOptions<I, S, E, K, C>) {
    this.#o = options;
    const { source, strategyOf, readyAt } = options;
    this.#worker = new OutboxWorker<I, S>({
      source,
      deliver: (item, subject, context) => this.#deliver(item, subject, context),
      keyOf: (item) => `${this.#keyOf(item)}/${item.kind}`,
      groupOf: (item) => this.#keyOf(item),
      // Cards before the replies of the same subject (a reply threads under its card).
      rank: (item) => (strategyOf(item.kind).shape === 'card' ? 0 : 1),
      onError: options.onError,
      onSweepError: options.onSweepError,
      ...(options.now ? { now: options.now } : {}),
      ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
      ...(options.sweepMs ? { sweepMs: options.sweepMs } : {}),
      ...(readyAt ? { readyAt: (item: I) => readyAt(item.engagementId) } : {}),
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    });
  }

  start(): void {
    this.#worker.start();
  }

  /** A change this instance committed: deliver it now, from memory. */
  enqueue(committed: C): void {
    const { deliveries, subject } = this.#o.committed(committed);
    this.#worker.enqueue(deliveries, subject);
  }

  sweep(): void {
    this.#worker.sweep();
  }

  idle(): Promise<void> {
    return this.#worker.idle();
  }

  stop(): Promise<void> {
    return this.#worker.stop();
  }

  #keyOf(item: I): string {
    return `${item.engagementId}/${this.#o.subjectOf(item)}`;
  }

  async #deliver(item: I, memo: S | undefined, context: DeliveryContext): Promise<void> {
    const { source } = this.#o;
    const key = this.#keyOf(item);
    // From memory when this instance made the change, else from storage (and the card's id with it).
    const known = memo !== undefined && (this.#activityIds.has(key) || this.#o.unposted(item, memo));
    const stored = known ? undefined : await source.load(item);
    const subject = memo ?? stored?.subject;
    if (stored?.activityId) this.#remember(key, stored.activityId);
    const engagement = subject !== undefined ? await this.#o.engagement(item.engagementId) : undefined;
    if (subject === undefined || !engagement) {
      await source.complete(item);
      return;
    }
    const activityId = this.#activityIds.get(key);
    const strategy = this.#o.strategyOf(item.kind);
    if (strategy.shape === 'card') {
      if (activityId) {
        await strategy.update(engagement, subject, activityId);
        await this.#complete(item);
      } else {
        const posted = await strategy.post(engagement, subject);
        this.#remember(key, posted);
        if (!(await source.completePosted(item, posted))) this.#worker.sweep();
      }
      return;
    }
    if (strategy.shape === 'message') {
      await strategy.post(engagement, subject);
      await this.#complete(item);
      return;
    }
    if (!activityId) {
      // The reply threads under the card: wait until the card is out.
      await source.retryLater(item, new Date(context.now() + 1_000).toISOString());
      context.sweepSoon(1_000);
      return;
    }
    await strategy.post(engagement, subject, activityId);
    await this.#complete(item);
  }

  /** Completes the row; marked again meanwhile, it is swept at once to run once more. */
  async #complete(item: I): Promise<void> {
    if (!(await this.#o.source.complete(item))) this.#worker.sweep();
  }

  #remember(key: string, activityId: string): void {
    if (this.#activityIds.size >= ACTIVITY_CACHE) this.#activityIds.delete(this.#activityIds.keys().next().value!);
    this.#activityIds.set(key, activityId);
  }
}
