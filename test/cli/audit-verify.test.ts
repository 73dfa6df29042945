import type { TableClient } from '@azure/data-tables';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handoff, HandoffEvent } from '../../bot/domain/handoff/handoff.ts';
import { HandoffStore } from '../../bot/storage/handoff-store.ts';
import { cardAction, installed, MEGAN } from '../support/activities.ts';
import { azuriteConnectionString, freshTables } from '../support/azurite.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { runCli } from './run-cli.ts';

const ENGAGEMENT = 'e-auditverify1';
const at = (minute: number) => `2026-11-24T10:${String(minute).padStart(2, '0')}:00.000Z`;

function handoffWith(id: string, events: HandoffEvent[], status: Handoff['status']): Handoff {
  return {
    engagementId: ENGAGEMENT,
    id,
    dedupKey: `backup/${id}`,
    status,
    severity: 'error',
    source: 'veeam-01',
    summary: 'Backup job failed',
    labels: {},
    links: [],
    routing: { routedBy: 'none', matrixVersion: 0, owners: [], onPoint: [], reason: 'unowned' },
    openedAt: events[0]!.at,
    lastSeenAt: events[0]!.at,
    occurrences: 1,
    escalation: { afterMinutes: null, repeatMinutes: null, maxCount: 0 },
    escalationCount: 0,
    events,
  };
}

describe('baton audit verify', () => {
  let env: Record<string, string>;
  let table: TableClient;
  beforeAll(async () => {
    const { tables, prefix } = await freshTables();
    table = tables.handoffs;
    env = { AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(), BATON_TABLE_PREFIX: prefix };
    const store = new HandoffStore(table, () => new Date(at(1)));
    for (const id of ['h-verify01', 'h-verify02']) {
      const events: HandoffEvent[] = [{ kind: 'received', at: at(0), via: 'alert' }];
      let committed = await store.commit({ handoff: handoffWith(id, events, 'open'), pointer: {}, deliveries: [], audit: events });
      const later: Array<[Handoff['status'], HandoffEvent]> = [
        ['claimed', { kind: 'claimed', at: at(2), via: 'card', actor: { id: 'u-1', name: 'Megan Bowen' } }],
        ['resolved', { kind: 'resolved', at: at(3), via: 'card', actor: { id: 'u-1', name: 'Megan Bowen' }, note: 'Re-ran the job' }],
      ];
      for (const [status, event] of later) {
        events.push(event);
        committed = await store.commit({ handoff: handoffWith(id, [...events], status), etag: committed.etag, deliveries: [], audit: [event] });
      }
    }
  });

  it('says how many records it verified and exits 0 when the trail is intact', async () => {
    const { code, stdout, stderr } = await runCli(['audit', 'verify', '--engagement', ENGAGEMENT], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^verified 6 records in 2 handoffs/);
    const json = await runCli(['audit', 'verify', '--engagement', ENGAGEMENT, '--json'], env);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result).toMatchObject({ ok: true, engagementId: ENGAGEMENT, handoffs: 2, records: 6, legacy: 0, problems: [] });
    expect(result.heads).toEqual([
      { handoffId: 'h-verify01', count: 3, head: expect.stringMatching(/^[0-9a-f]{64}$/) },
      { handoffId: 'h-verify02', count: 3, head: expect.stringMatching(/^[0-9a-f]{64}$/) },
    ]);
  });

  it('exits non-zero naming the first broken record when one was edited', async () => {
    let target: { rowKey: string; event0: string } | undefined;
    for await (const e of table.listEntities<{ rowKey: string; event0: string; handoffId: string }>({
      queryOptions: { filter: `PartitionKey eq '${ENGAGEMENT}' and RowKey ge 'a|' and RowKey lt 'a}'` },
    })) {
      if (e.handoffId === 'h-verify02' && JSON.parse(e.event0).kind === 'resolved') target = { rowKey: e.rowKey!, event0: e.event0 };
    }
    const edited = { ...JSON.parse(target!.event0), note: 'Never failed' };
    await table.updateEntity({ partitionKey: ENGAGEMENT, rowKey: target!.rowKey, event0: JSON.stringify(edited) }, 'Merge');

    const { code, stdout } = await runCli(['audit', 'verify', '--engagement', ENGAGEMENT], env);
    expect(code).toBe(1);
    expect(stdout).toContain(target!.rowKey);
    expect(stdout).toMatch(/h-verify02.*seq 2/);
    const json = await runCli(['audit', 'verify', '--engagement', ENGAGEMENT, '--json'], env);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ key: target!.rowKey, handoffId: 'h-verify02', seq: 2 });
  });

  it('refuses a missing or malformed engagement id with a usage error', async () => {
    const { code, stderr } = await runCli(['audit', 'verify'], env);
    expect(code).toBe(2);
    expect(stderr).toContain('audit verify needs --engagement ID');
  });
});

describe('baton audit verify on the running service’s trail (alerts, cards posted, claim, resolve)', () => {
  let t: TestBaton;
  let env: Record<string, string>;
  let id: string;
  beforeAll(async () => {
    t = await startTestBaton();
    env = { AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(), BATON_TABLE_PREFIX: t.baton.config.storage.tablePrefix };
    await t.post(installed());
    await t.post(cardAction('setup.save', SETUP_CONTOSO));
    await t.connector.waitFor(1);
    id = (await t.baton.services.engagements.list())[0]!.id;
    await t.baton.services.engagements.update(id, (e) => ({ ...e, people: [...e.people, { id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' }] }));
  });
  afterAll(async () => {
    await t.stop();
  });

  it('verifies every record the service and its delivery worker wrote, concurrent alerts included', async () => {
    const { bearerToken } = (await t.baton.services.alertSettings.ensure(id)).current;
    const send = (dedupKey: string, summary: string) =>
      fetch(`${t.url}/api/alerts/${id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearerToken}` },
        body: JSON.stringify({ source: 'veeam-01', category: 'backup', severity: 'critical', summary, dedupKey }),
      });
    const statuses = await Promise.all(['v/1', 'v/2', 'v/3', 'v/1', 'v/2'].map((key, i) => send(key, `Backup job ${i} failed`).then((r) => r.status)));
    expect(statuses).toEqual([202, 202, 202, 202, 202]);
    await t.baton.delivery.idle();
    const handoff = (await t.baton.services.handoffs.listOpen(id)).find((h) => h.dedupKey === 'v/1')!;
    const cardId = (await t.baton.services.handoffs.get(id, handoff.id))?.activityId;
    expect(cardId).toBeTruthy();
    await t.post(cardAction('handoff.claim', { engagementId: id, handoffId: handoff.id }, { user: MEGAN, replyToId: cardId! }));
    await t.post(cardAction('handoff.resolve', { engagementId: id, handoffId: handoff.id, note: '=HYPERLINK("https://evil.example","fixed")' }, { user: MEGAN }));
    await t.baton.delivery.idle();

    const { code, stdout } = await runCli(['audit', 'verify', '--engagement', id, '--json'], env);
    const result = JSON.parse(stdout);
    expect(result.problems).toEqual([]);
    expect(code).toBe(0);
    // 3 received, 2 retriggered, 3 posted, a claim and a resolve.
    expect(result).toMatchObject({ ok: true, handoffs: 3, records: 10, legacy: 0 });
  }, 30_000);
});
