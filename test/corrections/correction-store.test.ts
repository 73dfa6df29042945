import type { TableClient, TransactionAction } from '@azure/data-tables';
import { beforeAll, describe, expect, it } from 'vitest';
import { CorrectionService } from '../../bot/app/correction-service.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { CorrectionStore } from '../../bot/storage/correction-store.ts';
import type { TableClients } from '../../bot/storage/table-clients.ts';
import { freshTables } from '../support/azurite.ts';

const AT = new Date('2026-11-23T15:00:00Z');
const row = (id: string) => defaultTemplateMatrix().rows.find((r) => r.id === id)!;

function engagement(id: string): Engagement {
  return {
    id,
    tenantId: 't',
    conversationId: `19:${id}`,
    conversationKind: 'channel',
    setUp: true,
    internal: { name: 'Contoso IT', timeZone: 'America/New_York', hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' } },
    msp: { name: 'Fabrikam MSP', timeZone: 'America/New_York', hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' } },
    people: [
      { id: '29:alex', name: 'Alex Wilber', role: 'internal-manager' },
      { id: '29:megan', name: 'Megan Bowen', role: 'msp-engineer' },
    ],
    matrixVersion: 1,
    createdAt: AT.toISOString(),
    updatedAt: AT.toISOString(),
  };
}

const correctIntune = (service: CorrectionService, e: Engagement, who: { id: string; name: string }) =>
  service.correct({
    engagement: e,
    actor: who,
    question: 'who owns Intune?',
    topic: 'intune',
    row: row('patch-management-for-workstations'),
    matrixVersion: 1,
    original: { outcome: 'gap' },
    via: 'correction',
  });

/** A table client whose transactions also try to create a row that is already there: Azurite refuses the whole batch. */
function failingTransactions(table: TableClient, existing: { partitionKey: string; rowKey: string }): TableClient {
  return new Proxy(table, {
    get(target, name, receiver) {
      if (name === 'submitTransaction') return (actions: TransactionAction[]) => target.submitTransaction([...actions, ['create', { ...existing, poison: true }]]);
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('corrections in Azure Tables (Azurite)', () => {
  let tables: TableClients;
  beforeAll(async () => {
    ({ tables } = await freshTables());
  });

  it('stores a correction, its learned phrasing and its chained audit record, and the chain verifies', async () => {
    const store = new CorrectionStore(tables.corrections);
    const service = new CorrectionService(store, () => AT);
    const e = engagement('e-store00001a');
    const outcome = await correctIntune(service, e, { id: '29:megan', name: 'Megan Bowen' });
    expect(outcome).toMatchObject({
      ok: true,
      appliesTo: 'author',
      correction: {
        question: 'who owns Intune?',
        rowId: 'patch-management-for-workstations',
        function: 'Patch management for workstations',
        matrixVersion: 1,
        by: { id: '29:megan', name: 'Megan Bowen', role: 'msp-engineer', side: 'msp' },
        original: { outcome: 'gap' },
      },
    });
    expect(await store.corrections(e.id)).toHaveLength(1);
    const events = [];
    for await (const event of store.audit(e.id, '', '~')) events.push(event);
    expect(events).toEqual([
      expect.objectContaining({ kind: 'corrected', correctionId: outcome.ok ? outcome.correction.id : '', rowId: 'patch-management-for-workstations', text: 'intune' }),
    ]);
    // A second person agrees: shared, and two more chained records (corrected, shared).
    const agreed = await correctIntune(service, e, { id: '29:alex-not-manager', name: 'Pat Doe' });
    expect(agreed).toMatchObject({ ok: false }); // not on the roster while the engagement has managers
    const alex = await correctIntune(service, e, { id: '29:alex', name: 'Alex Wilber' });
    expect(alex).toMatchObject({ ok: true, appliesTo: 'everyone' });
    expect(await store.verifyAuditTrail(e.id)).toMatchObject({ ok: true, records: 3, problems: [], heads: [{ handoffId: 'learning', count: 3 }] });
  });

  it('writes the correction and its audit record together or not at all', async () => {
    const e = engagement('e-store00002b');
    const good = new CorrectionService(new CorrectionStore(tables.corrections), () => AT);
    await correctIntune(good, e, { id: '29:megan', name: 'Megan Bowen' });
    const before = await new CorrectionStore(tables.corrections).state(e.id);
    // Every transaction of this store fails inside Azurite (a row it creates already exists).
    const poisoned = { partitionKey: e.id, rowKey: 'poison' };
    await tables.corrections.createEntity(poisoned);
    const failing = new CorrectionService(new CorrectionStore(failingTransactions(tables.corrections, poisoned)), () => new Date(AT.getTime() + 60_000));
    await expect(correctIntune(failing, e, { id: '29:alex', name: 'Alex Wilber' })).rejects.toThrow();
    const store = new CorrectionStore(tables.corrections);
    expect(await store.corrections(e.id)).toHaveLength(1);
    const events = [];
    for await (const event of store.audit(e.id, '', '~')) events.push(event);
    expect(events).toHaveLength(1);
    const after = await store.state(e.id);
    expect(after.anchor).toEqual(before.anchor);
    expect(after.phrasings.map((p) => p.phrasing)).toEqual(before.phrasings.map((p) => p.phrasing));
    expect(await store.verifyAuditTrail(e.id)).toMatchObject({ ok: true, records: 1 });
  });

  it('reports an edited or deleted audit record', async () => {
    const e = engagement('e-store00003c');
    const store = new CorrectionStore(tables.corrections);
    const service = new CorrectionService(store, () => AT);
    await correctIntune(service, e, { id: '29:megan', name: 'Megan Bowen' });
    await correctIntune(service, e, { id: '29:alex', name: 'Alex Wilber' });
    const records = [];
    for await (const entity of tables.corrections.listEntities<Record<string, unknown>>({
      queryOptions: { filter: `PartitionKey eq '${e.id}' and RowKey ge 'a|' and RowKey lt 'a}'` },
    }))
      records.push(entity);
    const first = records[0]!;
    await tables.corrections.updateEntity({ partitionKey: e.id, rowKey: String(first.rowKey), event0: String(first.event0).replace('Megan Bowen', 'Someone Else') }, 'Merge');
    const result = await store.verifyAuditTrail(e.id);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ key: first.rowKey, handoffId: 'learning', problem: expect.stringContaining('edited') });
  });

  it('keeps each engagement’s corrections to itself', async () => {
    const store = new CorrectionStore(tables.corrections);
    const service = new CorrectionService(store, () => AT);
    const a = engagement('e-store00004d');
    const b = engagement('e-store00005e');
    await correctIntune(service, a, { id: '29:alex', name: 'Alex Wilber' });
    expect((await service.learnedFor(a.id)).shared).toEqual([{ rowId: 'patch-management-for-workstations', text: 'intune' }]);
    expect(await service.learnedFor(b.id)).toEqual({ shared: [], personal: [], records: [] });
    expect(await store.corrections(b.id)).toEqual([]);
    expect(await store.verifyAuditTrail(b.id)).toMatchObject({ ok: true, records: 0, heads: [] });
  });
});
