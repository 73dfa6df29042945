import type { TableEntity } from '@azure/data-tables';
import type { AuditAnchor, AuditedEvent, ChainedEvent, ChainLink } from '../domain/audit/audit-chain.ts';
import { packJson, unpackJson } from './entity-json.ts';

/**
 * The stored shape of an audit chain, shared by every store that keeps one (handoffs, the learning
 * trail of corrections): one row per chained event, and the anchor (count and head hash) on the row
 * the chain belongs to.
 */

/** The anchor on a chain's owning row; undefined for a row written before the chain existed. */
export function storedAnchor(entity: Record<string, unknown>): AuditAnchor | undefined {
  return typeof entity.auditCount === 'number' && typeof entity.auditHead === 'string' ? { count: entity.auditCount, head: entity.auditHead } : undefined;
}

/** One chained event as a row: its chain columns and the event as JSON (the `handoffId` column names the chain). */
export function auditRow<E extends AuditedEvent>(partitionKey: string, rowKey: string, chainId: string, link: ChainedEvent<E>): TableEntity {
  return { partitionKey, rowKey, handoffId: chainId, seq: link.seq, prevHash: link.prevHash, hash: link.hash, ...packJson('event', link.event) };
}

/** A stored row's event; undefined when its JSON does not read (the verifier reports the row). */
export function storedEvent<E>(entity: Record<string, unknown>): E | undefined {
  try {
    return unpackJson<E>(entity, 'event');
  } catch {
    return undefined;
  }
}

/** A stored row's chain columns as the verifier reads them (a missing sequence number is NaN). */
export function storedChain(entity: Record<string, unknown>): ChainLink {
  return { seq: typeof entity.seq === 'number' ? entity.seq : Number.NaN, prevHash: String(entity.prevHash ?? ''), hash: String(entity.hash ?? '') };
}
