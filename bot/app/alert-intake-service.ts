import { AlertRateLimiter } from '../domain/alerts/alert-rate-limit.ts';
import { verifyAlertRequest, routingKeyMatches } from '../domain/alerts/alert-request-auth.ts';
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
  readonly rawBody: string;
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
  readonly #onRefused: (engagementId: string, reason: string) => void;

  constructor(engagements: EngagementService, settings: AlertSettingsService, handoffs: HandoffService, clock: Clock, onRefused: (engagementId: string, reason: string) => void = () => {}) {
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

    let body: unknown;
    try {
      body = JSON.parse(request.rawBody);
    } catch {
      body = undefined;
    }
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
    }
    if (body === undefined) return { status: 400, body: { ...invalidEventReply(['body: is not valid JSON']) } };
    // A PagerDuty sender cannot add headers: its routing key is its credential (checked before the
    // body is validated, so a bad event from a rightful sender gets its 400 and field errors).
    const routingKey = typeof body === 'object' && body !== null ? (body as { routing_key?: unknown }).routing_key : undefined;
    if (!hasHeaderCredentials && !(typeof routingKey === 'string' && routingKeyMatches(settings, now, routingKey))) {
      return refuse('no credentials');
    }
    const parsed = parseAlertBody(body);
    if (!parsed.ok) return { status: 400, body: { ...invalidEventReply(parsed.errors) } };

    // Real time, not the business clock: a rate is about the requests arriving now.
    const take = this.#limiter.tryTake(engagement.id, Date.now(), settings.rateLimitPerMinute);
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
    if (parsed.format === 'alertmanager') {
      return { status: 202, body: { status: 'success', message: `${outcomes.length} alert(s) processed`, handoffs: outcomes.map(publicOutcome) } };
    }
    return {
      status: 202,
      body: {
        status: 'success',
        message: first?.outcome === 'ignored' ? 'Event processed (nothing open with this dedup key)' : 'Event processed',
        dedup_key: first?.dedupKey ?? '',
        ...(parsed.format === 'baton' && first ? { handoff: publicOutcome(first) } : {}),
      },
    };
  }
}

function publicOutcome(o: AlertOutcome): Record<string, unknown> {
  return { dedup_key: o.dedupKey, outcome: o.outcome, ...(o.handoffId ? { handoff_id: o.handoffId } : {}) };
}
