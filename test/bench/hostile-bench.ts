import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { RunningBaton } from '../../bot/composition.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';

export interface HostileBenchResult {
  readonly seconds: number;
  readonly counts: Record<string, Record<string, number>>;
  readonly notSent: number;
  readonly legitSent: number;
  readonly legitAccepted: number;
  /** Legitimate alerts stored exactly once (one handoff, seen once). */
  readonly legitStoredOnce: number;
  readonly serverErrors: number;
  readonly peakRssMb: number;
  /** Resident memory of this process just before the load began. */
  readonly startRssMb: number;
  readonly healthyAfter: boolean;
}

/**
 * Hostile requests at `hostilePerSecond` for `seconds` against one engagement's webhook while
 * legitimate alerts flow to it; the load runs in its own process (hostile-load.ts). Reports what
 * each kind got, the peak memory of this process (where Baton runs), and whether every legitimate
 * alert was stored exactly once.
 */
export async function hostileLoad(
  baton: RunningBaton,
  connectorUrl: string,
  options: { seconds: number; hostilePerSecond: number; legitPerSecond: number },
): Promise<HostileBenchResult> {
  const { engagements, conversations, matrices, alertSettings, handoffs } = baton.services;
  const conversationId = '19:bench-hostile@thread.tacv2';
  const e = await engagements.ensure({ tenantId: 'bench-hostile-tenant', teamId: conversationId, conversationId, conversationKind: 'channel' });
  await engagements.update(e.id, (x) => ({ ...x, setUp: true, people: [{ id: '29:bench-hostile-msp', name: 'Megan Bowen', role: 'msp-engineer' }] }));
  await conversations.save({
    engagementId: e.id,
    conversationId,
    reference: {
      channelId: 'msteams',
      serviceUrl: connectorUrl,
      bot: { id: '28:baton', name: 'Baton' },
      conversation: { id: conversationId, conversationType: 'channel', tenantId: 'bench-hostile-tenant', isGroup: true },
    },
    updatedAt: new Date().toISOString(),
  });
  await matrices.publish(e.id, defaultTemplateMatrix(), 'bench', 'hostile bench');
  const settings = await alertSettings.ensure(e.id);
  const url = `http://127.0.0.1:${baton.port}`;
  const startRss = process.memoryUsage().rss;
  let peakRss = startRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  const load = spawn(process.execPath, [fileURLToPath(new URL('./hostile-load.ts', import.meta.url))], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    load.stdin!.write(
      `${JSON.stringify({
        url: `${url}/api/alerts/${e.id}`,
        badUrl: `${url}/api/alerts/e-000000000000`,
        token: settings.current.bearerToken,
        routingKey: settings.current.routingKey,
        hmacSecret: settings.current.hmacSecret,
        ...options,
      })}\n`,
    );
    const line = String((await createInterface({ input: load.stdout! })[Symbol.asyncIterator]().next()).value);
    const r = JSON.parse(line) as { seconds: number; counts: Record<string, Record<string, number>>; notSent: number; legitKeys: string[] };
    const healthyAfter = (await fetch(`${url}/healthz`)).status === 200;
    let legitStoredOnce = 0;
    for (const key of r.legitKeys) {
      const found = await handoffs.store.forDedupKey(e.id, key);
      if (found.current?.handoff.occurrences === 1) legitStoredOnce++;
    }
    const serverErrors = Object.values(r.counts).reduce(
      (n, byStatus) =>
        n +
        Object.entries(byStatus)
          .filter(([s]) => Number(s) >= 500 || Number(s) < 0)
          .reduce((m, [, c]) => m + c, 0),
      0,
    );
    return {
      seconds: r.seconds,
      counts: r.counts,
      notSent: r.notSent,
      legitSent: r.legitKeys.length,
      legitAccepted: r.counts['legitimate alert']?.['202'] ?? 0,
      legitStoredOnce,
      serverErrors,
      peakRssMb: peakRss / 1024 / 1024,
      startRssMb: startRss / 1024 / 1024,
      healthyAfter,
    };
  } finally {
    clearInterval(sampler);
    load.kill();
  }
}
