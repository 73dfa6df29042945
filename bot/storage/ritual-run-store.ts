import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import type { RitualRun } from '../domain/rituals/ritual-run.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import { packJson, unpackJson } from './entity-json.ts';
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

/** What a ritual owes Teams: its card (post or update in place), or a message ('reminder-1', 'final', 'result', 'overdue-1'). */
export type RitualDeliveryKind = string;

export interface RitualOutboxItem {
  readonly engagementId: string;
  readonly runKey: string;
  readonly kind: RitualDeliveryKind;
  readonly etag: string;
  readonly leaseUntil: string;
  readonly notBefore: string;
  readonly attempts: number;
  readonly markedAt: string;
}

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
const OUTBOX = 'o|';
const END = '}';
const runKey = (key: string) => `${RUN}${safeKey(key)}`;
const outboxKey = (key: string, kind: string) => `${OUTBOX}${safeKey(key)}|${kind}`;
const odata = (value: string) => `'${value.replace(/'/g, "''")}'`;

export class RitualRunStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
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
    const entity: TableEntity = { partitionKey: pk, rowKey: runKey(run.key), kind: run.kind, key: run.key, status: run.status, startedAt: run.startedAt, nextActionAt: change.nextActionAt, ...packJson('data', run) };
    const actions: TransactionAction[] = [change.etag === undefined ? ['create', entity] : ['update', entity, 'Merge', { etag: change.etag }]];
    const kinds = [...new Set(change.deliveries)];
    // Freshly marked work belongs to this process for a while (see pending); unowned work is anyone's now.
    const markedAt = change.deliveredHere === false ? new Date(0).toISOString() : new Date().toISOString();
    for (const kind of kinds) {
      actions.push(['upsert', { partitionKey: pk, rowKey: outboxKey(run.key, kind), runKey: run.key, kind, markedAt, doneAt: '' }, 'Merge']);
    }
    try {
      const res = await this.#table.submitTransaction(actions);
      const etagAt = (i: number) => res.subResponses[i]?.etag ?? '';
      return {
        run,
        etag: etagAt(0),
        deliveries: kinds.map((kind, i) => ({ engagementId: pk, runKey: run.key, kind, etag: etagAt(1 + i), leaseUntil: '', notBefore: '', attempts: 0, markedAt })),
      };
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 409 || status === 404) throw new ConcurrencyError(`Ritual ${run.key}`);
      throw asStorageRefusal(err) ?? err;
    }
  }

  async #query(filter: string): Promise<StoredRun[]> {
    const out: StoredRun[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(toStored(entity as Record<string, unknown> & { etag: string }));
    return out;
  }

  // ---- outbox ----

  /** Deliveries nobody is working on (see HandoffStore.pendingDeliveries). */
  async pending(now: string, ownedMs = 0, limit = 500): Promise<RitualOutboxItem[]> {
    const ownedSince = new Date(Date.parse(now) - ownedMs).toISOString();
    const out: RitualOutboxItem[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `RowKey ge '${OUTBOX}' and RowKey lt 'o${END}' and doneAt eq ''` } })) {
      const item = toOutbox(entity as Record<string, unknown> & { etag: string });
      if (item.leaseUntil > now || item.notBefore > now) continue;
      if (item.leaseUntil === '' && item.attempts === 0 && item.markedAt > ownedSince) continue;
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }

  async lease(item: RitualOutboxItem, until: string): Promise<RitualOutboxItem | undefined> {
    try {
      const res = await this.#table.updateEntity({ partitionKey: item.engagementId, rowKey: outboxKey(item.runKey, item.kind), leaseUntil: until }, 'Merge', { etag: item.etag });
      return { ...item, leaseUntil: until, etag: res.etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 412 || statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** The run's card was posted: records its id and finishes the delivery in one transaction. */
  async completePosted(item: RitualOutboxItem, activityId: string): Promise<boolean> {
    const pk = item.engagementId;
    try {
      await this.#table.submitTransaction([
        ['update', { partitionKey: pk, rowKey: runKey(item.runKey), activityId }, 'Merge'],
        ['update', { partitionKey: pk, rowKey: outboxKey(item.runKey, item.kind), doneAt: new Date().toISOString(), leaseUntil: '' }, 'Merge', { etag: item.etag }],
      ]);
      return true;
    } catch (err) {
      if (statusOf(err) !== 412 && statusOf(err) !== 404) throw asStorageRefusal(err) ?? err;
      await this.#table.updateEntity({ partitionKey: pk, rowKey: runKey(item.runKey), activityId }, 'Merge');
      return this.complete(item);
    }
  }

  async complete(item: RitualOutboxItem): Promise<boolean> {
    const rowKey = outboxKey(item.runKey, item.kind);
    try {
      await this.#table.updateEntity({ partitionKey: item.engagementId, rowKey, doneAt: new Date().toISOString(), leaseUntil: '' }, 'Merge', { etag: item.etag });
      return true;
    } catch (err) {
      if (statusOf(err) !== 412 && statusOf(err) !== 404) throw err;
      await this.#table.updateEntity({ partitionKey: item.engagementId, rowKey, leaseUntil: '' }, 'Merge').catch(() => undefined);
      return false;
    }
  }

  async retryLater(item: RitualOutboxItem, notBefore: string): Promise<void> {
    await this.#table
      .updateEntity({ partitionKey: item.engagementId, rowKey: outboxKey(item.runKey, item.kind), leaseUntil: '', notBefore, attempts: item.attempts + 1 }, 'Merge', { etag: item.etag })
      .catch((err: unknown) => {
        if (statusOf(err) !== 412 && statusOf(err) !== 404) throw err;
      });
  }
}

function toStored(entity: Record<string, unknown> & { etag: string }): StoredRun {
  const activityId = typeof entity.activityId === 'string' && entity.activityId !== '' ? entity.activityId : undefined;
  return { run: unpackJson<RitualRun>(entity, 'data'), etag: entity.etag, ...(activityId ? { activityId } : {}) };
}

function toOutbox(entity: Record<string, unknown> & { etag: string }): RitualOutboxItem {
  return {
    engagementId: String(entity.partitionKey),
    runKey: String(entity.runKey),
    kind: String(entity.kind),
    etag: entity.etag,
    leaseUntil: typeof entity.leaseUntil === 'string' ? entity.leaseUntil : '',
    notBefore: typeof entity.notBefore === 'string' ? entity.notBefore : '',
    attempts: typeof entity.attempts === 'number' ? entity.attempts : 0,
    markedAt: typeof entity.markedAt === 'string' ? entity.markedAt : '',
  };
}
