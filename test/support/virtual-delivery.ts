import { DeliveryWorker } from '../../bot/app/delivery-worker.ts';
import { SendRateGate, TEAMS_CONVERSATION_WINDOWS, TEAMS_TENANT_WINDOWS } from '../../bot/app/send-rate-gate.ts';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { RunningBaton } from '../../bot/composition.ts';
import { createBotFrameworkAuthentication } from '../../bot/teams/cloud-adapter.ts';
import { TeamsConversationSender } from '../../bot/teams/conversation-sender.ts';
import { TeamsHandoffPoster } from '../../bot/teams/handoff-poster.ts';

/** An instant long after any lease or backoff: outbox rows still owed at it are every row not done. */
const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

/**
 * Time that moves only when a test says so (ms). `sleep` resolves once the clock has been advanced to
 * its end, so nothing waits on wall time.
 */
export class VirtualClock {
  #now: number;
  readonly #sleepers: Array<{ at: number; wake: () => void }> = [];

  constructor(start: Date | number) {
    this.#now = typeof start === 'number' ? start : start.getTime();
  }

  now = (): number => this.#now;

  date = (): Date => new Date(this.#now);

  sleep = (ms: number): Promise<void> => {
    if (ms <= 0) return Promise.resolve();
    return new Promise((wake) => this.#sleepers.push({ at: this.#now + ms, wake }));
  };

  advance(ms: number): void {
    this.#now += ms;
    for (let i = this.#sleepers.length - 1; i >= 0; i--) {
      const sleeper = this.#sleepers[i]!;
      if (sleeper.at <= this.#now) {
        this.#sleepers.splice(i, 1);
        sleeper.wake();
      }
    }
  }
}

/**
 * The handoff delivery of a running Baton, on a virtual clock: the worker's leases, backoff and
 * Retry-After, and the pacing of sends to Teams, all keep `clock`'s time, and the worker sweeps only
 * when the test calls `sweep` (its own interval is a day). It replaces the Baton's composed worker
 * (stopped here), with the same store, engagements and Teams sender setup. The handoff content keeps
 * the services' clock. The connector clients it makes have no retry policy of their own (the Azure
 * pipeline's retries wait on real timers, Retry-After included): every answer from Teams reaches the
 * worker, which retries on the virtual clock.
 */
export interface VirtualDelivery {
  readonly clock: VirtualClock;
  readonly worker: DeliveryWorker;
  /** One complete sweep at the clock's current time, and every delivery it started, finished. */
  sweep(): Promise<void>;
  /** Every delivery in flight or queued has finished. */
  idle(): Promise<void>;
  /** The handoff's outbox rows that are not done (whatever their lease or backoff). */
  owed(engagementId: string, handoffId?: string): Promise<number>;
  /** When the engagement's owed handoff deliveries may next be tried (the latest `notBefore`, ms; undefined when none is owed). */
  nextTryAt(engagementId: string): Promise<number | undefined>;
  stop(): Promise<void>;
}

export async function useVirtualHandoffDelivery(baton: RunningBaton, clock: VirtualClock): Promise<VirtualDelivery> {
  await baton.delivery.stop();
  const { config, services } = baton;
  const pacer = new SendRateGate({ conversation: TEAMS_CONVERSATION_WINDOWS, tenant: TEAMS_TENANT_WINDOWS, now: clock.now, sleep: clock.sleep });
  const auth = withoutClientRetries(createBotFrameworkAuthentication(config, undefined, { onKeyFetchFailure: () => {} }));
  const sender = new TeamsConversationSender({
    auth,
    appId: config.auth.appId ?? '',
    conversations: services.conversations,
    timeoutMs: Math.min(30_000, config.deliveryLeaseMs / 3),
    pacer,
    clock: clock.date,
  });
  const worker = new DeliveryWorker({
    store: services.handoffs.store,
    engagements: services.engagements,
    poster: new TeamsHandoffPoster(sender, services.clock),
    leaseMs: config.deliveryLeaseMs,
    sweepMs: 24 * 3600_000,
    now: clock.now,
    readyAt: (engagementId) => pacer.conversationReadyAt(engagementId),
    onSweepError: (err) => baton.logger.error({ err }, 'handoff delivery sweep failed (virtual clock)'),
    onError: () => {},
  });
  services.handoffs.onChange((committed) => worker.enqueue(committed));
  worker.start();
  await worker.idle();
  return {
    clock,
    worker,
    async sweep() {
      // After idle nothing is being swept, so this sweep runs (and reads the outbox at the clock's time).
      await worker.idle();
      worker.sweep();
      await worker.idle();
    },
    idle: () => worker.idle(),
    async owed(engagementId, handoffId) {
      const rows = await services.handoffs.store.pendingDeliveries(FAR_FUTURE);
      return rows.filter((r) => r.engagementId === engagementId && (handoffId === undefined || r.handoffId === handoffId)).length;
    },
    async nextTryAt(engagementId) {
      const rows = (await services.handoffs.store.pendingDeliveries(FAR_FUTURE)).filter((r) => r.engagementId === engagementId);
      return rows.length === 0 ? undefined : Math.max(...rows.map((r) => (r.notBefore ? Date.parse(r.notBefore) : 0)));
    },
    stop: () => worker.stop(),
  };
}

/** The same authentication, whose connector clients send each request once (no Azure pipeline retry, no real-time waits). */
function withoutClientRetries(auth: BotFrameworkAuthentication): BotFrameworkAuthentication {
  return {
    createConnectorFactory(identity) {
      const factory = auth.createConnectorFactory(identity);
      return {
        async create(serviceUrl, audience) {
          const client = await factory.create(serviceUrl, audience);
          (client as unknown as { client: { pipeline: { removePolicy(options: { phase: 'Retry' }): unknown } } }).client.pipeline.removePolicy({ phase: 'Retry' });
          return client;
        },
      };
    },
  } as BotFrameworkAuthentication;
}

/** Outbox rows not done (whatever their lease or backoff): with none, no sweep anywhere has anything to deliver. */
export async function owedDeliveries(
  store: { pendingDeliveries?(now: string): Promise<Array<{ engagementId: string }>>; pending?(now: string): Promise<Array<{ engagementId: string }>> },
  engagementId: string,
): Promise<number> {
  const rows = store.pendingDeliveries ? await store.pendingDeliveries(FAR_FUTURE) : await store.pending!(FAR_FUTURE);
  return rows.filter((r) => r.engagementId === engagementId).length;
}
