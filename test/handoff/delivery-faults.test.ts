import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../bot/app/services.ts';
import { openTables } from '../../bot/storage/table-clients.ts';
import { cardAction, installed } from '../support/activities.ts';
import { killBatonProcesses, spawnBatonProcess } from '../support/baton-process.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { waitUntil } from '../support/wait-until.ts';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite.ts';
import { LocalConnector } from '../support/local-connector.ts';
import { startTestBaton } from '../support/running-baton.ts';
import { cardText } from '../teams/card-text.ts';



function cardPosts(connector: LocalConnector, summary: string) {
  return connector.received.filter((r) => r.method === 'POST' && cardText(r.activity).includes(summary));
}

describe('delivery faults: nothing lost, nothing doubled', () => {
  it('a 429 with Retry-After, then a 500, then OK: the card is posted once, after the wait', async () => {
    const t = await startTestBaton();
    try {
      await t.post(installed());
      await t.post(cardAction('setup.save', SETUP_CONTOSO));
      await t.connector.waitFor(1);
      const engagement = (await t.baton.services.engagements.list())[0]!;
      const { current } = await t.baton.services.alertSettings.ensure(engagement.id);
      t.connector.fail({ status: 429, retryAfter: '2' }, { status: 500 }, { status: 500 }, { status: 500 }, { status: 503 });
      const started = Date.now();
      const res = await fetch(`${t.url}/api/alerts/${engagement.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${current.bearerToken}` },
        body: JSON.stringify({ source: 'veeam', severity: 'critical', summary: 'Backup job failed: fault test', dedupKey: 'fault-1' }),
      });
      expect(res.status).toBe(202);
      await waitUntil(() => cardPosts(t.connector, 'fault test').length === 1, 30_000, 'the card');
      expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
      expect(t.connector.refused.map((r) => r.status)).toEqual([429, 500, 500, 500, 503]);
      await new Promise((done) => setTimeout(done, 1_500));
      await t.baton.delivery.idle();
      expect(cardPosts(t.connector, 'fault test')).toHaveLength(1);
      const [handoff] = await t.baton.services.handoffs.listOpen(engagement.id);
      expect((await t.baton.services.handoffs.get(engagement.id, handoff!.id))?.activityId).toBeTruthy();
    } finally {
      await t.stop();
    }
  }, 60_000);

  describe('the process is killed (SIGKILL) after storing the handoff, before the card reached Teams', () => {
    afterAll(killBatonProcesses);

    it('posts the card exactly once after a restart', async () => {
      const connector = new LocalConnector();
      await connector.start();
      const prefix = uniqueTablePrefix();
      const start = () => spawnBatonProcess(prefix, { BATON_DELIVERY_LEASE_SECONDS: '2' });
      const post = (activity: object) =>
        fetch(`${first.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceUrl: connector.url, ...activity }) });

      const first = await start();
      await post(installed());
      await post(cardAction('setup.save', SETUP_CONTOSO));
      await connector.waitFor(1);
      const tables = await openTables(azuriteConnectionString(), prefix);
      const services = createServices(tables, () => new Date(), 'UTC');
      const engagement = (await services.engagements.list())[0]!;
      const { current } = await services.alertSettings.ensure(engagement.id);

      connector.fail({ hold: true });
      const res = await fetch(`${first.url}/api/alerts/${engagement.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${current.bearerToken}` },
        body: JSON.stringify({ source: 'sentinelone', severity: 'critical', summary: 'EDR alert: crash test', dedupKey: 'crash-1' }),
      });
      expect(res.status).toBe(202); // stored: the sender will not send it again
      await waitUntil(() => connector.refused.some((r) => r.status === 'held'), 10_000, 'the card to be on its way');
      await first.kill();
      expect(cardPosts(connector, 'crash test')).toHaveLength(0);

      await start();
      await waitUntil(() => cardPosts(connector, 'crash test').length === 1, 20_000, 'the card after the restart');
      await new Promise((done) => setTimeout(done, 4_000)); // past another lease: nothing more may come
      expect(cardPosts(connector, 'crash test')).toHaveLength(1);
      const [handoff] = await services.handoffs.listOpen(engagement.id);
      expect((await services.handoffs.get(engagement.id, handoff!.id))?.activityId).toBeTruthy();
      await services.close();
      await connector.stop();
    }, 90_000);
  });
});

