import { AlertRateLimiter } from '../domain/alerts/alert-rate-limit.ts';
import { SIGNATURE_TOLERANCE_SECONDS, signatureHex, verifyAlertRequest, routingKeyMatches } from '../domain/alerts/alert-request-auth.ts';
import { SignatureReplayCache } from '../domain/alerts/signature-replay-cache.ts';
import { parseJsonBody, utf8Text } from './bounded-json.ts';
import { parseAlertBody } from '../domain/alerts/parse-alert-body.ts';
import { invalidEventReply } from '../domain/alerts/invalid-event-reply.ts';
import { ENGAGEMENT_ID_PATTERN } from '../domain/engagement/engagement-id.ts';
import type { AlertSettingsService } from './alert-settings-service.ts';
import type { Clock } from './clock.ts';
import type { EngagementService } from './engagement-service.ts';
import type { AlertOutcome, HandoffService } from './handoff-service.ts';

/** An alert request as the HTTP edge received it. */
export interface AlertRequest {
  readonly engagementId: string;
  /** The body's bytes exactly as received (decoded from any Content-Encoding): what a signature covers. */
  readonly rawBody: Uint8Array;
  readonly authorization?: string;
  readonly signature?: string;
  readonly timestamp?: string;
}

export interface AlertResponse {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a refused request gets: nothing that tells an attacker which part was wrong. */
const UNAUTHORIZED: AlertResponse = { status: 401, body: { status: 'unauthorized', message: 'Unauthorized' } };

/**
 * Alert intake: authenticate (bearer, HMAC signature, or a PagerDuty routing key), parse any of the
 * three formats, rate-limit per engagement, then hand every event to the handoff service. The
 * handoff is stored (with its card in the outbox) before the sender hears 202.
 */
export class AlertIntakeService {
  readonly #engagements: EngagementService;
  readonly #settings: AlertSettingsService;
  readonly #handoffs: HandoffService;
  readonly #clock: Clock;
  readonly #limiter = new AlertRateLimiter();
  readonly #replays = new SignatureReplayCache();
  readonly #deliveryWaitMs: (engagementId: string) => number;
  readonly #onRefused: (engagementId: string, reason: string) => void;

  constructor(
    engagements: EngagementService,
    settings: AlertSettingsService,
    handoffs: HandoffService,
    clock: Clock,
    onRefused: (engagementId: string, reason: string) => void = () => {},
    /** How long until the engagement's channel may next be posted to under Teams' limits (ms; 0 or less: now). */
    deliveryWaitMs: (engagementId: string) => number = () => 0,
  ) {
    this.#deliveryWaitMs = deliveryWaitMs;
    this.#engagements = engagements;
    this.#settings = settings;
    this.#handoffs = handoffs;
    this.#clock = clock;
    this.#onRefused = onRefused;
  }

  async accept(request: AlertRequest): Promise<AlertResponse> {
    const refuse = (reason: string) => {
      this.#onRefused(request.engagementId, reason);
      return UNAUTHORIZED;
    };
    if (!ENGAGEMENT_ID_PATTERN.test(request.engagementId)) return refuse('unknown engagement');
    const settings = await this.#settings.find(request.engagementId);
    const engagement = settings ? await this.#engagements.get(request.engagementId) : undefined;
    if (!settings || !engagement) return refuse('unknown engagement');
    const now = this.#clock();

    const text = utf8Text(request.rawBody);
    const json = text === undefined ? { ok: false as const, message: 'body: is not UTF-8 text' } : parseJsonBody(text);
    const body: unknown = json.ok ? json.value : undefined;
    const hasHeaderCredentials = request.authorization !== undefined || request.signature !== undefined;
    if (hasHeaderCredentials) {
      const verdict = verifyAlertRequest({
        settings,
        now,
        rawBody: request.rawBody,
        ...(request.authorization !== undefined ? { authorization: request.authorization } : {}),
        ...(request.signature !== undefined ? { signature: request.signature } : {}),
        ...(request.timestamp !== undefined ? { timestamp: request.timestamp } : {}),
      });
      if (!verdict.ok) return refuse(verdict.reason);
      if (verdict.via === 'hmac' && request.signature !== undefined && request.timestamp !== undefined) {
        // The same signed request again inside the tolerance window is a replay, whatever its body.
        const key = `${engagement.id}|${signatureHex(request.signature)}`;
        const expiresAt = (Number(request.timestamp.trim()) + SIGNATURE_TOLERANCE_SECONDS) * 1000 + 1000;
        if (this.#replays.checkAndRemember(key, expiresAt, now.getTime())) return refuse('replayed signature');
      }
    }
    if (!json.ok) return { status: 400, body: { ...invalidEventReply([json.message.startsWith('body:') ? json.message : `body: ${json.message}`]) } };
    // A PagerDuty sender cannot add headers: its routing key is its credential (checked before the
    // body is validated, so a bad event from a rightful sender gets its 400 and field errors).
    const routingKey = typeof body === 'object' && body !== null ? (body as { routing_key?: unknown }).routing_key : undefined;
    if (!hasHeaderCredentials && !(typeof routingKey === 'string' && routingKeyMatches(settings, now, routingKey))) {
      return refuse('no credentials');
    }
    const parsed = parseAlertBody(body);
    if (!parsed.ok) return { status: 400, body: { ...invalidEventReply(parsed.errors) } };

    // The limit counts alerts, not requests: one Alertmanager request can carry hundreds.
    // On the injected clock, as every time here: tests move it to refill the bucket instead of waiting.
    const alerts = Math.max(1, parsed.events.length);
    if (alerts > settings.rateLimitPerMinute) {
      return {
        status: 429,
        body: {
          status: 'throttle event',
          message: `This request carries ${alerts} alerts, more than this engagement accepts in a minute (${settings.rateLimitPerMinute}); send fewer per request (Alertmanager: max_alerts in the webhook_config).`,
        },
        headers: { 'retry-after': '60' },
      };
    }
    const take = this.#limiter.tryTake(engagement.id, now.getTime(), settings.rateLimitPerMinute, alerts);
    if (!take.ok) {
      return {
        status: 429,
        body: { status: 'throttle event', message: 'Too many alerts for this engagement; retry later.' },
        headers: { 'retry-after': String(take.retryAfterSeconds) },
      };
    }
    const outcomes: AlertOutcome[] = [];
    for (const event of parsed.events) outcomes.push(await this.#handoffs.receive(engagement, settings, event));
    const first = outcomes[0];
    // A storm into one channel is stored at once but posted at the pace Teams allows: say so.
    const waitMs = this.#deliveryWaitMs(engagement.id);
    const queued = waitMs > 1000 ? `; the channel is at Teams' rate limit, so cards are queued (next post in about ${Math.ceil(waitMs / 1000)} s)` : '';
    if (parsed.format === 'alertmanager') {
      return { status: 202, body: { status: 'success', message: `${outcomes.length} alert(s) processed${queued}`, handoffs: outcomes.map(publicOutcome) } };
    }
    return {
      status: 202,
      body: {
        status: 'success',
        message: (first?.outcome === 'ignored' ? 'Event processed (nothing open with this dedup key)' : 'Event processed') + queued,
        dedup_key: first?.dedupKey ?? '',
        ...(parsed.format === 'baton' && first ? { handoff: publicOutcome(first) } : {}),
      },
    };
  }
}

function publicOutcome(o: AlertOutcome): Record<string, unknown> {
  return { dedup_key: o.dedupKey, outcome: o.outcome, ...(o.handoffId ? { handoff_id: o.handoffId } : {}) };
}
