import type { TableClient } from '@azure/data-tables';
import { describe, expect, it } from 'vitest';
import type { RitualRun } from '../../bot/domain/rituals/ritual-run.ts';
import type { HandoffDeliveryKind, RitualDeliveryKind } from '../../bot/storage/delivery-kinds.ts';
import { HandoffStore } from '../../bot/storage/handoff-store.ts';
import { OutboxTable, type OutboxEntry } from '../../bot/storage/outbox-table.ts';
import { RitualRunStore } from '../../bot/storage/ritual-run-store.ts';
import { safeKey } from '../../bot/storage/table-clients.ts';
import { freshTables } from '../support/azurite.ts';

/**
 * The ONE outbox implementation (OutboxTable) on Azurite: what both the handoff store and the ritual
 * run store deliver from. The behaviours run here once; the stores' own tests cover what they mark.
 */

const ENGAGEMENT = 'e-aaaaaaaaaaaa';
/** The outbox's own clock: deliveries are marked (and completed) at this instant. */
const MARKED = '2026-11-24T09:00:00.000Z';

type Item = OutboxEntry<'handoffId', HandoffDeliveryKind>;

function outboxOn(table: TableClient, clock: () => Date = () => new Date(MARKED)): OutboxTable<'handoffId', HandoffDeliveryKind> {
  return new OutboxTable({ table, clock, subjectColumn: 'handoffId', subjectKey: (id) => id });
}

/** Marks deliveries of a subject in one transaction (with the subject's row, as a store does). */
async function mark(
  table: TableClient,
  outbox: OutboxTable<'handoffId', HandoffDeliveryKind>,
  subject: string,
  kinds: HandoffDeliveryKind[],
  options: { unowned?: boolean } = {},
): Promise<Item[]> {
  const marks = outbox.marks(ENGAGEMENT, subject, kinds, options);
  const res = await table.submitTransaction([['upsert', { partitionKey: ENGAGEMENT, rowKey: `h|${subject}`, n: 1 }, 'Merge'], ...marks.actions]);
  return marks.entries((i) => res.subResponses[1 + i]?.etag ?? '');
}

async function outboxRow(table: TableClient, rowKey: string): Promise<Record<string, unknown>> {
  return table.getEntity<Record<string, unknown>>(ENGAGEMENT, rowKey);
}

describe('the outbox (OutboxTable) on Azurite', () => {
  it('marks a change’s deliveries in its transaction, once per kind, with the row keys and columns stored so far', async () => {
    const { tables } = await freshTables();
    const outbox = outboxOn(tables.handoffs);
    const marked = await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card', 'escalation-2', 'card']);
    expect(marked.map((m) => [m.handoffId, m.kind, m.attempts, m.leaseUntil, m.notBefore, m.markedAt])).toEqual([
      ['h-aaaa1111', 'card', 0, '', '', MARKED],
      ['h-aaaa1111', 'escalation-2', 0, '', '', MARKED],
    ]);
    expect(marked.every((m) => m.etag !== '')).toBe(true);
    const row = await outboxRow(tables.handoffs, 'o|h-aaaa1111|escalation-2');
    expect(row).toMatchObject({ handoffId: 'h-aaaa1111', kind: 'escalation-2', markedAt: MARKED, doneAt: '' });
    const pending = await outbox.pending('2026-11-24T09:00:01.000Z');
    expect(pending.map((p) => [p.engagementId, p.handoffId, p.kind])).toEqual([
      [ENGAGEMENT, 'h-aaaa1111', 'card'],
      [ENGAGEMENT, 'h-aaaa1111', 'escalation-2'],
    ]);
  });

  it('leaves freshly marked work to the instance that marked it for ownedMs; unowned work is anyone’s at once; stops at the limit', async () => {
    const { tables } = await freshTables();
    const outbox = outboxOn(tables.handoffs);
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    await mark(tables.handoffs, outbox, 'h-bbbb2222', ['card'], { unowned: true });
    expect((await outbox.pending('2026-11-24T09:00:30.000Z', 60_000)).map((p) => p.handoffId)).toEqual(['h-bbbb2222']);
    expect((await outbox.pending('2026-11-24T09:01:00.000Z', 60_000)).map((p) => p.handoffId)).toEqual(['h-aaaa1111', 'h-bbbb2222']);
    expect(await outbox.pending('2026-11-24T09:01:00.000Z', 60_000, 1)).toHaveLength(1);
    expect((await outboxRow(tables.handoffs, 'o|h-bbbb2222|card')).markedAt).toBe(new Date(0).toISOString());
  });

  it('leases a delivery to one worker, and runs it again when it was marked during delivery', async () => {
    const { tables } = await freshTables();
    const outbox = outboxOn(tables.handoffs);
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    const [item] = await outbox.pending('2026-11-24T09:00:00.000Z');
    const mine = await outbox.lease(item!, '2026-11-24T09:01:00.000Z');
    expect(mine).toBeDefined();
    expect(mine?.leaseUntil).toBe('2026-11-24T09:01:00.000Z');
    expect(await outbox.lease(item!, '2026-11-24T09:01:00.000Z')).toBeUndefined(); // another worker, same read
    expect(await outbox.pending('2026-11-24T09:00:30.000Z')).toEqual([]); // leased
    // A change marks the card again while the worker is posting: the lease is kept, the ETag changes.
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    expect((await outboxRow(tables.handoffs, 'o|h-aaaa1111|card')).leaseUntil).toBe('2026-11-24T09:01:00.000Z');
    expect(await outbox.pending('2026-11-24T09:00:30.000Z')).toEqual([]); // still leased
    expect(await outbox.complete(mine!)).toBe(false);
    const again = await outbox.pending('2026-11-24T09:00:30.000Z');
    expect(again.map((p) => p.handoffId)).toEqual(['h-aaaa1111']); // the lease was freed: picked up at once
    const leased = await outbox.lease(again[0]!, '2026-11-24T09:02:00.000Z');
    expect(await outbox.complete(leased!)).toBe(true);
    expect(await outbox.pending('2030-01-01T00:00:00.000Z')).toEqual([]);
    // The row stays, done; a new mark reopens it.
    expect((await outboxRow(tables.handoffs, 'o|h-aaaa1111|card')).doneAt).toBe(MARKED);
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    expect((await outbox.pending('2030-01-01T00:00:00.000Z')).map((p) => p.kind)).toEqual(['card']);
  });

  it('a lease taken from a stale read (the row was marked again since) is refused', async () => {
    const { tables } = await freshTables();
    const outbox = outboxOn(tables.handoffs);
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    const [stale] = await outbox.pending('2030-01-01T00:00:00.000Z');
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    expect(await outbox.lease(stale!, '2030-01-01T00:01:00.000Z')).toBeUndefined();
  });

  it('backs a failed delivery off until its notBefore, counting the attempt', async () => {
    const { tables } = await freshTables();
    const outbox = outboxOn(tables.handoffs);
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    const [item] = await outbox.pending('2026-11-24T09:00:00.000Z');
    const leased = await outbox.lease(item!, '2026-11-24T09:01:00.000Z');
    await outbox.retryLater(leased!, '2026-11-24T09:00:05.000Z');
    expect(await outbox.pending('2026-11-24T09:00:04.000Z')).toEqual([]);
    const [retry] = await outbox.pending('2026-11-24T09:00:05.000Z');
    expect(retry?.attempts).toBe(1);
    expect(retry?.leaseUntil).toBe('');
    expect(retry?.notBefore).toBe('2026-11-24T09:00:05.000Z');
    // Retried work is never "freshly owned": a later failure backs off further, one attempt more.
    const second = await outbox.lease(retry!, '2026-11-24T09:01:05.000Z');
    await outbox.retryLater(second!, '2026-11-24T09:00:09.000Z');
    expect(await outbox.pending('2026-11-24T09:00:08.000Z', 60_000)).toEqual([]);
    expect((await outbox.pending('2026-11-24T09:00:09.000Z', 60_000)).map((p) => p.attempts)).toEqual([2]);
    // A retry from a stale read changes nothing (the newer holder decides).
    await outbox.retryLater(leased!, '2030-01-01T00:00:00.000Z');
    expect((await outbox.pending('2026-11-24T09:00:09.000Z')).map((p) => p.attempts)).toEqual([2]);
  });

  it('stamps marks and completions with the injected clock, not the machine’s', async () => {
    const { tables } = await freshTables();
    let now = new Date('2031-05-06T07:08:09.000Z');
    const outbox = outboxOn(tables.handoffs, () => now);
    const [item] = await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    expect(item?.markedAt).toBe('2031-05-06T07:08:09.000Z');
    expect(outbox.now().toISOString()).toBe('2031-05-06T07:08:09.000Z');
    // Freshly owned until the clock's mark + ownedMs, whatever the machine's time is.
    expect(await outbox.pending('2031-05-06T07:08:30.000Z', 60_000)).toEqual([]);
    now = new Date('2031-05-06T07:10:00.000Z');
    expect(await outbox.complete(item!)).toBe(true);
    expect((await outboxRow(tables.handoffs, 'o|h-aaaa1111|card')).doneAt).toBe('2031-05-06T07:10:00.000Z');
  });

  it('records what was posted with the completion in one transaction; marked again meanwhile, it records it alone and runs once more', async () => {
    const { tables } = await freshTables();
    const outbox = outboxOn(tables.handoffs);
    const [item] = await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    expect(await outbox.completeWith(item!, { partitionKey: ENGAGEMENT, rowKey: 'h|h-aaaa1111', activityId: 'activity-1' })).toBe(true);
    expect(await outboxRow(tables.handoffs, 'h|h-aaaa1111')).toMatchObject({ n: 1, activityId: 'activity-1' });
    expect(await outbox.pending('2030-01-01T00:00:00.000Z')).toEqual([]);

    const [next] = await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    expect(await outbox.completeWith(next!, { partitionKey: ENGAGEMENT, rowKey: 'h|h-aaaa1111', activityId: 'activity-2' })).toBe(false);
    expect((await outboxRow(tables.handoffs, 'h|h-aaaa1111')).activityId).toBe('activity-2');
    expect((await outbox.pending('2030-01-01T00:00:00.000Z')).map((p) => p.kind)).toEqual(['card']);
  });

  it('finishes a delivery inside another transaction only while its ETag holds', async () => {
    const { tables } = await freshTables();
    const outbox = outboxOn(tables.handoffs);
    const [item] = await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    await mark(tables.handoffs, outbox, 'h-aaaa1111', ['card']);
    await expect(tables.handoffs.submitTransaction([outbox.finish(item!)])).rejects.toBeDefined();
    const [fresh] = await outbox.pending('2030-01-01T00:00:00.000Z');
    await tables.handoffs.submitTransaction([outbox.finish(fresh!)]);
    expect(await outbox.pending('2030-01-01T00:00:00.000Z')).toEqual([]);
  });
});

describe('the stores deliver from it, with the rows they have always stored', () => {
  it('HandoffStore: a row stored before the shared outbox (o|id|kind, handoffId) is pending, leased and completed', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, () => new Date(MARKED));
    await tables.handoffs.createEntity({
      partitionKey: ENGAGEMENT,
      rowKey: 'o|h-old00001|escalation-3',
      handoffId: 'h-old00001',
      kind: 'escalation-3',
      markedAt: '2026-01-01T00:00:00.000Z',
      doneAt: '',
    });
    const [item] = await store.pendingDeliveries('2026-11-24T09:00:00.000Z', 60_000);
    expect(item).toMatchObject({ engagementId: ENGAGEMENT, handoffId: 'h-old00001', kind: 'escalation-3', attempts: 0, leaseUntil: '', notBefore: '' });
    const leased = await store.lease(item!, '2026-11-24T09:01:00.000Z');
    expect(await store.complete(leased!)).toBe(true);
    expect(await outboxRow(tables.handoffs, 'o|h-old00001|escalation-3')).toMatchObject({ doneAt: MARKED, leaseUntil: '' });
  });

  it('RitualRunStore: marks on its injected clock (or as unowned from the CLI), under o|safeKey(run)|kind with runKey, and records the card’s id as it completes', async () => {
    const { tables } = await freshTables();
    const store = new RitualRunStore(tables.rituals, () => new Date(MARKED));
    const key = 'standup/2026-11-23';
    const run = { engagementId: ENGAGEMENT, key, kind: 'standup', status: 'open', startedAt: MARKED, answers: [] } as unknown as RitualRun;
    const kinds: RitualDeliveryKind[] = ['card', 'reminder', 'card'];
    const committed = await store.commit({ run, nextActionAt: '', deliveries: kinds });
    expect(committed.deliveries.map((d) => [d.runKey, d.kind, d.markedAt])).toEqual([
      [key, 'card', MARKED],
      [key, 'reminder', MARKED],
    ]);
    expect(await outboxRow(tables.rituals, `o|${safeKey(key)}|card`)).toMatchObject({ runKey: key, kind: 'card', markedAt: MARKED, doneAt: '' });
    expect(await store.pending('2026-11-24T09:00:30.000Z', 60_000)).toEqual([]); // owned by the instance that marked it
    const [card] = (await store.pending('2026-11-24T09:01:00.000Z', 60_000)).filter((d) => d.kind === 'card');
    const leased = await store.lease(card!, '2026-11-24T09:02:00.000Z');
    expect(await store.completePosted(leased!, 'activity-1')).toBe(true);
    expect((await store.get(ENGAGEMENT, key))?.activityId).toBe('activity-1');
    expect((await store.pending('2030-01-01T00:00:00.000Z')).map((d) => d.kind)).toEqual(['reminder']);

    const stored = await store.get(ENGAGEMENT, key);
    const cli = await store.commit({ run, etag: stored!.etag, nextActionAt: '', deliveries: ['final'], deliveredHere: false });
    expect(cli.deliveries[0]?.markedAt).toBe(new Date(0).toISOString());
    expect((await store.pending('2026-11-24T09:00:00.000Z', 60_000)).map((d) => d.kind).sort()).toEqual(['final']);
  });
});
