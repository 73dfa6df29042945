import { randomBytes } from 'node:crypto';
import type { AlertCredentials, AlertSettings } from './alert-settings.ts';

/** Fresh credentials: a PagerDuty-shaped routing key and two independent 256-bit secrets. */
export function newAlertCredentials(now: Date): AlertCredentials {
  return {
    routingKey: randomBytes(16).toString('hex'),
    bearerToken: randomBytes(32).toString('base64url'),
    hmacSecret: randomBytes(32).toString('base64url'),
    createdAt: now.toISOString(),
  };
}

/** New current credentials; the old ones stay accepted for `graceHours` while senders are switched over. */
export function rotateCredentials(settings: AlertSettings, now: Date, graceHours = 24): AlertSettings {
  return {
    ...settings,
    current: newAlertCredentials(now),
    previous: settings.current,
    previousValidUntil: new Date(now.getTime() + graceHours * 3_600_000).toISOString(),
  };
}

/** The credentials a request may use now: the current ones, and the previous ones during their grace period. */
export function acceptedCredentials(settings: AlertSettings, now: Date): AlertCredentials[] {
  const previousValid = settings.previous && settings.previousValidUntil && Date.parse(settings.previousValidUntil) > now.getTime();
  return previousValid && settings.previous ? [settings.current, settings.previous] : [settings.current];
}
