import { parseArgs } from 'node:util';
import type { Services } from '../app/services.ts';
import type { AlertSettings } from '../domain/alerts/alert-settings.ts';
import { ENGAGEMENT_ID_PATTERN } from '../domain/engagement/engagement-id.ts';
import { out, UsageError } from './cli-io.ts';

/** Where senders post: the public host when configured (BATON_PUBLIC_HOSTNAME), else this machine. */
export function alertUrl(engagementId: string, env: Record<string, string | undefined> = process.env): string {
  const host = env.BATON_PUBLIC_HOSTNAME?.trim();
  const base = host ? `https://${host.replace(/^https?:\/\//, '').replace(/\/+$/, '')}` : `http://localhost:${env.PORT?.trim() || '3978'}`;
  return `${base}/api/alerts/${engagementId}`;
}

function describe(settings: AlertSettings) {
  return {
    engagement: settings.engagementId,
    url: alertUrl(settings.engagementId),
    bearerToken: settings.current.bearerToken,
    hmacSecret: settings.current.hmacSecret,
    routingKey: settings.current.routingKey,
    signatureHeaders: { signature: 'x-baton-signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>', timestamp: 'x-baton-timestamp: <unix seconds>' },
    ...(settings.previous && settings.previousValidUntil ? { previousValidUntil: settings.previousValidUntil } : {}),
  };
}

/** `alerts credentials ID [--json]` and `alerts rotate ID [--grace-hours N] [--json]`. */
export async function alertsCommand(argv: string[], services: () => Promise<Services>): Promise<void> {
  const [sub, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'grace-hours': { type: 'string', default: '24' } },
  });
  const id = positionals[0];
  if (sub !== 'credentials' && sub !== 'rotate') throw new UsageError('alerts credentials ID [--json] | alerts rotate ID [--grace-hours 24] [--json]');
  if (!id || !ENGAGEMENT_ID_PATTERN.test(id)) throw new UsageError(`alerts ${sub} needs an engagement id like e-3fk9q2m7xw1c (see \`engagement list\`)`);
  const s = await services();
  if (!(await s.engagements.get(id))) throw new UsageError(`There is no engagement ${id} (see \`engagement list\`).`);
  let settings: AlertSettings;
  if (sub === 'rotate') {
    const grace = Number(values['grace-hours']);
    if (!Number.isFinite(grace) || grace < 0 || grace > 24 * 30) throw new UsageError('--grace-hours must be a number of hours between 0 and 720');
    settings = await s.alertSettings.rotate(id, grace);
  } else {
    settings = await s.alertSettings.ensure(id);
  }
  const info = describe(settings);
  if (values.json) {
    out(JSON.stringify(info));
    return;
  }
  out(`Alert URL:      ${info.url}`);
  out(`Bearer token:   ${info.bearerToken}      (Authorization: Bearer …; Alertmanager http_config.authorization)`);
  out(`HMAC secret:    ${info.hmacSecret}      (${info.signatureHeaders.signature}; ${info.signatureHeaders.timestamp})`);
  out(`Routing key:    ${info.routingKey}      (PagerDuty Events v2 routing_key)`);
  if (info.previousValidUntil) out(`The previous credentials stay valid until ${info.previousValidUntil}.`);
}
