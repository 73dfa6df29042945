import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import type { RitualRun } from '../domain/rituals/ritual-run.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import type { RitualDeliveryKind } from './delivery-kinds.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { OutboxTable, type OutboxEntry } from './outbox-table.ts';
import { asStorageRefusal } from './storage-refusal.ts';
import { safeKey, statusOf } from './table-clients.ts';

/**
 * Ritual runs (a standup, a review) and their outbox, in the rituals table next to the schedule, one
 * partition per engagement: the run (`run|key`) and the messages it owes Teams (`o|key|kind`) are
 * written in ONE transaction, so an answer, a reminder or a sign-off is never stored without its
 * card work, and never posted before it is stored. Delivered rows are marked done, not deleted.
 */

export interface StoredRun {
  readonly run: RitualRun;
  readonly etag: string;
  /** The Teams activity id of the run's card, once posted. */
  readonly activityId?: string;
}

export type { RitualDeliveryKind } from './delivery-kinds.ts';

/** A ritual run's outbox row (see OutboxTable), naming its run by `runKey`. */
export type RitualOutboxItem = OutboxEntry<'runKey', RitualDeliveryKind>;

export interface CommittedRun extends StoredRun {
  readonly deliveries: readonly RitualOutboxItem[];
}

export interface RunChange {
  readonly run: RitualRun;
  /** ETag the run was read with; absent to create it (fails if it exists). */
  readonly etag?: string;
  /** When the clock next has something to do for it ('' for nothing). */
  readonly nextActionAt: string;
  readonly deliveries: readonly RitualDeliveryKind[];
  /** False when no delivery worker runs in this process (the CLI): any instance's sweep takes the work at once. */
  readonly deliveredHere?: boolean;
}

const RUN = 'run|';
const END = '}';
const runKey = (key: string) => `${RUN}${safeKey(key)}`;
const odata = (value: string) => `'${value.replace(/'/g, "''")}'`;

export class RitualRunStore {
  readonly #table: TableClient;
  /** The run outbox (`o|key|kind`, next to its run), stamped by the delivery side's clock. */
  readonly #outbox: OutboxTable<'runKey', RitualDeliveryKind>;

  constructor(table: TableClient, deliveryClock: () => Date = () => new Date()) {
    this.#table = table;
    this.#outbox = new OutboxTable({ table, clock: deliveryClock, subjectColumn: 'runKey', subjectKey: safeKey });
  }

  async get(engagementId: string, key: string): Promise<StoredRun | undefined> {
    try {
      return toStored(await this.#table.getEntity<Record<string, unknown>>(engagementId, runKey(key)));
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** The engagement's runs of a kind, newest first. */
  async list(engagementId: string, kind: RitualRun['kind']): Promise<StoredRun[]> {
    const filter = `PartitionKey eq ${odata(engagementId)} and RowKey ge '${RUN}' and RowKey lt 'run${END}' and kind eq ${odata(kind)}`;
    const out = await this.#query(filter);
    return out.sort((a, b) => b.run.startedAt.localeCompare(a.run.startedAt));
  }

  /** Runs (any engagement) whose next timed step is due. */
  async due(now: string): Promise<StoredRun[]> {
    return this.#query(`RowKey ge '${RUN}' and RowKey lt 'run${END}' and nextActionAt ne '' and nextActionAt le ${odata(now)}`);
  }

  /** Stores a change and its deliveries atomically; ConcurrencyError when the run changed since read (or exists, on create). */
  async commit(change: RunChange): Promise<CommittedRun> {
    const { run } = change;
    const pk = run.engagementId;
    const entity: TableEntity = {
      partitionKey: pk,
      rowKey: runKey(run.key),
      kind: run.kind,
      key: run.key,
      status: run.status,
      startedAt: run.startedAt,
      nextActionAt: change.nextActionAt,
      ...packJson('data', run),
    };
    // Freshly marked work belongs to this process for a while (see pending); unowned work is anyone's now.
    const marks = this.#outbox.marks(pk, run.key, change.deliveries, { unowned: change.deliveredHere === false });
    const actions: TransactionAction[] = [change.etag === undefined ? ['create', entity] : ['update', entity, 'Merge', { etag: change.etag }], ...marks.actions];
    try {
      const res = await this.#table.submitTransaction(actions);
      const etagAt = (i: number) => res.subResponses[i]?.etag ?? '';
      return {
        run,
        etag: etagAt(0),
        deliveries: marks.entries((i) => etagAt(1 + i)),
      };
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 409 || status === 404) throw new ConcurrencyError(`Ritual ${run.key}`);
      throw asStorageRefusal(err) ?? err;
    }
  }

  async #query(filter: string): Promise<StoredRun[]> {
    const out: StoredRun[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } }))
      out.push(toStored(entity as Record<string, unknown> & { etag: string }));
    return out;
  }

  // ---- outbox (see OutboxTable) ----

  /** Deliveries nobody is working on. */
  pending(now: string, ownedMs = 0, limit = 500): Promise<RitualOutboxItem[]> {
    return this.#outbox.pending(now, ownedMs, limit);
  }

  lease(item: RitualOutboxItem, until: string): Promise<RitualOutboxItem | undefined> {
    return this.#outbox.lease(item, until);
  }

  /** The run's card was posted: records its id and finishes the delivery in one transaction. */
  completePosted(item: RitualOutboxItem, activityId: string): Promise<boolean> {
    return this.#outbox.completeWith(item, { partitionKey: item.engagementId, rowKey: runKey(item.runKey), activityId });
  }

  complete(item: RitualOutboxItem): Promise<boolean> {
    return this.#outbox.complete(item);
  }

  retryLater(item: RitualOutboxItem, notBefore: string): Promise<void> {
    return this.#outbox.retryLater(item, notBefore);
  }
}

function toStored(entity: Record<string, unknown> & { etag: string }): StoredRun {
  const activityId = typeof entity.activityId === 'string' && entity.activityId !== '' ? entity.activityId : undefined;
  return { run: unpackJson<RitualRun>(entity, 'data'), etag: entity.etag, ...(activityId ? { activityId } : {}) };
}
