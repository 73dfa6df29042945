import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cardAction, installed, MEGAN } from '../support/activities.ts';
import { azuriteConnectionString } from '../support/azurite.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { runCli } from './run-cli.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';

describe('baton alerts and audit (the admin’s shell, on the running service’s storage)', () => {
  let t: TestBaton;
  let env: Record<string, string>;
  let id: string;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const startedAt = Date.now();
  const dayBefore = day(startedAt - 86_400_000);
  const dayAfterNext = day(startedAt + 2 * 86_400_000);
  /** Baton's clock runs ahead of real time by this much (the CLI and the delivery side keep real time). */
  let clockAheadMs = 0;
  beforeAll(async () => {
    t = await startTestBaton({ clock: () => new Date(Date.now() + clockAheadMs) });
    env = { AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(), BATON_TABLE_PREFIX: t.baton.config.storage.tablePrefix, PORT: String(t.baton.port) };
    await t.post(installed());
    await t.post(cardAction('setup.save', SETUP_CONTOSO));
    await t.connector.waitFor(1);
    id = (await t.baton.services.engagements.list())[0]!.id;
    await t.baton.services.engagements.update(id, (e) => ({ ...e, people: [...e.people, { id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' }] }));
  });
  afterAll(async () => {
    await t.stop();
  });

  async function alert(token: string, body: object) {
    return fetch(`${t.url}/api/alerts/${id}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  }

  it('prints the alert URL and credentials as JSON, and they work', async () => {
    const { code, stdout, stderr } = await runCli(['alerts', 'credentials', id, '--json'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const creds = JSON.parse(stdout);
    expect(creds).toMatchObject({ engagement: id, url: `http://localhost:${t.baton.port}/api/alerts/${id}`, routingKey: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect((await alert(creds.bearerToken, { source: 'x', severity: 'info', summary: 'credentials check' })).status).toBe(202);
    expect((await runCli(['alerts', 'credentials', 'e-000000000000'], env)).stderr).toMatch(/no engagement/i);
  });

  it('adds a routing rule that sends matching alerts to its row, and refuses a row that does not exist', async () => {
    const bad = await runCli(['alerts', 'rule', 'add', id, '--source', 'acme-monitor', '--function', 'Payroll'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('No row "Payroll"');
    const added = await runCli(['alerts', 'rule', 'add', id, '--source', 'acme-monitor', '--label', 'team=storage', '--function', 'backup management and testing', '--json'], env);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual([{ source: 'acme-monitor', labels: { team: 'storage' }, matrixFunction: 'Backup management and testing' }]);
    expect((await runCli(['alerts', 'rules', id], env)).stdout).toContain('1. source=acme-monitor team=storage → Backup management and testing');
    // The intake re-reads settings once its 5-s cache is past. Instead of waiting for that, Baton's clock
    // steps past it while a refused request makes the intake read them, and steps back (a cache read
    // "in the future" is read again too), so the handoff's events below keep real time.
    clockAheadMs = 5_100;
    expect((await alert('not-the-token', { source: 'acme-monitor', severity: 'info', summary: 'cache step' })).status).toBe(401);
    clockAheadMs = 0;
    const { bearerToken } = JSON.parse((await runCli(['alerts', 'credentials', id, '--json'], env)).stdout);
    expect(
      (await alert(bearerToken, { source: 'acme-monitor', severity: 'warning', summary: 'Volume latency high', labels: { team: 'storage' }, dedupKey: 'rule-1' })).status,
    ).toBe(202);
    const handoff = (await t.baton.services.handoffs.listOpen(id)).find((h) => h.dedupKey === 'rule-1');
    expect(handoff?.routing).toMatchObject({ routedBy: 'rule', functionName: 'Backup management and testing', owners: ['msp'] });
    expect((await runCli(['alerts', 'rule', 'remove', id, '1'], env)).stdout).toContain('0 left');
  }, 20_000);

  it('sets escalation timers for new handoffs', async () => {
    const { stdout, code } = await runCli(['alerts', 'timers', id, '--critical', '5', '--info', 'none', '--cap', '2', '--json'], env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ escalationMinutes: { critical: 5, error: 30, warning: 240, info: null }, escalationCap: 2 });
    expect((await runCli(['alerts', 'timers', id, '--warning', 'soon'], env)).stderr).toContain('--warning must be minutes');
  });

  it('rotates: new credentials, the old ones still accepted during the grace period', async () => {
    const before = JSON.parse((await runCli(['alerts', 'credentials', id, '--json'], env)).stdout);
    const after = JSON.parse((await runCli(['alerts', 'rotate', id, '--grace-hours', '1', '--json'], env)).stdout);
    expect(after.bearerToken).not.toBe(before.bearerToken);
    expect(after.previousValidUntil).toEqual(expect.any(String));
  });

  it('exports the audit trail as CSV: who did what, when, from which card', async () => {
    const handoff = (await t.baton.services.handoffs.listOpen(id)).find((h) => h.dedupKey === 'rule-1')!;
    await t.baton.delivery.idle();
    const cardId = (await t.baton.services.handoffs.get(id, handoff.id))?.activityId;
    expect(cardId).toBeTruthy();
    await t.post(cardAction('handoff.claim', { engagementId: id, handoffId: handoff.id }, { user: MEGAN, replyToId: cardId! }));
    await t.post(cardAction('handoff.resolve', { engagementId: id, handoffId: handoff.id, note: 'Rebalanced the volume, latency normal' }, { user: MEGAN }));
    // Days around the whole run, not "today": the events may fall on either side of a midnight.
    const { code, stdout, stderr } = await runCli(['audit', 'export', '--engagement', id, '--from', dayBefore, '--to', dayAfterNext], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = parse(stdout, { columns: true }) as Array<Record<string, string>>;
    const mine = rows.filter((r) => r.handoff === handoff.id);
    expect(mine.map((r) => [r.event, r.actor_name, r.via, r.card])).toEqual([
      ['received', '', 'alert', ''],
      ['posted', '', 'system', cardId],
      ['claimed', 'Megan Bowen', 'card', cardId],
      ['resolved', 'Megan Bowen', 'card', ''],
    ]);
    expect(mine[3]?.note).toBe('Rebalanced the volume, latency normal');
    expect(Object.keys(rows[0]!)).toEqual(['at', 'engagement', 'handoff', 'event', 'actor_id', 'actor_name', 'via', 'card', 'to_side', 'note']);
    expect((await runCli(['audit', 'export', '--engagement', id, '--from', 'yesterday'], env)).stderr).toContain('--from must be a date');
  }, 20_000);
});
