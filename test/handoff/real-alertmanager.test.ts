import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardAction, installed } from '../support/activities.ts';
import { freePort } from '../support/free-port.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { waitUntil } from '../support/wait-until.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { cardText } from '../teams/card-text.ts';

/** Debian's Alertmanager (apt-get install -y prometheus-alertmanager), installed by .ci/run. */
const ALERTMANAGER = '/usr/bin/prometheus-alertmanager';

describe('a real Prometheus Alertmanager sending to Baton', () => {
  let t: TestBaton | undefined;
  let am: ChildProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'baton-am-'));
  afterAll(async () => {
    am?.kill('SIGTERM');
    await t?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts a card when Alertmanager fires, with its bearer token, and resolves it when the alert ends', async (ctx) => {
    if (!existsSync(ALERTMANAGER)) {
      const reason = `${ALERTMANAGER} is not installed (apt-get install -y prometheus-alertmanager)`;
      if (process.env.BATON_REQUIRE_ALERTMANAGER === '1') throw new Error(`Alertmanager test required but ${reason}`);
      console.warn(`Alertmanager test skipped: ${reason}`);
      ctx.skip();
    }
    t = await startTestBaton();
    await t.post(installed());
    await t.post(cardAction('setup.save', SETUP_CONTOSO));
    await t.connector.waitFor(1);
    const engagement = (await t.baton.services.engagements.list())[0]!;
    const { current } = await t.baton.services.alertSettings.ensure(engagement.id);

    const amPort = await freePort();
    writeFileSync(
      join(dir, 'alertmanager.yml'),
      [
        'route:',
        '  receiver: baton',
        '  group_by: [alertname]',
        '  group_wait: 1s',
        '  group_interval: 1s',
        '  repeat_interval: 1h',
        'receivers:',
        '  - name: baton',
        '    webhook_configs:',
        `      - url: ${t.url}/api/alerts/${engagement.id}`,
        '        send_resolved: true',
        '        http_config:',
        '          authorization:',
        '            type: Bearer',
        `            credentials: ${current.bearerToken}`,
        '',
      ].join('\n'),
    );
    am = spawn(
      ALERTMANAGER,
      [
        `--config.file=${join(dir, 'alertmanager.yml')}`,
        `--storage.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${amPort}`,
        '--cluster.listen-address=',
        '--log.level=warn',
      ],
      { stdio: 'ignore' },
    );
    const amUrl = `http://127.0.0.1:${amPort}`;
    await waitUntil(async () => (await fetch(`${amUrl}/-/ready`).catch(() => undefined))?.ok === true, 20_000, 'Alertmanager to be ready');

    const alert = (endsAt?: string) => [
      {
        labels: { alertname: 'BackupJobFailed', job: 'veeam', instance: 'veeam-01:9100', severity: 'critical', category: 'backup' },
        annotations: { summary: 'Backup job Nightly-FS failed on veeam-01', description: 'Repository REPO-2 is full.' },
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        ...(endsAt ? { endsAt } : {}),
        generatorURL: 'http://prometheus.example:9090/graph',
      },
    ];
    const fire = await fetch(`${amUrl}/api/v2/alerts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(alert()) });
    expect(fire.status).toBe(200);

    const posted = () => t!.connector.received.filter((r) => r.method === 'POST' && cardText(r.activity).includes('Backup job Nightly-FS failed'));
    await waitUntil(() => posted().length === 1, 30_000, 'the card from Alertmanager');
    const card = posted()[0]!.activity;
    expect(cardText(card)).toContain('Backup management and testing');
    expect(cardText(card)).toContain('CRITICAL');

    const resolve = await fetch(`${amUrl}/api/v2/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(alert(new Date().toISOString())),
    });
    expect(resolve.status).toBe(200);
    await waitUntil(
      () => t!.connector.received.some((r) => r.method === 'PUT' && cardText(r.activity).includes('Backup job Nightly-FS failed') && cardText(r.activity).includes('Resolved')),
      30_000,
      'the card to show the alert resolved',
    );
    expect(posted()).toHaveLength(1);
    expect(await t.baton.services.handoffs.listOpen(engagement.id)).toEqual([]);
  }, 90_000);
});
