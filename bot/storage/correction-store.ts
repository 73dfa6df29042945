import type { TableClient, TableEntity, TransactionAction } from '@azure/data-tables';
import { AuditTrailVerifier, chainEvents, FRESH_ANCHOR, type AuditAnchor, type AuditRecordInput, type AuditVerification, type ChainedEvent } from '../domain/audit/audit-chain.ts';
import type { Correction } from '../domain/corrections/correction.ts';
import { LEARNING_CHAIN, type LearnedPhrasingRecord, type LearningEvent } from '../domain/corrections/learned-phrasing.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import { auditRow, storedAnchor, storedChain, storedEvent } from './audit-rows.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { asStorageRefusal } from './storage-refusal.ts';
import { statusOf } from './table-clients.ts';

/**
 * Corrections and what Baton learned from them, one partition per engagement (another engagement
 * never reads them). Every change is ONE transaction in that partition: the correction (`c|time|id`),
 * the learned phrasings it creates or changes (`l|id`, each under its ETag), and its audit events
 * (`a|time|learning|seq`), hash-chained like handoff events (bot/domain/audit/audit-chain.ts) and
 * anchored on the partition's `anchor` row, which every change rewrites under its ETag. So a
 * correction is never stored without its audit record, nor the other way round, and two writers can
 * never both append seq n.
 */

export interface StoredPhrasing {
  readonly phrasing: LearnedPhrasingRecord;
  readonly etag: string;
}

export interface LearningState {
  /** Undefined until the first change: the chain starts fresh. */
  readonly anchor?: { readonly etag: string; readonly anchor: AuditAnchor };
  readonly phrasings: readonly StoredPhrasing[];
}

export interface LearningChange {
  readonly engagementId: string;
  /** The state the change was computed from (its anchor's ETag guards the whole change). */
  readonly from: LearningState;
  readonly correction?: Correction;
  /** New records (no ETag in `from`) are created; known ones are replaced under their ETag. */
  readonly phrasings: readonly LearnedPhrasingRecord[];
  readonly audit: readonly LearningEvent[];
}

const ANCHOR = 'anchor';
const CORRECTION = 'c|';
const PHRASING = 'l|';
const AUDIT = 'a|';
const END = '}';
/** Table transactions hold at most 100 operations. */
export const MAX_CHANGE_ROWS = 100;

const correctionKey = (c: Correction) => `${CORRECTION}${c.at}|${c.id}`;
const phrasingKey = (id: string) => `${PHRASING}${id}`;
const auditKey = (at: string, seq: number) => `${AUDIT}${at}|${LEARNING_CHAIN}|${String(seq).padStart(6, '0')}`;

function odata(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export class CorrectionStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
  }

  /** The anchor and every learned phrasing of the engagement (any status). */
  async state(engagementId: string): Promise<LearningState> {
    let anchor: LearningState['anchor'];
    const phrasings: StoredPhrasing[] = [];
    const filter = `PartitionKey eq ${odata(engagementId)} and (RowKey eq '${ANCHOR}' or (RowKey ge '${PHRASING}' and RowKey lt 'l${END}'))`;
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      const etag = String(entity.etag ?? '');
      if (entity.rowKey === ANCHOR) anchor = { etag, anchor: storedAnchor(entity) ?? FRESH_ANCHOR };
      else phrasings.push({ phrasing: unpackJson<LearnedPhrasingRecord>(entity, 'data'), etag });
    }
    return { ...(anchor ? { anchor } : {}), phrasings };
  }

  /** Stores the change atomically; ConcurrencyError when anything changed since `from` was read. */
  async commit(change: LearningChange): Promise<void> {
    const pk = change.engagementId;
    const anchor = change.from.anchor?.anchor ?? FRESH_ANCHOR;
    const chained = chainEvents<LearningEvent>(pk, LEARNING_CHAIN, anchor, change.audit);
    const etags = new Map(change.from.phrasings.map((s) => [s.phrasing.id, s.etag]));
    const actions: TransactionAction[] = [];
    const anchorEntity: TableEntity = { partitionKey: pk, rowKey: ANCHOR, auditCount: chained.anchor.count, auditHead: chained.anchor.head };
    actions.push(change.from.anchor ? ['update', anchorEntity, 'Replace', { etag: change.from.anchor.etag }] : ['create', anchorEntity]);
    if (change.correction) {
      const c = change.correction;
      actions.push(['create', { partitionKey: pk, rowKey: correctionKey(c), at: c.at, rowId: c.rowId, byId: c.by.id, ...packJson('data', c) }]);
    }
    for (const p of change.phrasings) {
      const entity: TableEntity = { partitionKey: pk, rowKey: phrasingKey(p.id), status: p.status, rowId: p.rowId, ...packJson('data', p) };
      const etag = etags.get(p.id);
      actions.push(etag === undefined ? ['create', entity] : ['update', entity, 'Replace', { etag }]);
    }
    for (const link of chained.links) actions.push(['create', auditEntity(pk, link)]);
    if (actions.length > MAX_CHANGE_ROWS) throw new Error(`a learning change may write at most ${MAX_CHANGE_ROWS} rows`);
    try {
      await this.#table.submitTransaction(actions);
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 409 || status === 404) throw new ConcurrencyError(`The corrections of ${pk}`);
      throw asStorageRefusal(err) ?? err;
    }
  }

  /** Corrections of the engagement with from ≤ at < to, oldest first. */
  async corrections(engagementId: string, range: { from?: string; to?: string } = {}): Promise<Correction[]> {
    const filter = `PartitionKey eq ${odata(engagementId)} and RowKey ge ${odata(`${CORRECTION}${range.from ?? ''}`)} and RowKey lt ${odata(range.to ? `${CORRECTION}${range.to}` : `c${END}`)}`;
    const out: Correction[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) out.push(unpackJson<Correction>(entity, 'data'));
    return out;
  }

  /** The learning trail's events with from ≤ at < to, oldest first. */
  async *audit(engagementId: string, from: string, to: string): AsyncIterable<LearningEvent> {
    const filter = `PartitionKey eq ${odata(engagementId)} and RowKey ge ${odata(`${AUDIT}${from}`)} and RowKey lt ${odata(`${AUDIT}${to}`)}`;
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) yield unpackJson<LearningEvent>(entity, 'event');
  }

  /** Checks the learning trail's chain against its anchor (the same checks as a handoff's chain). */
  async verifyAuditTrail(engagementId: string): Promise<AuditVerification> {
    const verifier = new AuditTrailVerifier(engagementId);
    let anchored = false;
    const filter = `PartitionKey eq ${odata(engagementId)} and (RowKey eq '${ANCHOR}' or (RowKey ge '${AUDIT}' and RowKey lt 'a${END}'))`;
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      if (entity.rowKey === ANCHOR) {
        anchored = true;
        verifier.handoff(LEARNING_CHAIN, storedAnchor(entity) ?? FRESH_ANCHOR);
      } else {
        verifier.record(auditInput(entity));
      }
    }
    const result = verifier.result();
    // The learning chain is not a handoff: it is reported by its head (`learning`), never counted as one.
    return { ...result, handoffs: 0, ...(anchored ? {} : { heads: [] }) };
  }
}

function auditEntity(pk: string, link: ChainedEvent<LearningEvent>): TableEntity {
  return auditRow(pk, auditKey(link.event.at, link.seq), LEARNING_CHAIN, link);
}

function auditInput(entity: Record<string, unknown>): AuditRecordInput {
  const key = String(entity.rowKey);
  const event = storedEvent<LearningEvent>(entity);
  const chain = storedChain(entity);
  const keyMatches = event !== undefined && key === auditKey(event.at, chain.seq);
  return { key, handoffId: LEARNING_CHAIN, event, keyMatches, filedAt: key.split('|')[1] ?? '', chain };
}
