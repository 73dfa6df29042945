import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import type { Handoff, HandoffEvent } from '../domain/handoff/handoff.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { safeKey, statusOf } from './table-clients.ts';

/**
 * Handoffs in Azure Tables, one partition per engagement, so that every change is ONE transaction:
 * the handoff itself (`h|id`), the pointer from its dedup key to it (`k|key`), the deliveries it
 * needs (outbox, `o|id|kind`) and its audit events (`a|time|id|n`). Either all of it is stored or
 * none; nothing is posted to Teams that is not stored first, and no stored change lacks its card work.
 * A delivery row is marked done, not deleted, when delivered (so "record the card's id and finish the
 * delivery" is one conditional transaction; a table transaction cannot delete on an ETag).
 */

export interface StoredHandoff {
  readonly handoff: Handoff;
  readonly etag: string;
  /** The Teams activity id of its card, once posted. */
  readonly activityId?: string;
}

/** What a commit stored: the handoff (with its new ETag) and the deliveries it marked, ready to lease. */
export interface CommittedHandoff extends StoredHandoff {
  readonly deliveries: readonly OutboxItem[];
}

/** A delivery the worker owes Teams: make the card show the latest state, or post an escalation reply. */
export type DeliveryKind = 'card' | `escalation-${number}`;

export interface OutboxItem {
  readonly engagementId: string;
  readonly handoffId: string;
  readonly kind: DeliveryKind;
  readonly etag: string;
  /** ISO instant until which a worker holds it ('' when free). */
  readonly leaseUntil: string;
  /** ISO instant before which it should not be tried again (backoff after a failure). */
  readonly notBefore: string;
  readonly attempts: number;
  /** ISO instant it was last marked (by the instance that made the change). */
  readonly markedAt: string;
}

export interface HandoffChange {
  readonly handoff: Handoff;
  /** ETag the handoff was read with; absent to create it. */
  readonly etag?: string;
  /** Point the dedup key at this handoff: `etag` of the pointer read, or absent to create the pointer. */
  readonly pointer?: { readonly etag?: string };
  readonly deliveries: readonly DeliveryKind[];
  /** Events to append to the audit trail (usually the one the change added). */
  readonly audit: readonly HandoffEvent[];
}

export interface AuditRow {
  readonly engagementId: string;
  readonly handoffId: string;
  readonly event: HandoffEvent;
}

const HANDOFF = 'h|';
const POINTER = 'k|';
const OUTBOX = 'o|';
const AUDIT = 'a|';
/** The character after '|', to bound prefix range queries. */
const END = '}';

const handoffKey = (id: string) => `${HANDOFF}${id}`;
const pointerKey = (dedupKey: string) => `${POINTER}${safeKey(dedupKey)}`;
const outboxKey = (id: string, kind: DeliveryKind) => `${OUTBOX}${id}|${kind}`;

function odata(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export class HandoffStore {
  readonly #table: TableClient;
  #auditSeq = 0;

  /** The delivery side's clock (outbox marks, completions): the one the delivery worker leases by. */
  readonly #now: () => Date;

  constructor(table: TableClient, deliveryClock: () => Date = () => new Date()) {
    this.#table = table;
    this.#now = deliveryClock;
  }

  async get(engagementId: string, handoffId: string): Promise<StoredHandoff | undefined> {
    try {
      return toStored(await this.#table.getEntity<Record<string, unknown>>(engagementId, handoffKey(handoffId)));
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** The handoff the dedup key points at (open or the last resolved one), with the pointer's ETag. */
  async forDedupKey(engagementId: string, dedupKey: string): Promise<{ pointerEtag?: string; current?: StoredHandoff }> {
    let pointer: Record<string, unknown> & { etag: string };
    try {
      pointer = await this.#table.getEntity<Record<string, unknown>>(engagementId, pointerKey(dedupKey));
    } catch (err) {
      if (statusOf(err) === 404) return {};
      throw err;
    }
    const current = typeof pointer.handoffId === 'string' ? await this.get(engagementId, pointer.handoffId) : undefined;
    return { pointerEtag: pointer.etag, ...(current ? { current } : {}) };
  }

  /**
   * Stores a change atomically; ConcurrencyError when the handoff or the pointer changed since read.
   * The result carries no activity id (read the handoff again when it is needed).
   */
  async commit(change: HandoffChange): Promise<CommittedHandoff> {
    const { handoff } = change;
    const pk = handoff.engagementId;
    const actions: TransactionAction[] = [];
    const entity: TableEntity = { partitionKey: pk, rowKey: handoffKey(handoff.id), ...handoffColumns(handoff), ...packJson('data', handoff) };
    // Merge keeps the card's activity id, which only the delivery worker writes.
    actions.push(change.etag === undefined ? ['create', entity] : ['update', entity, 'Merge', { etag: change.etag }]);
    if (change.pointer) {
      const pointer: TableEntity = { partitionKey: pk, rowKey: pointerKey(handoff.dedupKey), handoffId: handoff.id, dedupKey: handoff.dedupKey };
      actions.push(change.pointer.etag === undefined ? ['create', pointer] : ['update', pointer, 'Replace', { etag: change.pointer.etag }]);
    }
    const kinds = [...new Set(change.deliveries)];
    const markedAt = this.#now().toISOString();
    for (const kind of kinds) {
      // Merge: a worker's lease on the same delivery is kept; the changed ETag tells it to run once more.
      actions.push(['upsert', { partitionKey: pk, rowKey: outboxKey(handoff.id, kind), handoffId: handoff.id, kind, markedAt, doneAt: '' }, 'Merge']);
    }
    for (const event of change.audit) {
      actions.push(['create', { partitionKey: pk, rowKey: this.#auditKey(event.at, handoff.id), handoffId: handoff.id, ...packJson('event', event) }]);
    }
    try {
      const res = await this.#table.submitTransaction(actions);
      // Sub-responses come in the order of the actions (upserts carry no row key to look them up by).
      const etagAt = (i: number) => res.subResponses[i]?.etag ?? '';
      const firstDelivery = change.pointer ? 2 : 1;
      return {
        handoff,
        etag: etagAt(0),
        deliveries: kinds.map((kind, i) => ({ engagementId: pk, handoffId: handoff.id, kind, etag: etagAt(firstDelivery + i), leaseUntil: '', notBefore: '', attempts: 0, markedAt })),
      };
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 409 || status === 404) throw new ConcurrencyError(`Handoff ${handoff.id}`);
      throw err;
    }
  }

  /** Records the posted card's activity id (only the delivery worker writes it). */
  async recordActivityId(engagementId: string, handoffId: string, activityId: string): Promise<void> {
    await this.#table.updateEntity({ partitionKey: engagementId, rowKey: handoffKey(handoffId), activityId }, 'Merge');
  }

  /** Every handoff of the engagement that is not resolved. */
  async listOpen(engagementId: string): Promise<StoredHandoff[]> {
    const filter = `PartitionKey eq ${odata(engagementId)} and RowKey ge '${HANDOFF}' and RowKey lt 'h${END}' and status ne 'resolved'`;
    return this.#query(filter);
  }

  /** Handoffs of the engagement opened in [from, to). */
  async listOpenedBetween(engagementId: string, from: string, to: string): Promise<StoredHandoff[]> {
    const filter = `PartitionKey eq ${odata(engagementId)} and RowKey ge '${HANDOFF}' and RowKey lt 'h${END}' and openedAt ge ${odata(from)} and openedAt lt ${odata(to)}`;
    return this.#query(filter);
  }

  /** Unclaimed handoffs (any engagement) whose escalation time has come. */
  async dueEscalations(now: string): Promise<StoredHandoff[]> {
    const filter = `RowKey ge '${HANDOFF}' and RowKey lt 'h${END}' and status eq 'open' and nextEscalationAt ne '' and nextEscalationAt le ${odata(now)}`;
    return this.#query(filter);
  }

  async #query(filter: string): Promise<StoredHandoff[]> {
    const out: StoredHandoff[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      out.push(toStored(entity as Record<string, unknown> & { etag: string }));
    }
    return out;
  }

  // ---- outbox ----

  /**
   * Deliveries nobody is working on: not held by a live lease, not backing off, and not freshly marked
   * (for `ownedMs` after a change the instance that made it delivers it, without a lease).
   */
  async pendingDeliveries(now: string, ownedMs = 0, limit = 200): Promise<OutboxItem[]> {
    const ownedSince = new Date(Date.parse(now) - ownedMs).toISOString();
    const filter = `RowKey ge '${OUTBOX}' and RowKey lt 'o${END}' and doneAt eq ''`;
    const out: OutboxItem[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      const item = toOutbox(entity as Record<string, unknown> & { etag: string });
      if (item.leaseUntil > now || item.notBefore > now) continue;
      if (item.leaseUntil === '' && item.attempts === 0 && item.markedAt > ownedSince) continue;
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Takes the delivery for this worker until `until`; undefined when another worker took it first. */
  async lease(item: OutboxItem, until: string): Promise<OutboxItem | undefined> {
    try {
      const res = await this.#table.updateEntity(
        { partitionKey: item.engagementId, rowKey: outboxKey(item.handoffId, item.kind), leaseUntil: until },
        'Merge',
        { etag: item.etag },
      );
      return { ...item, leaseUntil: until, etag: res.etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 412 || statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** Audit rows sort by time within the engagement; the suffix keeps two events of one instant apart. */
  #auditKey(at: string, handoffId: string): string {
    const seq = String(this.#auditSeq++ % 1_000_000).padStart(6, '0');
    return `${AUDIT}${at}|${handoffId}|${seq}${Math.random().toString(36).slice(2, 6)}`;
  }

  /**
   * A card was posted: records its activity id and removes the delivery in one transaction. When the
   * delivery was marked again meanwhile, the id is still recorded and the delivery runs once more.
   */
  async completePosted(item: OutboxItem, activityId: string): Promise<boolean> {
    try {
      const posted: HandoffEvent = { kind: 'posted', at: this.#now().toISOString(), via: 'system', cardId: activityId };
      await this.#table.submitTransaction([
        ['update', { partitionKey: item.engagementId, rowKey: handoffKey(item.handoffId), activityId }, 'Merge'],
        ['create', { partitionKey: item.engagementId, rowKey: this.#auditKey(posted.at, item.handoffId), handoffId: item.handoffId, ...packJson('event', posted) }],
        ['update', { partitionKey: item.engagementId, rowKey: outboxKey(item.handoffId, item.kind), doneAt: this.#now().toISOString(), leaseUntil: '' }, 'Merge', { etag: item.etag }],
      ]);
      return true;
    } catch (err) {
      if (statusOf(err) !== 412 && statusOf(err) !== 404) throw err;
      await this.recordActivityId(item.engagementId, item.handoffId, activityId);
      return this.complete(item);
    }
  }

  /**
   * Done: marks the delivery done unless it was marked again meanwhile (then it runs once more).
   * The row stays, done, so one row per handoff and kind is ever written (a new mark reopens it).
   */
  async complete(item: OutboxItem): Promise<boolean> {
    try {
      await this.#table.updateEntity(
        { partitionKey: item.engagementId, rowKey: outboxKey(item.handoffId, item.kind), doneAt: this.#now().toISOString(), leaseUntil: '' },
        'Merge',
        { etag: item.etag },
      );
      return true;
    } catch (err) {
      if (statusOf(err) === 412 || statusOf(err) === 404) {
        // Marked again while we delivered: free the lease so it is picked up at once.
        await this.#table
          .updateEntity({ partitionKey: item.engagementId, rowKey: outboxKey(item.handoffId, item.kind), leaseUntil: '' }, 'Merge')
          .catch(() => undefined);
        return false;
      }
      throw err;
    }
  }

  /** Failed for now: free it, to be tried again after `notBefore`. */
  async retryLater(item: OutboxItem, notBefore: string): Promise<void> {
    await this.#table
      .updateEntity(
        { partitionKey: item.engagementId, rowKey: outboxKey(item.handoffId, item.kind), leaseUntil: '', notBefore, attempts: item.attempts + 1 },
        'Merge',
        { etag: item.etag },
      )
      .catch((err: unknown) => {
        if (statusOf(err) !== 412 && statusOf(err) !== 404) throw err;
      });
  }

  // ---- audit ----

  /** Audit events of the engagement with from ≤ at < to, oldest first. */
  async *audit(engagementId: string, from: string, to: string): AsyncIterable<AuditRow> {
    const filter = `PartitionKey eq ${odata(engagementId)} and RowKey ge ${odata(`${AUDIT}${from}`)} and RowKey lt ${odata(`${AUDIT}${to}`)}`;
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      yield { engagementId, handoffId: String(entity.handoffId ?? ''), event: unpackJson<HandoffEvent>(entity, 'event') };
    }
  }
}

/** Plain columns next to the JSON, so queries can filter without reading it. */
function handoffColumns(h: Handoff): Record<string, string> {
  return { status: h.status, dedupKey: h.dedupKey, severity: h.severity, openedAt: h.openedAt, nextEscalationAt: h.nextEscalationAt ?? '' };
}

function toStored(entity: Record<string, unknown> & { etag: string }): StoredHandoff {
  const activityId = typeof entity.activityId === 'string' && entity.activityId !== '' ? entity.activityId : undefined;
  return { handoff: unpackJson<Handoff>(entity, 'data'), etag: entity.etag, ...(activityId ? { activityId } : {}) };
}

function toOutbox(entity: Record<string, unknown> & { etag: string }): OutboxItem {
  return {
    engagementId: String(entity.partitionKey),
    handoffId: String(entity.handoffId),
    kind: String(entity.kind) as DeliveryKind,
    etag: entity.etag,
    leaseUntil: typeof entity.leaseUntil === 'string' ? entity.leaseUntil : '',
    notBefore: typeof entity.notBefore === 'string' ? entity.notBefore : '',
    attempts: typeof entity.attempts === 'number' ? entity.attempts : 0,
    markedAt: typeof entity.markedAt === 'string' ? entity.markedAt : '',
  };
}
