import { TableClient } from '@azure/data-tables';
import type { RunningBaton } from '../../bot/composition.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import { installed } from '../support/activities.ts';
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

/**
 * Sustained intake: `count` Baton-JSON alerts (distinct dedup keys) sent `concurrency` at a time over
 * HTTP with a bearer token, timed from the first request until every card reached the connector.
 * Senders and connector run in their own process (alert-load.ts), as they do in production.
 */
export async function alertThroughput(baton: RunningBaton, count: number, concurrency: number): Promise<AlertBenchResult> {
  const load = spawn(process.execPath, [fileURLToPath(new URL('./alert-load.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: load.stdout! })[Symbol.asyncIterator]();
  try {
    const { connector } = JSON.parse(String((await lines.next()).value)) as { connector: string };
    const url = `http://127.0.0.1:${baton.port}`;
    const team = { id: '19:bench-alerts@thread.tacv2', conversationType: 'channel' };
    const install = { ...installed({ where: team }), channelData: { tenant: { id: 'bench-tenant' }, team: { id: team.id } }, serviceUrl: connector };
    await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(install) });
    const engagement = (await baton.services.engagements.list()).find((e) => e.conversationId === team.id);
    if (!engagement) throw new Error('the bench team was not installed');
    await baton.services.engagements.update(engagement.id, (e) => ({
      ...e,
      setUp: true,
      internal: { ...e.internal, name: 'Contoso IT' },
      msp: { ...e.msp, name: 'Fabrikam MSP' },
      people: [
        { id: '29:bench-internal', name: 'Adele Vance', role: 'internal-it' },
        { id: '29:bench-msp', name: 'Megan Bowen', role: 'msp-engineer' },
      ],
    }));
    await baton.services.matrices.publish(engagement.id, defaultTemplateMatrix(), 'bench', 'alert bench');
    await baton.services.alertSettings.update(engagement.id, (s) => ({ ...s, rateLimitPerMinute: 1_000_000 }));
    const { current } = await baton.services.alertSettings.ensure(engagement.id);
    await new Promise((done) => setTimeout(done, 2_100)); // engagement cache: see the roster and matrix
    load.stdin!.write(`${JSON.stringify({ url: `${url}/api/alerts/${engagement.id}`, token: current.bearerToken, count, concurrency })}\n`);
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
