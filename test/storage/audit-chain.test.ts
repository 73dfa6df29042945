import type { TableClient } from '@azure/data-tables';
import { describe, expect, it } from 'vitest';
import { AuditTrailVerifier, chainEvents, FRESH_ANCHOR, LEGACY_ANCHOR, type AuditAnchor, type AuditRecordInput } from '../../bot/domain/audit/audit-chain.ts';
import type { Handoff, HandoffActor, HandoffEvent } from '../../bot/domain/handoff/handoff.ts';
import { HandoffStore, type DeliveryKind } from '../../bot/storage/handoff-store.ts';
import { freshTables } from '../support/azurite.ts';

const ENGAGEMENT = 'e-auditchain01';
const MEGAN: HandoffActor = { id: 'u-megan', name: 'Megan Bowen' };
const at = (minute: number) => `2026-11-24T09:${String(minute).padStart(2, '0')}:00.000Z`;

function sample(id: string, events: HandoffEvent[], overrides: Partial<Handoff> = {}): Handoff {
  return {
    engagementId: ENGAGEMENT,
    id,
    dedupKey: `disk/${id}`,
    status: 'open',
    severity: 'critical',
    source: 'prometheus',
    summary: 'Disk almost full on FS01',
    labels: {},
    links: [],
    routing: { routedBy: 'none', matrixVersion: 0, owners: [], onPoint: [], reason: 'unowned' },
    openedAt: events[0]?.at ?? at(0),
    lastSeenAt: events[0]?.at ?? at(0),
    occurrences: 1,
    escalation: { afterMinutes: null, repeatMinutes: null, maxCount: 0 },
    escalationCount: 0,
    events,
    ...overrides,
  };
}

/** Reads, changes and commits like HandoffService does (read with ETag, commit the new event). */
async function act(store: HandoffStore, handoffId: string, event: HandoffEvent, status: Handoff['status'], deliveries: DeliveryKind[] = ['card']): Promise<void> {
  const stored = await store.get(ENGAGEMENT, handoffId);
  const handoff = { ...stored!.handoff, status, events: [...stored!.handoff.events, event] };
  await store.commit({ handoff, etag: stored!.etag, deliveries, audit: [event] });
}

/** Posts the pending card like the delivery worker does: lease it, then record the posted card. */
async function post(store: HandoffStore, activityId: string): Promise<void> {
  for (const item of await store.pendingDeliveries('2030-01-01T00:00:00.000Z')) {
    const leased = await store.lease(item, '2030-01-01T00:01:00.000Z');
    if (leased) await store.completePosted(leased, activityId);
  }
}

/** A handoff's whole life: received, card posted, claimed, released, claimed, resolved with a note. */
async function lifecycle(): Promise<{ store: HandoffStore; table: TableClient; handoffId: string }> {
  const { tables } = await freshTables();
  const store = new HandoffStore(tables.handoffs, () => new Date(at(1)));
  const handoffId = 'h-life0001';
  const handoff = sample(handoffId, [{ kind: 'received', at: at(0), via: 'alert' }]);
  await store.commit({ handoff, pointer: {}, deliveries: ['card'], audit: handoff.events });
  await post(store, 'activity-1');
  await act(store, handoffId, { kind: 'claimed', at: at(2), via: 'card', actor: MEGAN, cardId: 'activity-1' }, 'claimed');
  await act(store, handoffId, { kind: 'released', at: at(3), via: 'card', actor: MEGAN }, 'open');
  await act(store, handoffId, { kind: 'claimed', at: at(4), via: 'command', actor: MEGAN }, 'claimed');
  await act(store, handoffId, { kind: 'resolved', at: at(5), via: 'card', actor: MEGAN, note: 'Freed 40 GB of logs 😀 \ud800 "quoted" | pipe, ünïcode' }, 'resolved');
  return { store, table: tables.handoffs, handoffId };
}

async function auditRows(table: TableClient): Promise<Array<Record<string, unknown> & { partitionKey: string; rowKey: string }>> {
  const rows = [];
  for await (const e of table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${ENGAGEMENT}' and RowKey ge 'a|' and RowKey lt 'a}'` } })) {
    rows.push(e as Record<string, unknown> & { partitionKey: string; rowKey: string });
  }
  return rows;
}

function eventOf(row: Record<string, unknown>): HandoffEvent {
  return JSON.parse(String(row.event0)) as HandoffEvent;
}

describe('the audit trail is tamper-evident (HandoffStore on Azurite)', () => {
  it('verifies an untouched lifecycle, the posted card included, and reports the head of each handoff', async () => {
    const { store, table, handoffId } = await lifecycle();
    const result = await store.verifyAuditTrail(ENGAGEMENT);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, handoffs: 1, records: 6, legacy: 0 });
    const rows = await auditRows(table);
    expect(rows.map((r) => eventOf(r).kind)).toEqual(['received', 'posted', 'claimed', 'released', 'claimed', 'resolved']);
    expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    const handoffRow = await table.getEntity<Record<string, unknown>>(ENGAGEMENT, `h|${handoffId}`);
    expect(handoffRow).toMatchObject({ auditCount: 6, auditHead: rows[5]!.hash, activityId: 'activity-1' });
    expect(result.heads).toEqual([{ handoffId, count: 6, head: rows[5]!.hash }]);
    // The export reads the same rows as before.
    const exported = [];
    for await (const row of store.audit(ENGAGEMENT, at(0), at(59))) exported.push(row.event.kind);
    expect(exported).toEqual(['received', 'posted', 'claimed', 'released', 'claimed', 'resolved']);
  });

  it('detects a record edited in place (the resolve note changed)', async () => {
    const { store, table, handoffId } = await lifecycle();
    const resolved = (await auditRows(table)).find((r) => eventOf(r).kind === 'resolved')!;
    await table.updateEntity({ partitionKey: ENGAGEMENT, rowKey: resolved.rowKey, event0: JSON.stringify({ ...eventOf(resolved), note: 'Nothing was wrong' }) }, 'Merge');
    const result = await store.verifyAuditTrail(ENGAGEMENT);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ key: resolved.rowKey, handoffId, seq: 5 });
    expect(result.problems[0]!.problem).toMatch(/does not match its hash/);
  });

  it('detects a forged record inserted without a chain, one with a chain the handoff row does not count, and a copy under another time', async () => {
    {
      const { store, table, handoffId } = await lifecycle();
      const forged: HandoffEvent = { kind: 'disputed', at: at(3), via: 'card', actor: MEGAN, note: 'not ours', toSide: 'internal' };
      await table.createEntity({ partitionKey: ENGAGEMENT, rowKey: `a|${forged.at}|${handoffId}|0000009zzz`, handoffId, eventChunks: 1, event0: JSON.stringify(forged) });
      const result = await store.verifyAuditTrail(ENGAGEMENT);
      expect(result.ok).toBe(false);
      expect(result.problems[0]).toMatchObject({ key: `a|${forged.at}|${handoffId}|0000009zzz`, handoffId });
      expect(result.problems[0]!.problem).toMatch(/unchained/);
    }
    {
      // Someone who knows the scheme appends a well-formed record but cannot move the anchor with it.
      const { store, table, handoffId } = await lifecycle();
      const head = (await table.getEntity<Record<string, unknown>>(ENGAGEMENT, `h|${handoffId}`)).auditHead as string;
      const forged: HandoffEvent = { kind: 'reopened', at: at(9), via: 'alert' };
      const [link] = chainEvents(ENGAGEMENT, handoffId, { count: 6, head }, [forged]).links;
      const rowKey = `a|${forged.at}|${handoffId}|000006`;
      await table.createEntity({ partitionKey: ENGAGEMENT, rowKey, handoffId, seq: 6, prevHash: link!.prevHash, hash: link!.hash, eventChunks: 1, event0: JSON.stringify(forged) });
      const result = await store.verifyAuditTrail(ENGAGEMENT);
      expect(result.ok).toBe(false);
      expect(result.problems[0]).toMatchObject({ key: rowKey, seq: 6 });
      expect(result.problems[0]!.problem).toMatch(/not counted/);
    }
    {
      // A copy of a genuine record, stored under another time (to show up in another export window).
      const { store, table } = await lifecycle();
      const claimed = (await auditRows(table)).find((r) => eventOf(r).kind === 'claimed')!;
      const { etag: _etag, timestamp: _ts, ...copy } = claimed as Record<string, unknown>;
      const rowKey = claimed.rowKey.replace(at(2), at(30));
      await table.createEntity({ ...copy, partitionKey: ENGAGEMENT, rowKey } as never);
      const result = await store.verifyAuditTrail(ENGAGEMENT);
      expect(result.ok).toBe(false);
      expect(result.problems.map((p) => p.key)).toContain(rowKey);
    }
  });

  it('detects a deleted record in the middle of the trail', async () => {
    const { store, table, handoffId } = await lifecycle();
    const rows = await auditRows(table);
    await table.deleteEntity(ENGAGEMENT, rows[2]!.rowKey); // the first claim
    const result = await store.verifyAuditTrail(ENGAGEMENT);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ handoffId, seq: 2 });
    expect(result.problems[0]!.problem).toMatch(/missing/);
  });

  it('detects a deleted last record (the handoff row still counts it)', async () => {
    const { store, table, handoffId } = await lifecycle();
    const rows = await auditRows(table);
    await table.deleteEntity(ENGAGEMENT, rows[5]!.rowKey);
    const result = await store.verifyAuditTrail(ENGAGEMENT);
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ handoffId, seq: 5 });
    expect(result.problems[0]!.problem).toMatch(/counts 6 records/);
  });

  it('reports audit records whose handoff row is gone', async () => {
    const { store, table, handoffId } = await lifecycle();
    await table.deleteEntity(ENGAGEMENT, `h|${handoffId}`);
    const result = await store.verifyAuditTrail(ENGAGEMENT);
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.problem).toMatch(/no handoff row/);
    expect(result.problems[0]).toMatchObject({ handoffId });
  });

  it('accepts records written before the chain as legacy, chains what follows, and refuses unchained records after', async () => {
    const { tables } = await freshTables();
    const table = tables.handoffs;
    const store = new HandoffStore(table, () => new Date(at(1)));
    const handoffId = 'h-legacy01';
    // Written the way Baton stored handoffs before the chain: no anchor on the row, no hash on the records.
    const received: HandoffEvent = { kind: 'received', at: at(0), via: 'alert' };
    const posted: HandoffEvent = { kind: 'posted', at: at(1), via: 'system', cardId: 'activity-9' };
    const legacy = sample(handoffId, [received]);
    await table.createEntity({
      partitionKey: ENGAGEMENT,
      rowKey: `h|${handoffId}`,
      status: 'open',
      dedupKey: legacy.dedupKey,
      severity: 'critical',
      openedAt: at(0),
      nextEscalationAt: '',
      dataChunks: 1,
      data0: JSON.stringify(legacy),
      activityId: 'activity-9',
    });
    for (const [event, suffix] of [
      [received, '0000011a2b'],
      [posted, '0000024c5d'],
    ] as const) {
      await table.createEntity({ partitionKey: ENGAGEMENT, rowKey: `a|${event.at}|${handoffId}|${suffix}`, handoffId, eventChunks: 1, event0: JSON.stringify(event) });
    }
    expect(await store.verifyAuditTrail(ENGAGEMENT)).toMatchObject({ ok: true, records: 0, legacy: 2, problems: [] });

    await act(store, handoffId, { kind: 'claimed', at: at(2), via: 'card', actor: MEGAN }, 'claimed');
    await act(store, handoffId, { kind: 'resolved', at: at(3), via: 'card', actor: MEGAN, note: 'done' }, 'resolved');
    expect(await store.verifyAuditTrail(ENGAGEMENT)).toMatchObject({ ok: true, records: 2, legacy: 2, problems: [] });

    const late: HandoffEvent = { kind: 'reopened', at: at(4), via: 'alert' };
    const lateKey = `a|${late.at}|${handoffId}|0000037e8f`;
    await table.createEntity({ partitionKey: ENGAGEMENT, rowKey: lateKey, handoffId, eventChunks: 1, event0: JSON.stringify(late) });
    const result = await store.verifyAuditTrail(ENGAGEMENT);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ key: lateKey, handoffId })]);
  });

  it('chains each handoff on its own: concurrent changes to different handoffs of one engagement do not conflict', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, () => new Date(at(1)));
    const ids = Array.from({ length: 12 }, (_, i) => `h-conc${String(i).padStart(4, '0')}`);
    await Promise.all(
      ids.map((id) =>
        store.commit({
          handoff: sample(id, [{ kind: 'received', at: at(0), via: 'alert' }]),
          pointer: {},
          deliveries: ['card'],
          audit: [{ kind: 'received', at: at(0), via: 'alert' }],
        }),
      ),
    );
    // Every handoff claimed at once, while the delivery worker records the posted cards.
    const claims = ids.map((id) => act(store, id, { kind: 'claimed', at: at(2), via: 'card', actor: MEGAN }, 'claimed'));
    await Promise.all(claims);
    await post(store, 'activity-x');
    const result = await store.verifyAuditTrail(ENGAGEMENT);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, handoffs: 12, records: 36 });
  });

  it('keeps the chain right when another instance changes the handoff while the card is being recorded', async () => {
    const { tables } = await freshTables();
    const worker = new HandoffStore(tables.handoffs, () => new Date(at(1)));
    const service = new HandoffStore(tables.handoffs, () => new Date(at(1)));
    const handoff = sample('h-race0001', [{ kind: 'received', at: at(0), via: 'alert' }]);
    await service.commit({ handoff, pointer: {}, deliveries: ['card'], audit: handoff.events });
    const [item] = await worker.pendingDeliveries('2030-01-01T00:00:00.000Z');
    const leased = await worker.lease(item!, '2030-01-01T00:01:00.000Z');
    await worker.get(ENGAGEMENT, handoff.id); // the worker's view of the handoff, soon stale
    // The other instance stores an event that needs no card work: only the handoff row changes.
    await act(service, handoff.id, { kind: 'acknowledged', at: at(2), via: 'alert' }, 'open', []);
    expect(await worker.completePosted(leased!, 'activity-1')).toBe(true);
    // A stale read on the service's side is refused as before (and retried by HandoffService).
    const stale = await service.get(ENGAGEMENT, handoff.id);
    await act(worker, handoff.id, { kind: 'claimed', at: at(3), via: 'card', actor: MEGAN }, 'claimed');
    const released: HandoffEvent = { kind: 'released', at: at(4), via: 'card', actor: MEGAN };
    await expect(
      service.commit({ handoff: { ...stale!.handoff, events: [...stale!.handoff.events, released] }, etag: stale!.etag, deliveries: ['card'], audit: [released] }),
    ).rejects.toThrow(/changed by someone else/);
    // The card marked again while the worker posts it: the posted event still joins the chain, and the delivery runs once more.
    const [again] = await worker.pendingDeliveries('2030-01-01T00:00:00.000Z');
    const leasedAgain = await worker.lease(again!, '2030-01-01T00:02:00.000Z');
    await act(service, handoff.id, released, 'open');
    expect(await worker.completePosted(leasedAgain!, 'activity-2')).toBe(false);
    const result = await worker.verifyAuditTrail(ENGAGEMENT);
    expect(result.problems).toEqual([]);
    expect(result.records).toBe(6); // received, acknowledged, posted, claimed, released, posted
    expect((await service.get(ENGAGEMENT, handoff.id))?.activityId).toBe('activity-2');
  });
});

describe('the audit chain (domain)', () => {
  const events: HandoffEvent[] = [
    { kind: 'received', at: at(0), via: 'alert' },
    { kind: 'claimed', at: at(1), via: 'card', actor: MEGAN },
    { kind: 'resolved', at: at(2), via: 'card', actor: MEGAN, note: 'ok' },
  ];

  function verify(anchor: AuditAnchor | undefined, records: readonly AuditRecordInput[]) {
    const verifier = new AuditTrailVerifier(ENGAGEMENT);
    if (anchor) verifier.handoff('h-1', anchor);
    for (const r of records) verifier.record(r);
    return verifier.result();
  }

  function recordsOf(chain: ReturnType<typeof chainEvents>): AuditRecordInput[] {
    return chain.links.map((l) => ({
      key: `a|${l.event.at}|h-1|${l.seq}`,
      handoffId: 'h-1',
      keyMatches: true,
      event: l.event,
      chain: { seq: l.seq, prevHash: l.prevHash, hash: l.hash },
    }));
  }

  it('links each record to the one before and moves the anchor', () => {
    const chain = chainEvents(ENGAGEMENT, 'h-1', FRESH_ANCHOR, events);
    expect(chain.links.map((l) => l.seq)).toEqual([0, 1, 2]);
    expect(chain.links[0]!.prevHash).toBe(FRESH_ANCHOR.head);
    expect(chain.links[1]!.prevHash).toBe(chain.links[0]!.hash);
    expect(chain.anchor).toEqual({ count: 3, head: chain.links[2]!.hash });
    expect(chain.links[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    // Appending in two steps gives the same chain as in one.
    const first = chainEvents(ENGAGEMENT, 'h-1', FRESH_ANCHOR, events.slice(0, 1));
    expect(chainEvents(ENGAGEMENT, 'h-1', first.anchor, events.slice(1)).anchor).toEqual(chain.anchor);
  });

  it('binds the hash to the engagement, the handoff, the position and the content, not to key order', () => {
    const base = chainEvents(ENGAGEMENT, 'h-1', FRESH_ANCHOR, events).anchor.head;
    expect(chainEvents('e-otherengage1', 'h-1', FRESH_ANCHOR, events).anchor.head).not.toBe(base);
    expect(chainEvents(ENGAGEMENT, 'h-2', FRESH_ANCHOR, events).anchor.head).not.toBe(base);
    expect(chainEvents(ENGAGEMENT, 'h-1', LEGACY_ANCHOR, events).anchor.head).not.toBe(base);
    expect(chainEvents(ENGAGEMENT, 'h-1', FRESH_ANCHOR, [events[0]!, events[2]!, events[1]!]).anchor.head).not.toBe(base);
    const reordered: HandoffEvent = { note: 'ok', actor: { name: MEGAN.name, id: MEGAN.id }, via: 'card', at: at(2), kind: 'resolved' };
    expect(chainEvents(ENGAGEMENT, 'h-1', FRESH_ANCHOR, [events[0]!, events[1]!, reordered]).anchor.head).toBe(base);
    const withUndefined = { ...events[2]!, toSide: undefined } as HandoffEvent;
    expect(chainEvents(ENGAGEMENT, 'h-1', FRESH_ANCHOR, [events[0]!, events[1]!, withUndefined]).anchor.head).toBe(base);
  });

  it('verifies an intact chain and names the first broken record otherwise', () => {
    const chain = chainEvents(ENGAGEMENT, 'h-1', FRESH_ANCHOR, events);
    const records = recordsOf(chain);
    expect(verify(chain.anchor, records)).toMatchObject({ ok: true, records: 3, legacy: 0, problems: [] });

    const edited = records.map((r, i) => (i === 1 ? { ...r, event: { ...r.event!, actor: { id: 'u-x', name: 'Someone else' } } } : r));
    expect(verify(chain.anchor, edited).problems).toEqual([expect.objectContaining({ key: records[1]!.key, seq: 1, problem: expect.stringMatching(/does not match its hash/) })]);

    const middleGone = [records[0]!, records[2]!];
    expect(verify(chain.anchor, middleGone).problems[0]).toMatchObject({ seq: 1, problem: expect.stringMatching(/missing/) });

    const lastGone = records.slice(0, 2);
    expect(verify(chain.anchor, lastGone).problems).toEqual([expect.objectContaining({ seq: 2, problem: expect.stringMatching(/counts 3 records/) })]);

    const swapped = [records[0]!, { ...records[1]!, chain: { ...records[1]!.chain!, seq: 2 } }, { ...records[2]!, chain: { ...records[2]!.chain!, seq: 1 } }];
    expect(verify(chain.anchor, swapped).ok).toBe(false);

    const moved = records.map((r, i) => (i === 0 ? { ...r, keyMatches: false } : r));
    expect(verify(chain.anchor, moved).problems[0]).toMatchObject({ seq: 0, problem: expect.stringMatching(/key/) });

    const unreadable = records.map((r, i) => (i === 2 ? { ...r, event: undefined } : r));
    expect(verify(chain.anchor, unreadable).problems[0]).toMatchObject({ seq: 2, problem: expect.stringMatching(/unreadable/) });

    expect(verify(undefined, records).problems[0]!.problem).toMatch(/no handoff row/);
    expect(verify({ count: 3, head: 'f'.repeat(64) }, records).problems[0]!.problem).toMatch(/head/);
  });

  it('orders problems across handoffs by time, earliest first', () => {
    const verifier = new AuditTrailVerifier(ENGAGEMENT);
    const late = chainEvents(ENGAGEMENT, 'h-late', FRESH_ANCHOR, [{ kind: 'received', at: at(30), via: 'alert' }]);
    const early = chainEvents(ENGAGEMENT, 'h-early', FRESH_ANCHOR, [{ kind: 'received', at: at(10), via: 'alert' }]);
    verifier.handoff('h-late', late.anchor);
    verifier.handoff('h-early', early.anchor);
    const tamper = (handoffId: string, l: (typeof late.links)[number]) => ({
      key: `a|${l.event.at}|${handoffId}|0`,
      handoffId,
      keyMatches: true,
      event: { ...l.event, note: 'x' },
      chain: { seq: l.seq, prevHash: l.prevHash, hash: l.hash },
    });
    verifier.record(tamper('h-late', late.links[0]!));
    verifier.record(tamper('h-early', early.links[0]!));
    expect(verifier.result().problems.map((p) => p.handoffId)).toEqual(['h-early', 'h-late']);
  });
});
