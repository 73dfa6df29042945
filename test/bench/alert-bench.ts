import { TableClient } from '@azure/data-tables';
import type { RunningBaton } from '../../bot/composition.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface AlertBenchResult {
  readonly alerts: number;
  readonly accepted: number;
  readonly cardsPosted: number;
  readonly seconds: number;
  readonly alertsPerSecond: number;
  /** Until the last 202: alerts stored (with their card work) per second. */
  readonly acceptedPerSecond: number;
}

/** Channels the alerts are spread over, and the tenants those belong to (an MSP's customers). */
export const ALERT_CHANNELS = 200;
export const ALERT_TENANTS = 20;

/**
 * Sustained intake: `count` Baton-JSON alerts (distinct dedup keys) sent `concurrency` at a time over
 * HTTP with a bearer token, timed from the first request until every card reached the connector.
 * Senders and connector run in their own process (alert-load.ts), as they do in production.
 * The alerts are spread over ALERT_CHANNELS engagements in ALERT_TENANTS tenants: Teams takes 60
 * messages per 30 s in one channel, so 300 alerts/s into one channel is not a load Teams accepts
 * (Baton paces it), and this bench measures Baton, not Teams' limits (here they allow ~1,000/s).
 */
export async function alertThroughput(baton: RunningBaton, count: number, concurrency: number): Promise<AlertBenchResult> {
  const load = spawn(process.execPath, [fileURLToPath(new URL('./alert-load.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: load.stdout! })[Symbol.asyncIterator]();
  try {
    const { connector } = JSON.parse(String((await lines.next()).value)) as { connector: string };
    const url = `http://127.0.0.1:${baton.port}`;
    const { engagements, conversations, matrices, alertSettings } = baton.services;
    const matrix = defaultTemplateMatrix();
    const setUp = async (i: number): Promise<{ url: string; token: string }> => {
      const tenantId = `bench-tenant-${i % ALERT_TENANTS}`;
      const conversationId = `19:bench-alerts-${i}@thread.tacv2`;
      const e = await engagements.ensure({ tenantId, teamId: conversationId, conversationId, conversationKind: 'channel' });
      await engagements.update(e.id, (x) => ({
        ...x,
        setUp: true,
        internal: { ...x.internal, name: `Customer ${i} IT` },
        msp: { ...x.msp, name: 'Fabrikam MSP' },
        people: [
          { id: `29:bench-internal-${i}`, name: 'Adele Vance', role: 'internal-it' },
          { id: `29:bench-msp-${i}`, name: 'Megan Bowen', role: 'msp-engineer' },
        ],
      }));
      await conversations.save({
        engagementId: e.id,
        conversationId,
        reference: {
          channelId: 'msteams',
          serviceUrl: connector,
          bot: { id: '28:baton', name: 'Baton' },
          conversation: { id: conversationId, conversationType: 'channel', tenantId, isGroup: true },
        },
        updatedAt: new Date().toISOString(),
      });
      await matrices.publish(e.id, matrix, 'bench', 'alert bench');
      await alertSettings.update(e.id, (s) => ({ ...s, rateLimitPerMinute: 1_000_000 }));
      const { current } = await alertSettings.ensure(e.id);
      return { url: `${url}/api/alerts/${e.id}`, token: current.bearerToken };
    };
    const targets: Array<{ url: string; token: string }> = [];
    const queue = Array.from({ length: ALERT_CHANNELS }, (_, i) => i);
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        for (let i = queue.shift(); i !== undefined; i = queue.shift()) targets[i] = await setUp(i);
      }),
    );
    await new Promise((done) => setTimeout(done, 2_100)); // engagement cache: see the roster and matrix
    load.stdin!.write(`${JSON.stringify({ targets, count, concurrency })}\n`);
    const r = JSON.parse(String((await lines.next()).value)) as { alerts: number; accepted: number; cardsPosted: number; seconds: number; acceptSeconds: number };
    return { ...r, alertsPerSecond: r.alerts / r.seconds, acceptedPerSecond: r.alerts / r.acceptSeconds };
  } finally {
    load.kill();
  }
}

/** The store's own pace: single-entity upserts (one small entity each), `concurrency` at a time, for `ms`. */
export async function azuriteUpsertRate(connectionString: string, ms: number, concurrency: number): Promise<number> {
  const table = TableClient.fromConnectionString(connectionString, 'benchUpserts', { allowInsecureConnection: true });
  await table.createTable();
  let done = 0;
  const end = performance.now() + ms;
  const lane = async (lane: number) => {
    for (let i = 0; performance.now() < end; i++) {
      await table.upsertEntity({ partitionKey: `p${lane % 8}`, rowKey: `r${lane}-${i % 500}`, value: 'x'.repeat(200), n: i }, 'Replace');
      done++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, (_, i) => lane(i)));
  return done / ((performance.now() - started) / 1000);
}
