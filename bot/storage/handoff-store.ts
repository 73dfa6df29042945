import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import {
  AuditTrailVerifier,
  chainEvents,
  FRESH_ANCHOR,
  LEGACY_ANCHOR,
  type AuditAnchor,
  type AuditRecordInput,
  type AuditVerification,
  type ChainedEvent,
} from '../domain/audit/audit-chain.ts';
import type { Handoff, HandoffEvent } from '../domain/handoff/handoff.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import { retryOnConflict } from './conflict-retry.ts';
import type { HandoffDeliveryKind } from './delivery-kinds.ts';
import { auditRow, storedAnchor, storedChain, storedEvent } from './audit-rows.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { OutboxTable, type OutboxEntry } from './outbox-table.ts';
import { asStorageRefusal } from './storage-refusal.ts';
import { safeKey, statusOf } from './table-clients.ts';

/**
 * Handoffs in Azure Tables, one partition per engagement, so that every change is ONE transaction:
 * the handoff itself (`h|id`), the pointer from its dedup key to it (`k|key`), the deliveries it
 * needs (outbox, `o|id|kind`) and its audit events (`a|time|id|seq`). Either all of it is stored or
 * none; nothing is posted to Teams that is not stored first, and no stored change lacks its card work.
 * The audit events of each handoff form a hash chain (bot/domain/audit/audit-chain.ts) anchored on the
 * handoff row (`auditCount`, `auditHead`): every write that adds an event rewrites that row under its
 * ETag, so two writers can never both append seq n, and a handoff's chain never waits on another's.
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
export type DeliveryKind = HandoffDeliveryKind;

/** A handoff's outbox row (see OutboxTable), naming its handoff by `handoffId`. */
export type OutboxItem = OutboxEntry<'handoffId', DeliveryKind>;

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
const AUDIT = 'a|';
/** The character after '|', to bound prefix range queries. */
const END = '}';
/** Anchors remembered with the ETag they were read at, so a commit after a read needs no second read. */
const ANCHOR_CACHE = 20_000;
/** Passes of `verifyAuditTrail` before a break is reported (a change landing mid-read looks like one). */
const VERIFY_PASSES = 3;

const handoffKey = (id: string) => `${HANDOFF}${id}`;
const pointerKey = (dedupKey: string) => `${POINTER}${safeKey(dedupKey)}`;
/** Audit rows sort by time within the engagement; the chain's seq keeps two events of one instant apart. */
const auditKey = (at: string, handoffId: string, seq: number) => `${AUDIT}${at}|${handoffId}|${String(seq).padStart(6, '0')}`;

function odata(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export class HandoffStore {
  readonly #table: TableClient;
  /** handoff → the audit anchor last seen on its row, and the row's ETag then. */
  readonly #anchors = new Map<string, { readonly etag: string; readonly anchor: AuditAnchor }>();

  /** The handoff outbox (`o|id|kind`, next to its handoff), on the delivery side's clock: the one the worker leases by. */
  readonly #outbox: OutboxTable<'handoffId', DeliveryKind>;

  constructor(table: TableClient, deliveryClock: () => Date = () => new Date()) {
    this.#table = table;
    this.#outbox = new OutboxTable({ table, clock: deliveryClock, subjectColumn: 'handoffId', subjectKey: (id) => id });
  }

  async get(engagementId: string, handoffId: string): Promise<StoredHandoff | undefined> {
    try {
      return this.#stored(await this.#table.getEntity<Record<string, unknown>>(engagementId, handoffKey(handoffId)));
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
    // The chain continues from the anchor of the very row version the change was read from (the
    // update below is conditional on its ETag); a new handoff starts a fresh chain.
    const anchor = change.etag === undefined ? FRESH_ANCHOR : change.audit.length > 0 ? await this.#anchorAt(pk, handoff.id, change.etag) : undefined;
    const chained = anchor ? chainEvents(pk, handoff.id, anchor, change.audit) : undefined;
    const actions: TransactionAction[] = [];
    const entity: TableEntity = {
      partitionKey: pk,
      rowKey: handoffKey(handoff.id),
      ...handoffColumns(handoff),
      ...packJson('data', handoff),
      ...(chained ? anchorColumns(chained.anchor) : {}),
    };
    // Merge keeps the card's activity id, which only the delivery worker writes.
    actions.push(change.etag === undefined ? ['create', entity] : ['update', entity, 'Merge', { etag: change.etag }]);
    if (change.pointer) {
      const pointer: TableEntity = { partitionKey: pk, rowKey: pointerKey(handoff.dedupKey), handoffId: handoff.id, dedupKey: handoff.dedupKey };
      actions.push(change.pointer.etag === undefined ? ['create', pointer] : ['update', pointer, 'Replace', { etag: change.pointer.etag }]);
    }
    const marks = this.#outbox.marks(pk, handoff.id, change.deliveries);
    actions.push(...marks.actions);
    for (const link of chained?.links ?? []) actions.push(['create', auditEntity(pk, handoff.id, link)]);
    try {
      const res = await this.#table.submitTransaction(actions);
      // Sub-responses come in the order of the actions (upserts carry no row key to look them up by).
      const etagAt = (i: number) => res.subResponses[i]?.etag ?? '';
      const firstDelivery = change.pointer ? 2 : 1;
      const kept = chained?.anchor ?? this.#cachedAnchor(pk, handoff.id, change.etag);
      if (kept) this.#rememberAnchor(pk, handoff.id, etagAt(0), kept);
      return {
        handoff,
        etag: etagAt(0),
        deliveries: marks.entries((i) => etagAt(firstDelivery + i)),
      };
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 409 || status === 404) throw new ConcurrencyError(`Handoff ${handoff.id}`);
      // A permanent refusal (too large, not storable) must not look like a reason to retry.
      throw asStorageRefusal(err) ?? err;
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
      out.push(this.#stored(entity as Record<string, unknown> & { etag: string }));
    }
    return out;
  }

  // ---- outbox ----

  /** Deliveries nobody is working on (see OutboxTable.pending). */
  pendingDeliveries(now: string, ownedMs = 0, limit = 200): Promise<OutboxItem[]> {
    return this.#outbox.pending(now, ownedMs, limit);
  }

  /** Takes the delivery for this worker until `until`; undefined when another worker took it first. */
  lease(item: OutboxItem, until: string): Promise<OutboxItem | undefined> {
    return this.#outbox.lease(item, until);
  }

  /**
   * A card was posted: records its activity id, appends the `posted` event to the handoff's audit
   * chain (moving the anchor on the handoff row, under its ETag) and finishes the delivery, in one
   * transaction. When it conflicts, either the handoff changed meanwhile or the delivery was marked
   * again: the id and the event are then stored on their own, with the anchor read afresh, and
   * `complete` finishes the delivery or leaves it to run once more. The id is always stored before
   * the delivery is done, so a crash in between re-runs the delivery as an update, never a second post.
   */
  async completePosted(item: OutboxItem, activityId: string): Promise<boolean> {
    const pk = item.engagementId;
    const posted: HandoffEvent = { kind: 'posted', at: this.#outbox.now().toISOString(), via: 'system', cardId: activityId };
    const finish = this.#outbox.finish(item);
    return retryOnConflict(`Handoff ${item.handoffId}`, async (attempt) => {
      // After a conflict the anchor is read afresh, and the delivery is left to `complete`.
      const withDelivery = attempt === 1;
      const current = await this.#currentAnchor(pk, item.handoffId, !withDelivery);
      if (!current) return this.complete(item); // the handoff is gone: nothing to record the card on
      const chained = chainEvents(pk, item.handoffId, current.anchor, [posted]);
      const actions: TransactionAction[] = [
        ['update', { partitionKey: pk, rowKey: handoffKey(item.handoffId), activityId, ...anchorColumns(chained.anchor) }, 'Merge', { etag: current.etag }],
        ...chained.links.map((link): TransactionAction => ['create', auditEntity(pk, item.handoffId, link)]),
        ...(withDelivery ? [finish] : []),
      ];
      try {
        const res = await this.#table.submitTransaction(actions);
        this.#rememberAnchor(pk, item.handoffId, res.subResponses[0]?.etag ?? '', chained.anchor);
      } catch (err) {
        const status = statusOf(err);
        if (status !== 412 && status !== 404 && status !== 409) throw asStorageRefusal(err) ?? err;
        this.#anchors.delete(anchorCacheKey(pk, item.handoffId));
        throw new ConcurrencyError(`Handoff ${item.handoffId}`);
      }
      return withDelivery ? true : this.complete(item);
    });
  }

  /** Done unless it was marked again meanwhile (then it runs once more: false); see OutboxTable.complete. */
  complete(item: OutboxItem): Promise<boolean> {
    return this.#outbox.complete(item);
  }

  /** Failed for now: free it, to be tried again after `notBefore`. */
  retryLater(item: OutboxItem, notBefore: string): Promise<void> {
    return this.#outbox.retryLater(item, notBefore);
  }

  // ---- audit ----

  /** Audit events of the engagement with from ≤ at < to, oldest first. */
  async *audit(engagementId: string, from: string, to: string): AsyncIterable<AuditRow> {
    const filter = `PartitionKey eq ${odata(engagementId)} and RowKey ge ${odata(`${AUDIT}${from}`)} and RowKey lt ${odata(`${AUDIT}${to}`)}`;
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      yield { engagementId, handoffId: String(entity.handoffId ?? ''), event: unpackJson<HandoffEvent>(entity, 'event') };
    }
  }

  /**
   * Checks the engagement's whole audit trail against its chains and anchors (see AuditTrailVerifier).
   * A change committed while the trail is being read can look like a break for a moment, so a break
   * is reported only when it is still there on a fresh read.
   */
  async verifyAuditTrail(engagementId: string): Promise<AuditVerification> {
    let result = await this.#verifyOnce(engagementId);
    for (let pass = 2; !result.ok && pass <= VERIFY_PASSES; pass++) result = await this.#verifyOnce(engagementId);
    return result;
  }

  async #verifyOnce(engagementId: string): Promise<AuditVerification> {
    const verifier = new AuditTrailVerifier(engagementId);
    const handoffs = `PartitionKey eq ${odata(engagementId)} and RowKey ge '${HANDOFF}' and RowKey lt 'h${END}'`;
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter: handoffs, select: ['RowKey', 'auditCount', 'auditHead'] } })) {
      verifier.handoff(String(entity.rowKey).slice(HANDOFF.length), storedAnchor(entity));
    }
    const records = `PartitionKey eq ${odata(engagementId)} and RowKey ge '${AUDIT}' and RowKey lt 'a${END}'`;
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter: records } })) verifier.record(auditInput(entity));
    return verifier.result();
  }

  // ---- audit anchors ----

  /** Reads the handoff and remembers its anchor with the ETag it was read at. */
  #stored(entity: Record<string, unknown> & { etag: string }): StoredHandoff {
    const stored = toStored(entity);
    this.#rememberAnchor(stored.handoff.engagementId, stored.handoff.id, entity.etag, storedAnchor(entity) ?? LEGACY_ANCHOR);
    return stored;
  }

  /**
   * The anchor of the row version with this ETag. Without it in memory, the row is read: if it has
   * changed since, the commit's ETag condition fails anyway, so whatever was read is never used.
   */
  async #anchorAt(engagementId: string, handoffId: string, etag: string): Promise<AuditAnchor> {
    const cached = this.#cachedAnchor(engagementId, handoffId, etag);
    if (cached) return cached;
    const current = await this.#currentAnchor(engagementId, handoffId, true);
    if (!current) throw new ConcurrencyError(`Handoff ${handoffId}`);
    return current.anchor;
  }

  /** The row's anchor and ETag as last seen here, or read afresh; undefined when the handoff is gone. */
  async #currentAnchor(engagementId: string, handoffId: string, fresh: boolean): Promise<{ etag: string; anchor: AuditAnchor } | undefined> {
    const cached = fresh ? undefined : this.#anchors.get(anchorCacheKey(engagementId, handoffId));
    if (cached) return cached;
    try {
      const entity = await this.#table.getEntity<Record<string, unknown>>(engagementId, handoffKey(handoffId), { queryOptions: { select: ['auditCount', 'auditHead'] } });
      const current = { etag: entity.etag, anchor: storedAnchor(entity) ?? LEGACY_ANCHOR };
      this.#rememberAnchor(engagementId, handoffId, current.etag, current.anchor);
      return current;
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  #cachedAnchor(engagementId: string, handoffId: string, etag: string | undefined): AuditAnchor | undefined {
    const cached = this.#anchors.get(anchorCacheKey(engagementId, handoffId));
    return cached && etag !== undefined && cached.etag === etag ? cached.anchor : undefined;
  }

  #rememberAnchor(engagementId: string, handoffId: string, etag: string, anchor: AuditAnchor): void {
    const key = anchorCacheKey(engagementId, handoffId);
    this.#anchors.delete(key);
    if (etag === '') return;
    if (this.#anchors.size >= ANCHOR_CACHE) this.#anchors.delete(this.#anchors.keys().next().value!);
    this.#anchors.set(key, { etag, anchor });
  }
}

const anchorCacheKey = (engagementId: string, handoffId: string) => `${engagementId}/${handoffId}`;

function anchorColumns(anchor: AuditAnchor): { auditCount: number; auditHead: string } {
  return { auditCount: anchor.count, auditHead: anchor.head };
}

function auditEntity(pk: string, handoffId: string, link: ChainedEvent): TableEntity {
  return auditRow(pk, auditKey(link.event.at, handoffId, link.seq), handoffId, link);
}

/** A stored audit row as the verifier reads it: a record with any chain column counts as chained. */
function auditInput(entity: Record<string, unknown>): AuditRecordInput {
  const key = String(entity.rowKey);
  const handoffId = String(entity.handoffId ?? '');
  const event = storedEvent<HandoffEvent>(entity);
  const chained = entity.seq !== undefined || entity.prevHash !== undefined || entity.hash !== undefined;
  const chain = chained ? storedChain(entity) : undefined;
  const keyMatches = !chain || (event !== undefined && key === auditKey(event.at, handoffId, chain.seq));
  return { key, handoffId, event, keyMatches, filedAt: key.split('|')[1] ?? '', ...(chain ? { chain } : {}) };
}

/** Plain columns next to the JSON, so queries can filter without reading it. */
function handoffColumns(h: Handoff): Record<string, string> {
  return { status: h.status, dedupKey: h.dedupKey, severity: h.severity, openedAt: h.openedAt, nextEscalationAt: h.nextEscalationAt ?? '' };
}

function toStored(entity: Record<string, unknown> & { etag: string }): StoredHandoff {
  const activityId = typeof entity.activityId === 'string' && entity.activityId !== '' ? entity.activityId : undefined;
  return { handoff: unpackJson<Handoff>(entity, 'data'), etag: entity.etag, ...(activityId ? { activityId } : {}) };
}
