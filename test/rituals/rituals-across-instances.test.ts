import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../bot/app/services.ts';
import { startBaton, type RunningBaton } from '../../bot/composition.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { openTables } from '../../bot/storage/table-clients.ts';
import { ADELE, ALEX, cardAction, installed, MEGAN, message, type TestUser } from '../support/activities.ts';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite.ts';
import { killBatonProcesses, spawnBatonProcess } from '../support/baton-process.ts';
import { LocalConnector, type CapturedActivity } from '../support/local-connector.ts';
import { testBatonEnv } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { owedDeliveries } from '../support/virtual-delivery.ts';
import { waitUntil } from '../support/wait-until.ts';
import { cardText } from '../teams/card-text.ts';

const DANA: TestUser = { id: '29:dana', aadObjectId: 'aad-dana', name: 'Dana Ortiz' };
const ROSTER = [
  { id: ADELE.id, name: ADELE.name, role: 'internal-it' as const },
  { id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' as const },
  { id: DANA.id, name: DANA.name, role: 'msp-manager' as const },
];

/** The standup card itself (not the "Weekly standup started" notice). */
const isStandupCard = (a: CapturedActivity) => a.method === 'POST' && cardText(a.activity).includes('Median time to claim');
const posts = (connector: LocalConnector, test: (a: CapturedActivity) => boolean) => connector.received.filter(test);

async function post(url: string, connector: LocalConnector, activity: object): Promise<Response> {
  return fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ serviceUrl: connector.url, ...activity }) });
}

describe('rituals with several Baton instances on one Azurite', () => {
  it('three instances tick at the same moment: one standup card, one update per answer, one reminder, one summary', async () => {
    const connector = new LocalConnector();
    await connector.start();
    let now = new Date('2026-11-26T17:00:00Z'); // Thursday noon in New York
    const env = testBatonEnv({ BATON_TABLE_PREFIX: uniqueTablePrefix(), BATON_DEFAULT_TIMEZONE: 'America/New_York', BATON_RITUAL_TICK_SECONDS: '3600' });
    const instances: RunningBaton[] = [];
    try {
      for (let i = 0; i < 3; i++) instances.push(await startBaton({ env, clock: () => now }));
      const [first, , third] = instances as [RunningBaton, RunningBaton, RunningBaton];
      const urlOf = (b: RunningBaton) => `http://127.0.0.1:${b.port}`;
      await post(urlOf(first), connector, installed());
      await post(urlOf(first), connector, cardAction('setup.save', { ...SETUP_CONTOSO, holidayRegion: 'US', mspTimeZone: 'America/New_York' }));
      await connector.waitFor(1);
      const found = (await first.services.engagements.list()).find((e) => e.conversationKind === 'channel')!;
      const engagement: Engagement = await first.services.engagements.update(found.id, (e) => ({ ...e, people: [...e.people, ...ROSTER] }));
      // Every instance sees the schedule start now: nothing is run retroactively.
      expect((await Promise.all(instances.map((b) => b.scheduler.tick()))).flat()).toEqual([]);
      connector.clear();
      const idle = () => Promise.all(instances.map((b) => b.ritualDelivery.idle()));
      /** Every instance runs one complete sweep of the ritual outbox (after idle none is sweeping, so each one runs). */
      const sweepAll = async () => {
        await idle();
        for (const b of instances) b.ritualDelivery.sweep();
        await idle();
      };

      // Monday 30 Nov, 09:31 New York: all three tick at once, and again.
      now = new Date('2026-11-30T14:31:00Z');
      const ran = (await Promise.all(instances.map((b) => b.scheduler.tick()))).flat();
      expect(ran.map((o) => o.key)).toEqual(['standup/2026-11-30']);
      expect((await Promise.all(instances.map((b) => b.scheduler.tick()))).flat()).toEqual([]);
      await waitUntil(() => posts(connector, isStandupCard).length >= 1, 10_000, 'the standup card');
      await idle();
      // Done in storage, and every instance has since completed a sweep of its own: none had the card to post again.
      await sweepAll();
      expect(await owedDeliveries(third.services.ritualRuns, engagement.id)).toBe(0);
      expect(posts(connector, isStandupCard)).toHaveLength(1);
      const stored = (await third.services.rituals.get(engagement.id, 'standup/2026-11-30'))!;
      expect(stored.activityId).toBeTruthy();

      // An answer through the third instance updates the one card in place.
      connector.clear();
      const answer = await post(
        urlOf(third),
        connector,
        cardAction(
          'standup.answer',
          { engagementId: engagement.id, occurrence: stored.run.key, done: 'Patched SRV-DC01', blocked: 'ISP ticket' },
          { user: MEGAN, replyToId: stored.activityId! },
        ),
      );
      expect(answer.status).toBe(200);
      await waitUntil(() => connector.received.some((a) => a.method === 'PUT'), 10_000, 'the card update');
      await idle();
      expect(connector.received.map((a) => [a.method, a.path.includes(encodeURIComponent(stored.activityId!))])).toEqual([['PUT', true]]);

      // The reminder, half-way to 17:00, and the final summary: every instance sweeps, each goes out once.
      connector.clear();
      now = new Date('2026-11-30T19:00:00Z');
      const reminded = await Promise.all(instances.map((b) => b.ritualSteps.sweep()));
      expect(reminded.reduce((a, b) => a + b, 0)).toBe(1);
      await waitUntil(() => connector.received.length >= 1, 10_000, 'the reminder');
      await idle();
      expect(connector.received.filter((a) => /Reminder/.test(a.activity.text ?? ''))).toHaveLength(1);
      connector.clear();
      now = new Date('2026-11-30T22:00:00Z');
      await Promise.all(instances.map((b) => b.ritualSteps.sweep()));
      await waitUntil(() => connector.received.length >= 2, 10_000, 'the final card and summary');
      // Every delivery done in storage, and a sweep of every instance since: nothing more is owed to Teams.
      await waitUntil(async () => (await owedDeliveries(third.services.ritualRuns, engagement.id)) === 0, 10_000, 'the ritual deliveries to be done in storage');
      await sweepAll();
      expect(connector.received.filter((a) => /summary is final/.test(a.activity.text ?? ''))).toHaveLength(1);
      expect(connector.received.filter((a) => a.method === 'PUT')).toHaveLength(1);
    } finally {
      for (const b of instances) await b.stop();
      await connector.stop();
    }
  }, 60_000);

  describe('an instance is killed (SIGKILL) while posting the standup card', () => {
    afterAll(killBatonProcesses);

    it('another instance posts it, once, and goes on with the standup', async () => {
      const connector = new LocalConnector();
      await connector.start();
      const prefix = uniqueTablePrefix();
      // A sender gives up on a silent Teams after a third of the lease (2 s here) and retries itself.
      const spawnBaton = () => spawnBatonProcess(prefix, { BATON_DELIVERY_LEASE_SECONDS: '6' });
      const a = await spawnBaton();
      const b = await spawnBaton();
      await post(a.url, connector, installed());
      await post(a.url, connector, cardAction('setup.save', SETUP_CONTOSO));
      await connector.waitFor(1);
      const services = createServices(await openTables(azuriteConnectionString(), prefix), () => new Date(), 'UTC');
      const engagement = (await services.engagements.list())[0]!;
      await services.engagements.update(engagement.id, (e) => ({ ...e, people: [...e.people, ...ROSTER] }));

      // Instance A starts the standup and is stuck posting its card (Teams never answers); B runs beside it. A dies.
      connector.holdWhen((activity) => cardText(activity).includes('Median time to claim'));
      expect((await post(a.url, connector, message('standup now', { user: ALEX }))).status).toBe(200);
      await waitUntil(() => connector.refused.some((r) => r.status === 'held'), 10_000, 'the card to be on its way');
      await a.kill();
      expect(posts(connector, isStandupCard)).toHaveLength(0);

      await waitUntil(() => posts(connector, isStandupCard).length === 1, 30_000, 'instance B to post the card');
      // Nothing more may come: the card's outbox row is done and its id recorded with it (one transaction),
      // so no sweep of any instance, after any lease, has the card to post again.
      await waitUntil(async () => (await owedDeliveries(services.ritualRuns, engagement.id)) === 0, 10_000, 'the ritual deliveries to be done in storage');
      const run = await services.rituals.latest(engagement.id, 'standup');
      expect(run?.activityId).toBeTruthy();
      expect(posts(connector, isStandupCard)).toHaveLength(1);

      // The standup goes on through B: an answer updates the card B posted.
      const before = connector.received.length;
      await post(
        b.url,
        connector,
        cardAction('standup.answer', { engagementId: engagement.id, occurrence: run!.run.key, done: 'Replaced the core switch' }, { user: ADELE, replyToId: run!.activityId! }),
      );
      await waitUntil(() => connector.received.slice(before).some((x) => x.method === 'PUT'), 10_000, 'the card update');
      const update = connector.received.slice(before).find((x) => x.method === 'PUT')!;
      expect(update.path).toContain(encodeURIComponent(run!.activityId!));
      expect(cardText(update.activity)).toContain('Replaced the core switch');
      await services.close();
      await connector.stop();
    }, 90_000);
  });
});
