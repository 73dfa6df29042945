import type { AlertSeverity } from './alert-event.ts';

/**
 * An engagement's alert intake settings: its credentials (with the previous ones still valid
 * during a rotation), routing rules and escalation timers. Kept apart from the engagement record
 * because it holds secrets.
 */

export interface AlertCredentials {
  /** PagerDuty Events v2 routing key: 32 lower-case hex characters, maps a request to the engagement. */
  readonly routingKey: string;
  /** Bearer token (what Alertmanager's http_config.authorization sends). */
  readonly bearerToken: string;
  /** HMAC-SHA256 secret for signed requests. */
  readonly hmacSecret: string;
  readonly createdAt: string;
}

/** Matches an alert to a matrix function. Every given condition must hold (case-insensitive). */
export interface RoutingRule {
  readonly source?: string;
  readonly category?: string;
  /** Label name → value that must be equal. */
  readonly labels?: Readonly<Record<string, string>>;
  /** The matrix function (row text as written, or row id) the alert belongs to. */
  readonly matrixFunction: string;
}

/** Minutes before an unclaimed handoff escalates, by severity; null = never. */
export type EscalationMinutes = Readonly<Record<AlertSeverity, number | null>>;

export const DEFAULT_ESCALATION_MINUTES: EscalationMinutes = { critical: 10, error: 30, warning: 240, info: null };

/** How many escalation reminders an unclaimed handoff gets at most. */
export const DEFAULT_ESCALATION_CAP = 3;

export interface AlertSettings {
  readonly engagementId: string;
  readonly current: AlertCredentials;
  /** The credentials before the last rotation, accepted until `previousValidUntil`. */
  readonly previous?: AlertCredentials;
  readonly previousValidUntil?: string;
  readonly rules: readonly RoutingRule[];
  readonly escalationMinutes: EscalationMinutes;
  readonly escalationCap: number;
  /** Alerts accepted per minute for this engagement before 429. */
  readonly rateLimitPerMinute: number;
}
