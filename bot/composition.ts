import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Server } from 'restify';
import { systemClock, type Clock } from './app/clock.ts';
import { createServices, type Services } from './app/services.ts';
import { loadConfig, type BatonConfig } from './config/config.ts';
import { createLogger, type Logger } from './config/logger.ts';
import { createHttpServer, listen } from './http/http-server.ts';
import { isLoopbackHost } from './http/activity-shape.ts';
import { openStorage } from './storage/open-storage.ts';
import { installBuiltInWordVectors } from './storage/word-vector-file.ts';
import { BatonBot } from './teams/baton-bot.ts';
import { createBotFrameworkAuthentication, createCloudAdapter } from './teams/cloud-adapter.ts';
import { DeliveryWorker } from './app/delivery-worker.ts';
import { PeriodicSweep } from './app/periodic-sweep.ts';
import { RitualDelivery } from './app/ritual-delivery.ts';
import { RitualScheduler } from './app/ritual-scheduler.ts';
import { SendRateGate, TEAMS_CONVERSATION_WINDOWS, TEAMS_TENANT_WINDOWS } from './app/send-rate-gate.ts';
import { TeamsRitualPoster } from './teams/ritual-poster.ts';
import { TeamsHandoffPoster } from './teams/handoff-poster.ts';
import { TeamsConversationSender } from './teams/conversation-sender.ts';
import { ENGAGEMENT_ID_PATTERN } from './domain/engagement/engagement-id.ts';

/** How often unclaimed handoffs are checked for a due escalation. */
const ESCALATION_SWEEP_MS = 15_000;

/** The one place where Baton is put together: config → storage → services → Teams adapter → HTTP. */
export interface RunningBaton {
  readonly config: BatonConfig;
  readonly logger: Logger;
  readonly services: Services;
  readonly server: Server;
  readonly port: number;
  readonly delivery: DeliveryWorker;
  readonly escalations: PeriodicSweep;
  readonly ritualDelivery: RitualDelivery;
  /** Starts due ritual occurrences (tick) … */
  readonly scheduler: RitualScheduler;
  /** … and takes timed ritual steps: reminders, final summaries, overdue reviews. */
  readonly ritualSteps: PeriodicSweep;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly env: Record<string, string | undefined>;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Tests only: where inbound JWTs are validated (a local OpenID metadata endpoint). */
  readonly authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

export async function startBaton(options: StartOptions): Promise<RunningBaton> {
  const config = loadConfig(options.env);
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  await installBuiltInWordVectors({ info: (msg) => logger.info(msg), warn: (msg) => logger.warn(msg) });
  const storage = await openStorage(config, (msg) => logger.info(msg));
  try {
    // Every proactive message waits for its turn under Teams' limits (per conversation and per tenant).
    // The gate keeps real time, not `clock`: its waits are real timers, and a test's clock may stand still.
    const pacer = new SendRateGate({ conversation: TEAMS_CONVERSATION_WINDOWS, tenant: TEAMS_TENANT_WINDOWS });
    const services = createServices(
      storage.tables,
      clock,
      config.defaultTimeZone,
      {
        reviewGraceDays: config.reviewGraceDays,
        deliveryWaitMs: (engagementId) => pacer.conversationWaitMs(engagementId),
        // The engagement id in the URL is the caller's text: logged only when it has an id's shape.
        onAlertRefused: (engagementId, reason) =>
          logger.warn({ engagement: ENGAGEMENT_ID_PATTERN.test(engagementId) ? engagementId : '(malformed)', reason }, 'alert request refused'),
      },
      (err, what) => logger.error({ err }, `storage write failed: ${what}`),
    );
    const auth = createBotFrameworkAuthentication(config, options.authOverrides, {
      onKeyFetchFailure: (url, err) => logger.warn({ url, err }, 'Bot Framework signing keys could not be fetched; tokens with unknown keys are refused meanwhile'),
    });
    const adapter = createCloudAdapter(auth, logger);
    const bot = new BatonBot({ services, config, logger });
    // A delivery must finish well within its lease, so no other instance can start it meanwhile.
    const sender = new TeamsConversationSender({
      auth,
      appId: config.auth.appId ?? '',
      conversations: services.conversations,
      timeoutMs: Math.min(30_000, config.deliveryLeaseMs / 3),
      pacer,
      clock,
    });
    const delivery = new DeliveryWorker({
      store: services.handoffs.store,
      engagements: services.engagements,
      poster: new TeamsHandoffPoster(sender, clock),
      leaseMs: config.deliveryLeaseMs,
      // A channel at its rate limit waits; the lanes meanwhile deliver to other channels.
      readyAt: (engagementId) => pacer.conversationReadyAt(engagementId),
      onSweepError: (err) => logger.error({ err }, 'handoff delivery sweep failed; retried on the next sweep'),
      onError: (err, item) => logger.warn({ err, handoff: item.handoffId, kind: item.kind, attempts: item.attempts }, 'handoff delivery failed; will retry if it can'),
    });
    services.handoffs.onChange((committed) => delivery.enqueue(committed));
    const escalations = new PeriodicSweep(
      () => services.handoffs.escalateDue(),
      (err) => logger.error({ err }, 'escalation sweep failed'),
    );
    const ritualDelivery = new RitualDelivery({
      store: services.ritualRuns,
      engagements: services.engagements,
      poster: new TeamsRitualPoster(sender, services.matrices, clock),
      leaseMs: config.deliveryLeaseMs,
      readyAt: (engagementId) => pacer.conversationReadyAt(engagementId),
      onSweepError: (err) => logger.error({ err }, 'ritual delivery sweep failed; retried on the next sweep'),
      onError: (err, item) => logger.warn({ err, ritual: item.runKey, kind: item.kind, attempts: item.attempts }, 'ritual delivery failed; will retry if it can'),
    });
    services.rituals.onChange((committed) => ritualDelivery.enqueue(committed));
    const scheduler = new RitualScheduler({
      store: services.ritualSchedules,
      engagements: () => services.engagements.list(),
      run: (engagement, occurrence) => services.rituals.runOccurrence(engagement, occurrence),
      clock,
      onError: (err, engagementId) => logger.error({ err, engagement: engagementId }, 'ritual occurrence failed; retried on the next tick'),
    });
    const ritualSteps = new PeriodicSweep(
      async () => (await scheduler.tick()).length + (await services.rituals.runDue()),
      (err) => logger.error({ err }, 'ritual sweep failed'),
    );
    const server = createHttpServer({
      adapter,
      auth,
      bot,
      logger,
      authenticationRequired: Boolean(config.auth.appId),
      alerts: services.alerts,
      health: async () => {
        await storage.tables.engagements.getEntity('health', 'probe').catch((err: { statusCode?: number }) => {
          if (err.statusCode !== 404) throw err;
        });
        return { ok: true };
      },
    });
    const { port } = await listen(server, config.port, config.host);
    if (!config.auth.appId && !isLoopbackHost(config.host)) {
      logger.warn({ host: config.host }, 'authentication is OFF but HOST is not loopback: anyone who can reach this port can act as any Teams user');
    }
    // Undelivered cards from before a restart go out now; then every change kicks the worker.
    delivery.start();
    escalations.start(ESCALATION_SWEEP_MS);
    ritualDelivery.start();
    ritualSteps.start(config.ritualTickMs);
    logger.info(
      { port, storage: storage.description, authentication: config.auth.appId ? 'Bot Framework JWT required' : 'OFF (no MicrosoftAppId: local development only)' },
      `Baton is listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/api/messages`,
    );
    return {
      config,
      logger,
      services,
      server,
      port,
      delivery,
      escalations,
      ritualDelivery,
      scheduler,
      ritualSteps,
      stop: async () => {
        try {
          escalations.stop();
          ritualSteps.stop();
          await new Promise<void>((done) => server.close(() => done()));
          await delivery.stop();
          await ritualDelivery.stop();
          await services.close();
        } finally {
          // Whatever failed above, the storage (and an Azurite this process started) is closed.
          await storage.close();
        }
      },
    };
  } catch (err) {
    await storage.close();
    throw err;
  }
}
