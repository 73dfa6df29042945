import { startBaton } from '../../bot/composition.ts';
import { minimumDeliveryMs, TEAMS_TENANT_WINDOWS } from '../../bot/app/send-rate-gate.ts';
import { DEFAULT_RITUAL_SCHEDULE } from '../../bot/domain/rituals/ritual-schedule.ts';
import { TeamsLimitedConnector } from '../support/teams-limited-connector.ts';

export interface FanoutResult {
  readonly engagements: number;
  readonly delivered: number;
  readonly throttled: number;
  readonly seconds: number;
  readonly minimumSeconds: number;
  readonly ratio: number;
}

/** Monday 30 Nov 2026, 09:31 in New York: the standup of every engagement is due. */
const MONDAY = new Date('2026-11-30T14:31:00Z');

/**
 * The weekly standup fanned out to `count` engagements of one tenant, each in its own channel, against
 * a local connector that enforces Teams' limits and answers 429 when they are exceeded. Timed from the
 * scheduler's tick to the last card accepted; compared with the least time the limits allow.
 */
export async function ritualFanout(connectionString: string, count: number): Promise<FanoutResult> {
  const connector = new TeamsLimitedConnector();
  await connector.start();
  const baton = await startBaton({
    env: { PORT: '0', HOST: '127.0.0.1', AZURE_STORAGE_CONNECTION_STRING: connectionString, BATON_TABLE_PREFIX: 'fanout', LOG_LEVEL: 'silent', BATON_RITUAL_TICK_SECONDS: '3600' },
    clock: () => MONDAY,
  });
  try {
    const { engagements, conversations, ritualSchedules } = baton.services;
    const setUp = async (i: number) => {
      const conversationId = `19:fanout-${i}@thread.tacv2`;
      const e = await engagements.ensure({ tenantId: 'fanout-tenant', teamId: conversationId, conversationId, conversationKind: 'channel' });
      await engagements.update(e.id, (x) => ({
        ...x,
        setUp: true,
        internal: { ...x.internal, name: `Customer ${i} IT`, timeZone: 'America/New_York' },
        msp: { ...x.msp, name: 'Fabrikam MSP', timeZone: 'America/New_York' },
        people: [
          { id: `29:internal-${i}`, name: 'Adele Vance', role: 'internal-manager' },
          { id: `29:msp-${i}`, name: 'Megan Bowen', role: 'msp-engineer' },
        ],
      }));
      await conversations.save({
        engagementId: e.id,
        conversationId,
        reference: {
          channelId: 'msteams',
          serviceUrl: connector.url,
          bot: { id: '28:baton', name: 'Baton' },
          conversation: { id: conversationId, conversationType: 'channel', tenantId: 'fanout-tenant', isGroup: true },
        },
        updatedAt: MONDAY.toISOString(),
      });
      // Scheduled since last week, so this Monday's standup is due.
      await ritualSchedules.ensureSchedule(e.id, DEFAULT_RITUAL_SCHEDULE, new Date(MONDAY.getTime() - 7 * 86_400_000));
    };
    const queue = Array.from({ length: count }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) await setUp(i);
      }),
    );
    await new Promise((done) => setTimeout(done, 2_100)); // let engagement caches expire: the scheduler reads fresh
    const start = performance.now();
    const ran = await baton.scheduler.tick();
    await connector.waitFor(count, 120_000);
    const seconds = (performance.now() - start) / 1000;
    await baton.ritualDelivery.idle();
    const minimumSeconds = minimumDeliveryMs(count, TEAMS_TENANT_WINDOWS) / 1000;
    if (ran.length !== count) throw new Error(`the scheduler ran ${ran.length} standups for ${count} engagements`);
    return { engagements: count, delivered: connector.accepted, throttled: connector.throttled, seconds, minimumSeconds, ratio: seconds / minimumSeconds };
  } finally {
    await baton.stop();
    await connector.stop();
  }
}
