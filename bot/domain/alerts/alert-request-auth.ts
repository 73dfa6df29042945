import { createHmac, timingSafeEqual } from 'node:crypto';
import { acceptedCredentials } from './alert-credentials.ts';
import type { AlertSettings } from './alert-settings.ts';

/** How far a signed request's timestamp may be from now (either way), against replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type AlertAuthVerdict = { readonly ok: true; readonly via: 'bearer' | 'hmac' } | { readonly ok: false; readonly reason: string };

/** Equal strings, in time that does not depend on where they differ or on their lengths. */
export function constantTimeEqual(a: string, b: string): boolean {
  // Comparing digests gives equal-length buffers whatever the inputs.
  const key = 'baton-compare';
  const da = createHmac('sha256', key).update(a).digest();
  const db = createHmac('sha256', key).update(b).digest();
  return timingSafeEqual(da, db);
}

/** The signature a sender puts in x-baton-signature: "sha256=" + hex HMAC-SHA256(secret, `${timestamp}.${body}`). */
export function signAlertBody(secret: string, timestamp: string | number, rawBody: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
}

/** The hex digest of an x-baton-signature header ("sha256=<hex>" or bare hex), normalised. */
export function signatureHex(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/^sha256=/, '');
}

export interface AlertRequestCredentials {
  readonly settings: AlertSettings;
  readonly now: Date;
  /** The body exactly as received: bytes, or their UTF-8 text. */
  readonly rawBody: string | Uint8Array;
  /** The Authorization header ("Bearer …"). */
  readonly authorization?: string;
  /** x-baton-signature ("sha256=<hex>" or bare hex). */
  readonly signature?: string;
  /** x-baton-timestamp (unix seconds). */
  readonly timestamp?: string;
}

/**
 * Checks a bearer token or an HMAC signature against the engagement's accepted credentials.
 * Reasons are for the log only: the sender gets a plain 401.
 */
export function verifyAlertRequest(request: AlertRequestCredentials): AlertAuthVerdict {
  const accepted = acceptedCredentials(request.settings, request.now);
  if (request.signature !== undefined) {
    const ts = (request.timestamp ?? '').trim();
    if (!/^\d{1,12}$/.test(ts)) return { ok: false, reason: 'missing or malformed timestamp' };
    if (Math.abs(request.now.getTime() / 1000 - Number(ts)) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: 'stale timestamp' };
    const given = signatureHex(request.signature);
    const valid = accepted.some((c) => constantTimeEqual(signAlertBody(c.hmacSecret, ts, request.rawBody).slice('sha256='.length), given));
    return valid ? { ok: true, via: 'hmac' } : { ok: false, reason: 'bad signature' };
  }
  const bearer = /^Bearer\s+(.+)$/i.exec((request.authorization ?? '').trim())?.[1]?.trim();
  if (!bearer) return { ok: false, reason: request.authorization ? 'authorization is not a bearer token' : 'no credentials' };
  // Check every accepted token, so timing does not tell which one matched.
  let valid = false;
  for (const c of accepted) valid = constantTimeEqual(c.bearerToken, bearer) || valid;
  return valid ? { ok: true, via: 'bearer' } : { ok: false, reason: 'bad bearer token' };
}

/** A PagerDuty sender's credential is its routing key. */
export function routingKeyMatches(settings: AlertSettings, now: Date, routingKey: string): boolean {
  let valid = false;
  for (const c of acceptedCredentials(settings, now)) valid = constantTimeEqual(c.routingKey, routingKey) || valid;
  return valid;
}
