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
import { owedDeliveries, useVirtualHandoffDelivery, VirtualClock, type VirtualDelivery } from '../support/virtual-delivery.ts';
import { cardText } from '../teams/card-text.ts';

function cardPosts(connector: LocalConnector, summary: string) {
  return connector.received.filter((r) => r.method === 'POST' && cardText(r.activity).includes(summary));
}

describe('delivery faults: nothing lost, nothing doubled', () => {
  it('a 429 with Retry-After, then a 500, then OK: the card is posted once, after the wait', async () => {
    // The delivery keeps a virtual clock: Retry-After and the backoffs pass when the test moves it, and
    // the worker sweeps only when the test asks (see useVirtualHandoffDelivery).
    const clock = new VirtualClock(Date.now());
    const t = await startTestBaton();
    let delivery: VirtualDelivery | undefined;
    try {
      await t.post(installed());
      await t.post(cardAction('setup.save', SETUP_CONTOSO));
      await t.connector.waitFor(1);
      delivery = await useVirtualHandoffDelivery(t.baton, clock);
      const engagement = (await t.baton.services.engagements.list())[0]!;
      const { current } = await t.baton.services.alertSettings.ensure(engagement.id);
      t.connector.fail({ status: 429, retryAfter: '2' }, { status: 500 }, { status: 500 }, { status: 500 }, { status: 503 });
      const started = clock.now();
      const res = await fetch(`${t.url}/api/alerts/${engagement.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${current.bearerToken}` },
        body: JSON.stringify({ source: 'veeam', severity: 'critical', summary: 'Backup job failed: fault test', dedupKey: 'fault-1' }),
      });
      expect(res.status).toBe(202);
      const statuses = () => t.connector.refused.map((r) => r.status);

      // The first try (from memory) is throttled: the row waits exactly Retry-After on the worker's clock.
      await waitUntil(() => t.connector.refused.length === 1, 10_000, 'the first try');
      await delivery.idle();
      expect(statuses()).toEqual([429]);
      expect(await delivery.nextTryAt(engagement.id)).toBe(started + 2_000);
      // A sweep 1 ms before Retry-After is over tries nothing; the one at its end tries again.
      clock.advance(1_999);
      await delivery.sweep();
      expect(statuses()).toEqual([429]);
      expect(cardPosts(t.connector, 'fault test')).toHaveLength(0);
      clock.advance(1);
      await delivery.sweep();
      expect(statuses()).toEqual([429, 500]);

      // Each 5xx backs off; every sweep at the end of a backoff tries once more, until Teams accepts it.
      for (const expected of [
        [429, 500, 500],
        [429, 500, 500, 500],
        [429, 500, 500, 500, 503],
        [429, 500, 500, 500, 503],
      ]) {
        const at = (await delivery.nextTryAt(engagement.id))!;
        expect(at).toBeGreaterThan(clock.now()); // backing off, not due yet
        clock.advance(at - clock.now());
        await delivery.sweep();
        expect(statuses()).toEqual(expected);
      }
      expect(cardPosts(t.connector, 'fault test')).toHaveLength(1);
      expect(clock.now() - started).toBeGreaterThanOrEqual(2_000);

      // Done in storage, its card's id recorded: a later sweep (past any lease or backoff) has nothing to post.
      const [handoff] = await t.baton.services.handoffs.listOpen(engagement.id);
      expect(await delivery.owed(engagement.id, handoff!.id)).toBe(0);
      expect((await t.baton.services.handoffs.get(engagement.id, handoff!.id))?.activityId).toBeTruthy();
      clock.advance(3_600_000);
      await delivery.sweep();
      expect(cardPosts(t.connector, 'fault test')).toHaveLength(1);
      expect(statuses()).toEqual([429, 500, 500, 500, 503]);
    } finally {
      await delivery?.stop();
      await t.stop();
    }
  });

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
      // Nothing more may come: the outbox row is done in storage and the card's id recorded with it (one
      // transaction), so no sweep of any instance, after any lease, has the card to post again.
      const [handoff] = await services.handoffs.listOpen(engagement.id);
      await waitUntil(async () => (await owedDeliveries(services.handoffs.store, engagement.id)) === 0, 10_000, 'the delivery to be done in storage');
      expect((await services.handoffs.get(engagement.id, handoff!.id))?.activityId).toBeTruthy();
      expect(cardPosts(connector, 'crash test')).toHaveLength(1);
      await services.close();
      await connector.stop();
    }, 90_000);
  });
});
