import { createHash } from 'node:crypto';
import type { HandoffEvent } from '../handoff/handoff.ts';

/**
 * The handoff audit trail, made tamper-evident: one hash chain per handoff (not per engagement, so
 * changes to different handoffs never wait on each other). Record n stores `seq` = n, the previous
 * record's hash and its own hash over (engagement, handoff, seq, previous hash, event). The handoff
 * row, which every change already rewrites under its ETag in the same transaction, carries the
 * anchor: how many chained records there are and the last hash. So an edited record breaks its own
 * hash, an inserted or removed one breaks a link or the count, and a removed last one leaves the
 * anchor pointing at nothing.
 *
 * The hash is a plain SHA-256, not keyed: it shows what changed to anyone verifying, but someone
 * with write access who knows the scheme can rewrite a whole handoff's chain and its anchor. The
 * heads (`AuditVerification.heads`) are what to copy somewhere they cannot reach, to rule that out.
 */

/** The chain's anchor on the handoff row: chained records so far and the last one's hash. */
export interface AuditAnchor {
  readonly count: number;
  /** The last record's hash, or the genesis marker while there is none. */
  readonly head: string;
}

/** `prevHash` of the first record of a handoff created with the chain: no record may precede it. */
export const FRESH_GENESIS = '';
/** `prevHash` of the first chained record of a handoff whose earlier records predate the chain. */
export const LEGACY_GENESIS = 'legacy';

/** A new handoff's anchor. */
export const FRESH_ANCHOR: AuditAnchor = { count: 0, head: FRESH_GENESIS };
/** The anchor of a handoff row written before the chain existed (it carries none). */
export const LEGACY_ANCHOR: AuditAnchor = { count: 0, head: LEGACY_GENESIS };

/**
 * What a chained record holds: any event with its instant. Handoff events are one kind; the
 * learning trail of corrections (bot/domain/corrections) chains its own events the same way.
 */
export interface AuditedEvent {
  readonly at: string;
}

export interface ChainLink {
  readonly seq: number;
  readonly prevHash: string;
  readonly hash: string;
}

export interface ChainedEvent<E extends AuditedEvent = HandoffEvent> extends ChainLink {
  readonly event: E;
}

/**
 * JSON with object keys sorted and undefined members left out, so the same event hashes the same
 * however it was built or read back from storage.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** One value hashed (not a concatenation), so no two different inputs can meet at a field boundary. */
export function auditRecordHash(engagementId: string, handoffId: string, seq: number, prevHash: string, event: AuditedEvent): string {
  const material = canonicalJson({ v: 1, engagementId, handoffId, seq, prevHash, event });
  return createHash('sha256').update(material, 'utf8').digest('hex');
}

/** Links events onto a handoff's chain; the new anchor goes on the handoff row in the same transaction. */
export function chainEvents<E extends AuditedEvent = HandoffEvent>(
  engagementId: string,
  handoffId: string,
  anchor: AuditAnchor,
  events: readonly E[],
): { readonly links: ChainedEvent<E>[]; readonly anchor: AuditAnchor } {
  const links: ChainedEvent<E>[] = [];
  let { count, head } = anchor;
  for (const event of events) {
    const hash = auditRecordHash(engagementId, handoffId, count, head, event);
    links.push({ event, seq: count, prevHash: head, hash });
    count++;
    head = hash;
  }
  return { links, anchor: { count, head } };
}

// ---- verification ----

/** One stored audit record as the verifier needs it. */
export interface AuditRecordInput {
  /** Where it is stored (the row key), to name it in reports. */
  readonly key: string;
  readonly handoffId: string;
  /** Undefined when the stored event cannot be read. */
  readonly event: AuditedEvent | undefined;
  /** Absent for a record written before the chain. */
  readonly chain?: ChainLink;
  /** False when the key does not say what the record does (its time, handoff or seq): moved or copied. */
  readonly keyMatches: boolean;
  /** The time the key files it under, to place a record whose event cannot be read. */
  readonly filedAt?: string;
}

export interface AuditProblem {
  readonly handoffId: string;
  /** The record concerned, when there is one. */
  readonly key?: string;
  readonly seq?: number;
  /** When the problem sits in the trail (the record's time), for ordering. */
  readonly at?: string;
  readonly problem: string;
}

export interface HandoffHead {
  readonly handoffId: string;
  readonly count: number;
  readonly head: string;
}

export interface AuditVerification {
  readonly ok: boolean;
  readonly engagementId: string;
  /** Handoff rows seen. */
  readonly handoffs: number;
  /** Chained records checked. */
  readonly records: number;
  /** Records written before the chain, accepted unchecked. */
  readonly legacy: number;
  /** Earliest in the trail first; empty when intact. */
  readonly problems: readonly AuditProblem[];
  /** Every chained handoff's anchor: keep these elsewhere to detect a chain rewritten whole. */
  readonly heads: readonly HandoffHead[];
}

interface CheckedRecord {
  readonly key: string;
  readonly at: string;
  readonly link: ChainLink;
  readonly hashOk: boolean;
  readonly readable: boolean;
  readonly keyMatches: boolean;
}

interface HandoffRecords {
  readonly chained: CheckedRecord[];
  readonly unchained: Array<{ key: string; at: string }>;
}

/**
 * Checks an engagement's trail as it streams past: each record is hashed when it arrives and only
 * a few strings per record are kept, so a long trail does not have to fit in memory whole.
 */
export class AuditTrailVerifier {
  readonly #engagementId: string;
  readonly #anchors = new Map<string, AuditAnchor | undefined>();
  readonly #records = new Map<string, HandoffRecords>();
  readonly #problems: AuditProblem[] = [];

  constructor(engagementId: string) {
    this.#engagementId = engagementId;
  }

  /** A handoff row, with its anchor, or undefined when the row predates the chain. */
  handoff(handoffId: string, anchor: AuditAnchor | undefined): void {
    this.#anchors.set(handoffId, anchor);
  }

  record(record: AuditRecordInput): void {
    const at = record.event?.at ?? record.filedAt ?? '';
    const records = this.#recordsOf(record.handoffId);
    if (!record.chain) {
      if (record.event) records.unchained.push({ key: record.key, at });
      else this.#problems.push({ handoffId: record.handoffId, key: record.key, at, problem: 'its event is unreadable (the stored JSON was damaged or removed)' });
      return;
    }
    const { seq, prevHash, hash } = record.chain;
    if (!Number.isInteger(seq) || seq < 0) {
      this.#problems.push({ handoffId: record.handoffId, key: record.key, at, problem: 'its chain columns are damaged (no valid seq)' });
      return;
    }
    const hashOk = record.event !== undefined && auditRecordHash(this.#engagementId, record.handoffId, seq, prevHash, record.event) === hash;
    records.chained.push({ key: record.key, at, link: record.chain, hashOk, readable: record.event !== undefined, keyMatches: record.keyMatches });
  }

  result(): AuditVerification {
    const problems = [...this.#problems];
    let records = 0;
    let legacy = 0;
    const heads: HandoffHead[] = [];
    const ids = [...new Set([...this.#anchors.keys(), ...this.#records.keys()])].sort();
    for (const handoffId of ids) {
      const found = this.#records.get(handoffId) ?? { chained: [], unchained: [] };
      records += found.chained.length;
      if (!this.#anchors.has(handoffId)) {
        const all = [...found.chained, ...found.unchained].sort((a, b) => compare(a.at, b.at) || compare(a.key, b.key));
        const first = all[0]!;
        problems.push({
          handoffId,
          key: first.key,
          at: first.at,
          problem: `${all.length} audit record${all.length === 1 ? '' : 's'} of handoff ${handoffId}, which has no handoff row (deleted?)`,
        });
        continue;
      }
      const anchor = this.#anchors.get(handoffId);
      if (anchor) heads.push({ handoffId, count: anchor.count, head: anchor.head });
      legacy += checkHandoff(handoffId, anchor, found, problems);
    }
    problems.sort((a, b) => compare(a.at ?? '', b.at ?? '') || compare(a.handoffId, b.handoffId) || (a.seq ?? -1) - (b.seq ?? -1) || compare(a.key ?? '', b.key ?? ''));
    return { ok: problems.length === 0, engagementId: this.#engagementId, handoffs: this.#anchors.size, records, legacy, problems, heads };
  }

  #recordsOf(handoffId: string): HandoffRecords {
    let records = this.#records.get(handoffId);
    if (!records) {
      records = { chained: [], unchained: [] };
      this.#records.set(handoffId, records);
    }
    return records;
  }
}

/** One handoff's chain against its anchor; returns how many unchained records pass as legacy. */
function checkHandoff(handoffId: string, anchor: AuditAnchor | undefined, found: HandoffRecords, problems: AuditProblem[]): number {
  const report = (record: { key: string; at: string } | undefined, seq: number | undefined, problem: string): void => {
    problems.push({ handoffId, ...(record ? { key: record.key, at: record.at } : {}), ...(seq !== undefined ? { seq } : {}), problem });
  };
  const bySeq = new Map<number, CheckedRecord[]>();
  for (const record of found.chained) bySeq.set(record.link.seq, [...(bySeq.get(record.link.seq) ?? []), record]);
  const chainedSeqs = [...bySeq.keys()].sort((a, b) => a - b);
  const lastStored = chainedSeqs[chainedSeqs.length - 1] ?? -1;

  if (!anchor && found.chained.length > 0) {
    const first = bySeq.get(chainedSeqs[0]!)![0]!;
    report(first, first.link.seq, 'a chained record, but the handoff row carries no audit anchor (was the row replaced?)');
  }
  const count = anchor?.count ?? 0;

  // Walk the chain in seq order: each record must hash right and link to the one before.
  let previous: CheckedRecord | undefined;
  let gapFrom: number | undefined;
  const genuineAt = new Map<number, CheckedRecord>();
  for (let seq = 0; seq <= lastStored; seq++) {
    const candidates = bySeq.get(seq);
    if (!candidates) {
      gapFrom ??= seq;
      previous = undefined;
      continue;
    }
    const linksOk = (r: CheckedRecord): boolean =>
      seq === 0 ? r.link.prevHash === FRESH_GENESIS || r.link.prevHash === LEGACY_GENESIS : previous !== undefined && r.link.prevHash === previous.link.hash;
    // Several records claiming one seq: the one that hashes, links and sits where it says is genuine.
    const genuine = candidates.find((r) => r.hashOk && r.keyMatches && linksOk(r)) ?? candidates.find((r) => r.hashOk && linksOk(r)) ?? candidates[0]!;
    if (gapFrom !== undefined) {
      const missing = gapFrom === seq - 1 ? `record seq ${gapFrom} is missing` : `records seq ${gapFrom}–${seq - 1} are missing`;
      report(genuine, gapFrom, `${missing} (deleted?) before this one, seq ${seq}`);
    }
    for (const other of candidates) {
      if (other !== genuine) report(other, seq, `a second record with seq ${seq} (the chain holds ${genuine.key}): inserted or copied`);
    }
    if (!genuine.readable) report(genuine, seq, 'its event is unreadable (the stored JSON was damaged or removed)');
    else if (!genuine.hashOk) report(genuine, seq, 'its content does not match its hash (edited)');
    else if (gapFrom === undefined && !linksOk(genuine)) {
      report(
        genuine,
        seq,
        seq === 0
          ? 'it does not start a chain (its previous hash is not a genesis marker)'
          : `it does not follow record seq ${seq - 1}: a record before it was replaced or inserted`,
      );
    }
    if (!genuine.keyMatches) report(genuine, seq, 'it is stored under a key that does not match its time, handoff or seq (moved or copied)');
    if (anchor && seq >= count) report(genuine, seq, `not counted by the handoff row, which counts ${count} record${count === 1 ? '' : 's'}: inserted after the fact`);
    gapFrom = undefined;
    previous = genuine;
    genuineAt.set(seq, genuine);
  }

  // The anchor: the handoff row counts every record and holds the last one's hash.
  if (anchor && count > lastStored + 1) {
    const gone =
      count - lastStored - 1 === 1
        ? `the last record (seq ${count - 1}) was deleted`
        : `the last ${count - lastStored - 1} records (seq ${lastStored + 1}–${count - 1}) were deleted`;
    report(previous, lastStored + 1, `the handoff row counts ${count} records but the chain ends ${previous ? `here, at seq ${lastStored}` : 'before it starts'}: ${gone}`);
  } else if (anchor && count > 0) {
    const last = genuineAt.get(count - 1);
    if (last && last.link.hash !== anchor.head)
      report(last, count - 1, `the handoff row's audit head does not match record seq ${count - 1}, the last it counts (the row or the record was changed)`);
  }

  // Records without a chain pass as legacy only before the chain began, and never in a handoff chained from its start.
  const genesis = genuineAt.get(0);
  const chainStart = genesis?.at ?? found.chained.map((r) => r.at).sort()[0];
  const freshStart = genesis ? genesis.link.prevHash === FRESH_GENESIS : anchor !== undefined && anchor.count === 0 && anchor.head === FRESH_GENESIS;
  let legacy = 0;
  for (const record of found.unchained) {
    if (freshStart) report(record, undefined, 'an unchained record in a handoff chained from its start: inserted');
    else if (chainStart !== undefined && record.at >= chainStart) report(record, undefined, 'an unchained record dated after the chain began: inserted');
    else legacy++;
  }
  return legacy;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
