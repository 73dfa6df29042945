import { describe, expect, it } from 'vitest';
import type { Handoff, HandoffEvent } from '../../bot/domain/handoff/handoff.ts';
import { ConcurrencyError } from '../../bot/storage/concurrency-error.ts';
import { HandoffStore } from '../../bot/storage/handoff-store.ts';
import { freshTables } from '../support/azurite.ts';

const ENGAGEMENT = 'e-aaaaaaaaaaaa';
/** The outbox's own clock: deliveries are marked when the handoff was stored. */
const MARKED = () => new Date('2026-11-24T09:00:00.000Z');

function received(at: string): HandoffEvent {
  return { kind: 'received', at, via: 'alert' };
}

function sample(id: string, overrides: Partial<Handoff> = {}): Handoff {
  const at = '2026-11-24T09:00:00.000Z';
  return {
    engagementId: ENGAGEMENT,
    id,
    dedupKey: `disk/${id}`,
    status: 'open',
    severity: 'critical',
    source: 'prometheus',
    summary: 'Disk almost full on FS01',
    labels: { host: 'fs01' },
    links: [],
    routing: { routedBy: 'none', matrixVersion: 0, owners: [], onPoint: [], reason: 'unowned' },
    openedAt: at,
    lastSeenAt: at,
    occurrences: 1,
    escalation: { afterMinutes: 10, repeatMinutes: 10, maxCount: 3 },
    escalationCount: 0,
    nextEscalationAt: '2026-11-24T09:10:00.000Z',
    events: [received(at)],
    ...overrides,
  };
}

describe('HandoffStore on Azurite', () => {
  it('stores a handoff, its dedup pointer, its card delivery and its audit event in one transaction', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, MARKED);
    const handoff = sample('h-aaaa1111');
    await store.commit({ handoff, pointer: {}, deliveries: ['card'], audit: handoff.events });

    const byKey = await store.forDedupKey(ENGAGEMENT, handoff.dedupKey);
    expect(byKey.current?.handoff).toEqual(handoff);
    expect(byKey.pointerEtag).toBeTruthy();
    const pending = await store.pendingDeliveries('2026-11-24T09:00:01.000Z');
    expect(pending.map((p) => [p.handoffId, p.kind])).toEqual([['h-aaaa1111', 'card']]);
    const audit = [];
    for await (const row of store.audit(ENGAGEMENT, '2026-11-24T00:00:00.000Z', '2026-11-25T00:00:00.000Z')) audit.push(row);
    expect(audit).toEqual([{ engagementId: ENGAGEMENT, handoffId: 'h-aaaa1111', event: received('2026-11-24T09:00:00.000Z') }]);
  });

  it('writes nothing when one part of the change conflicts (a second handoff for the same open key)', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, MARKED);
    const first = sample('h-aaaa1111', { dedupKey: 'same-key' });
    await store.commit({ handoff: first, pointer: {}, deliveries: ['card'], audit: first.events });
    const second = sample('h-bbbb2222', { dedupKey: 'same-key' });
    await expect(store.commit({ handoff: second, pointer: {}, deliveries: ['card'], audit: second.events })).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.get(ENGAGEMENT, 'h-bbbb2222')).toBeUndefined();
    expect((await store.pendingDeliveries('2030-01-01T00:00:00.000Z')).map((p) => p.handoffId)).toEqual(['h-aaaa1111']);
  });

  it('refuses an update made from a stale read (ETag) and keeps the card activity id across updates', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, MARKED);
    const handoff = sample('h-aaaa1111');
    await store.commit({ handoff, pointer: {}, deliveries: ['card'], audit: [] });
    const read = await store.get(ENGAGEMENT, handoff.id);
    await store.recordActivityId(ENGAGEMENT, handoff.id, 'activity-1');
    await expect(store.commit({ handoff: { ...handoff, status: 'claimed' }, etag: read!.etag, deliveries: ['card'], audit: [] })).rejects.toBeInstanceOf(ConcurrencyError);
    const fresh = await store.get(ENGAGEMENT, handoff.id);
    await store.commit({ handoff: { ...handoff, status: 'claimed', nextEscalationAt: undefined }, etag: fresh!.etag, deliveries: ['card'], audit: [] });
    const after = await store.get(ENGAGEMENT, handoff.id);
    expect(after?.handoff.status).toBe('claimed');
    expect(after?.activityId).toBe('activity-1');
  });

  // Leasing, completing, re-marking while leased and backing off are the shared outbox's: test/storage/outbox-table.test.ts.

  it('finds unclaimed handoffs whose escalation is due, across engagements', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, MARKED);
    await store.commit({ handoff: sample('h-aaaa1111'), pointer: {}, deliveries: [], audit: [] });
    await store.commit({ handoff: sample('h-bbbb2222', { nextEscalationAt: '2026-11-24T09:30:00.000Z' }), pointer: {}, deliveries: [], audit: [] });
    await store.commit({ handoff: sample('h-cccc3333', { status: 'claimed', nextEscalationAt: undefined }), pointer: {}, deliveries: [], audit: [] });
    await store.commit({ handoff: sample('h-dddd4444', { engagementId: 'e-bbbbbbbbbbbb' }), pointer: {}, deliveries: [], audit: [] });
    const due = await store.dueEscalations('2026-11-24T09:10:00.000Z');
    expect(due.map((d) => d.handoff.id).sort()).toEqual(['h-aaaa1111', 'h-dddd4444']);
    expect((await store.listOpen(ENGAGEMENT)).map((s) => s.handoff.id).sort()).toEqual(['h-aaaa1111', 'h-bbbb2222', 'h-cccc3333']);
  });
});
