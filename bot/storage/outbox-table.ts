import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import { asStorageRefusal } from './storage-refusal.ts';
import { statusOf } from './table-clients.ts';

/**
 * The transactional outbox in Azure Tables, shared by every store that owes Teams work (handoffs,
 * ritual runs). An outbox row (`o|subject|kind`) lives in the same table and partition as the subject
 * it delivers, so marking it is an action of the very transaction that stores the change (`marks`):
 * nothing is posted that is not stored, and no stored change lacks its delivery. Workers take rows with
 * an ETag-conditional lease; a row is marked done, not deleted (a table transaction cannot delete on an
 * ETag), and a new mark reopens it, changing its ETag, so a delivery marked again while it was being
 * delivered runs once more. Marks and completions are stamped with ONE injected clock.
 *
 * Row columns (unchanged from what is stored): the subject's id under `subjectColumn`, `kind`,
 * `markedAt`, `doneAt` ('' while owed), `leaseUntil`, `notBefore`, `attempts`.
 */

/** What every outbox row carries, whatever its subject. */
export interface OutboxState<K extends string> {
  readonly engagementId: string;
  readonly kind: K;
  readonly etag: string;
  /** ISO instant until which a worker holds it ('' when free). */
  readonly leaseUntil: string;
  /** ISO instant before which it should not be tried again (backoff after a failure). */
  readonly notBefore: string;
  readonly attempts: number;
  /** ISO instant it was last marked (by the instance that made the change). */
  readonly markedAt: string;
}

/** An outbox row naming its subject under the column `S` (e.g. `handoffId`, `runKey`). */
export type OutboxEntry<S extends string, K extends string> = OutboxState<K> & { readonly [P in S]: string };

export interface OutboxTableOptions<S extends string> {
  readonly table: TableClient;
  /** Stamps marks (`markedAt`) and completions (`doneAt`). */
  readonly clock: () => Date;
  /** The column that names the subject on each row. */
  readonly subjectColumn: S;
  /** The subject's part of the row key, as the store has always written it. */
  readonly subjectKey: (subject: string) => string;
}

/** The actions marking a change's deliveries, and the rows they make once the transaction is stored. */
export interface OutboxMarks<S extends string, K extends string> {
  readonly actions: readonly TransactionAction[];
  /** The marked rows, given the ETag of each action's sub-response (in the order of `actions`). */
  entries(etagOf: (i: number) => string): OutboxEntry<S, K>[];
}

const OUTBOX = 'o|';
/** The character after '|', to bound the prefix range query. */
const END = '}';
const PENDING = `RowKey ge '${OUTBOX}' and RowKey lt 'o${END}' and doneAt eq ''`;

export class OutboxTable<S extends string, K extends string> {
  readonly #table: TableClient;
  readonly #now: () => Date;
  readonly #column: S;
  readonly #subjectKey: (subject: string) => string;

  constructor(options: OutboxTableOptions<S>) {
    this.#table = options.table;
    this.#now = options.clock;
    this.#column = options.subjectColumn;
    this.#subjectKey = options.subjectKey;
  }

  /** The outbox's clock (the one marks and completions are stamped with). */
  now(): Date {
    return this.#now();
  }

  /**
   * Marks deliveries of `subject`, for the transaction that stores its change. Upsert with Merge: a
   * worker's lease on the same delivery is kept; the changed ETag tells it to run once more.
   * `unowned`: no worker runs in the marking process, so any instance's sweep takes the work at once.
   */
  marks(engagementId: string, subject: string, kinds: readonly K[], options: { unowned?: boolean } = {}): OutboxMarks<S, K> {
    const unique = [...new Set(kinds)];
    // Freshly marked work belongs to the marking instance for a while (see pending); unowned work is anyone's now.
    const markedAt = options.unowned ? new Date(0).toISOString() : this.#now().toISOString();
    const actions = unique.map((kind): TransactionAction => [
      'upsert',
      { partitionKey: engagementId, rowKey: this.#rowKey(subject, kind), [this.#column]: subject, kind, markedAt, doneAt: '' },
      'Merge',
    ]);
    return {
      actions,
      entries: (etagOf) => unique.map((kind, i) => this.#entry({ engagementId, kind, etag: etagOf(i), leaseUntil: '', notBefore: '', attempts: 0, markedAt }, subject)),
    };
  }

  /**
   * Deliveries nobody is working on: not held by a live lease, not backing off, and not freshly marked
   * (for `ownedMs` after a change the instance that made it delivers it, without a lease).
   */
  async pending(now: string, ownedMs = 0, limit = 500): Promise<OutboxEntry<S, K>[]> {
    const ownedSince = new Date(Date.parse(now) - ownedMs).toISOString();
    const out: OutboxEntry<S, K>[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter: PENDING } })) {
      const item = this.#toEntry(entity as Record<string, unknown> & { etag: string });
      if (item.leaseUntil > now || item.notBefore > now) continue;
      if (item.leaseUntil === '' && item.attempts === 0 && item.markedAt > ownedSince) continue;
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Takes the delivery for this worker until `until`; undefined when another worker took it first, or it was marked again. */
  async lease(item: OutboxEntry<S, K>, until: string): Promise<OutboxEntry<S, K> | undefined> {
    try {
      const res = await this.#table.updateEntity({ partitionKey: item.engagementId, rowKey: this.#keyOf(item), leaseUntil: until }, 'Merge', { etag: item.etag });
      return { ...item, leaseUntil: until, etag: res.etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 412 || statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** The action finishing the delivery, conditional on its ETag, for a transaction that records what it posted. */
  finish(item: OutboxEntry<S, K>): TransactionAction {
    return ['update', this.#done(item), 'Merge', { etag: item.etag }];
  }

  /**
   * Done: marks the delivery done unless it was marked again meanwhile (then it runs once more: false).
   * The row stays, done, so one row per subject and kind is ever written (a new mark reopens it).
   */
  async complete(item: OutboxEntry<S, K>): Promise<boolean> {
    try {
      await this.#table.updateEntity(this.#done(item), 'Merge', { etag: item.etag });
      return true;
    } catch (err) {
      if (statusOf(err) !== 412 && statusOf(err) !== 404) throw err;
      // Marked again while we delivered: free the lease so it is picked up at once.
      await this.#table.updateEntity({ partitionKey: item.engagementId, rowKey: this.#keyOf(item), leaseUntil: '' }, 'Merge').catch(() => undefined);
      return false;
    }
  }

  /**
   * A card was posted: merges `record` (e.g. the activity id on the subject's row) and finishes the
   * delivery in one transaction. When the delivery was marked again meanwhile, the record is stored on
   * its own and the delivery left to run once more (false). The record is always stored before the
   * delivery is done, so a crash in between re-runs the delivery as an update, never a second post.
   */
  async completeWith(item: OutboxEntry<S, K>, record: TableEntity): Promise<boolean> {
    try {
      await this.#table.submitTransaction([['update', record, 'Merge'], this.finish(item)]);
      return true;
    } catch (err) {
      if (statusOf(err) !== 412 && statusOf(err) !== 404) throw asStorageRefusal(err) ?? err;
      await this.#table.updateEntity(record, 'Merge');
      return this.complete(item);
    }
  }

  /** Failed for now: free it, to be tried again after `notBefore`, one attempt more. */
  async retryLater(item: OutboxEntry<S, K>, notBefore: string): Promise<void> {
    await this.#table
      .updateEntity({ partitionKey: item.engagementId, rowKey: this.#keyOf(item), leaseUntil: '', notBefore, attempts: item.attempts + 1 }, 'Merge', { etag: item.etag })
      .catch((err: unknown) => {
        if (statusOf(err) !== 412 && statusOf(err) !== 404) throw err;
      });
  }

  #done(item: OutboxEntry<S, K>): TableEntity {
    return { partitionKey: item.engagementId, rowKey: this.#keyOf(item), doneAt: this.#now().toISOString(), leaseUntil: '' };
  }

  #keyOf(item: OutboxEntry<S, K>): string {
    return this.#rowKey(item[this.#column] as string, item.kind);
  }

  #rowKey(subject: string, kind: K): string {
    return `${OUTBOX}${this.#subjectKey(subject)}|${kind}`;
  }

  #entry(state: OutboxState<K>, subject: string): OutboxEntry<S, K> {
    return { ...state, [this.#column]: subject } as OutboxEntry<S, K>;
  }

  #toEntry(entity: Record<string, unknown> & { etag: string }): OutboxEntry<S, K> {
    return this.#entry(
      {
        engagementId: String(entity.partitionKey),
        kind: String(entity.kind) as K,
        etag: entity.etag,
        leaseUntil: typeof entity.leaseUntil === 'string' ? entity.leaseUntil : '',
        notBefore: typeof entity.notBefore === 'string' ? entity.notBefore : '',
        attempts: typeof entity.attempts === 'number' ? entity.attempts : 0,
        markedAt: typeof entity.markedAt === 'string' ? entity.markedAt : '',
      },
      String(entity[this.#column]),
    );
  }
}
