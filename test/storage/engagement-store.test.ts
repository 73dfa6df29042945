import { describe, expect, it } from 'vitest';
import { DEFAULT_HOURS, type Engagement } from '../../bot/domain/engagement/engagement.ts';
import { ConcurrencyError } from '../../bot/storage/concurrency-error.ts';
import { EngagementStore } from '../../bot/storage/engagement-store.ts';
import { freshTables } from '../support/azurite.ts';

function sample(id: string): Engagement {
  const side = (name: string) => ({ name, timeZone: 'UTC', hours: DEFAULT_HOURS });
  return {
    id,
    tenantId: 'tenant-1',
    conversationId: '19:abc@thread.tacv2',
    conversationKind: 'channel',
    setUp: false,
    internal: side('Internal IT'),
    msp: side('MSP'),
    people: [],
    matrixVersion: 0,
    createdAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-23T00:00:00.000Z',
  };
}

describe('EngagementStore on Azurite', () => {
  it('creates once, reads back, and refuses a stale ETag', async () => {
    const { tables } = await freshTables();
    const store = new EngagementStore(tables.engagements);
    const first = await store.createIfMissing(sample('e-aaaaaaaaaaaa'));
    const again = await store.createIfMissing({ ...sample('e-aaaaaaaaaaaa'), tenantId: 'other' });
    expect(again.engagement.tenantId).toBe('tenant-1');
    const updated = await store.replace({ ...first.engagement, setUp: true }, first.etag);
    expect(updated.engagement.setUp).toBe(true);
    await expect(store.replace({ ...first.engagement, matrixVersion: 9 }, first.etag)).rejects.toBeInstanceOf(ConcurrencyError);
    expect((await store.get('e-aaaaaaaaaaaa'))?.engagement.setUp).toBe(true);
    expect(await store.get('e-missing00000')).toBeUndefined();
  });

  it('serialises concurrent read-modify-write updates without losing any', async () => {
    const { tables } = await freshTables();
    const store = new EngagementStore(tables.engagements);
    await store.createIfMissing(sample('e-bbbbbbbbbbbb'));
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.update('e-bbbbbbbbbbbb', (e) => ({ ...e, people: [...e.people, { id: `u${i}`, name: `User ${i}`, role: 'internal-it' }] }))),
    );
    const final = await store.get('e-bbbbbbbbbbbb');
    expect(final?.engagement.people.map((p) => p.id).sort()).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
  });
});
