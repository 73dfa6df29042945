import { parseArgs } from 'node:util';
import type { Services } from '../app/services.ts';
import type { AlertSettings, RoutingRule } from '../domain/alerts/alert-settings.ts';
import { rowNamed } from '../domain/routing/alert-routing.ts';
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

const USAGE = `alerts credentials ID [--json]
alerts rotate ID [--grace-hours 24] [--json]
alerts rules ID [--json]
alerts rule add ID --function TEXT [--source S] [--category C] [--label name=value]...
alerts rule remove ID N
alerts timers ID [--critical MIN] [--error MIN] [--warning MIN] [--info MIN|none] [--cap N] [--json]`;

/** `alerts credentials|rotate|rules|rule|timers …`: an engagement's alert intake, from the admin's shell. */
export async function alertsCommand(argv: string[], services: () => Promise<Services>): Promise<void> {
  const [sub, ...rest] = argv;
  if (sub === 'rules' || sub === 'rule') return rulesCommand(sub, rest, services);
  if (sub === 'timers') return timersCommand(rest, services);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'grace-hours': { type: 'string', default: '24' } },
  });
  const id = positionals[0];
  if (sub !== 'credentials' && sub !== 'rotate') throw new UsageError(USAGE);
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

async function engagementOf(id: string | undefined, s: Services) {
  if (!id || !ENGAGEMENT_ID_PATTERN.test(id)) throw new UsageError('needs an engagement id like e-3fk9q2m7xw1c (see `engagement list`)');
  const engagement = await s.engagements.get(id);
  if (!engagement) throw new UsageError(`There is no engagement ${id} (see \`engagement list\`).`);
  return engagement;
}

function ruleText(rule: RoutingRule, n: number): string {
  const when = [
    ...(rule.source ? [`source=${rule.source}`] : []),
    ...(rule.category ? [`category=${rule.category}`] : []),
    ...Object.entries(rule.labels ?? {}).map(([k, v]) => `${k}=${v}`),
  ].join(' ');
  return `${n}. ${when} → ${rule.matrixFunction}`;
}

/** Routing rules: source / category / labels → matrix function, checked in order before the resolver. */
async function rulesCommand(sub: 'rules' | 'rule', argv: string[], services: () => Promise<Services>): Promise<void> {
  const action = sub === 'rules' ? 'list' : argv.shift();
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      function: { type: 'string' },
      source: { type: 'string' },
      category: { type: 'string' },
      label: { type: 'string', multiple: true },
    },
  });
  const s = await services();
  const engagement = await engagementOf(positionals[0], s);
  if (action === 'list') {
    const { rules } = await s.alertSettings.ensure(engagement.id);
    if (values.json) out(JSON.stringify(rules));
    else if (rules.length === 0) out('No routing rules: alerts are routed by the matrix function they name, else by the resolver reading them.');
    else rules.forEach((r, i) => out(ruleText(r, i + 1)));
    return;
  }
  if (action === 'add') {
    const labels: Record<string, string> = {};
    for (const pair of values.label ?? []) {
      const eq = pair.indexOf('=');
      if (eq < 1) throw new UsageError(`--label must be name=value, got "${pair}"`);
      labels[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
    if (!values.source && !values.category && Object.keys(labels).length === 0) throw new UsageError('a rule needs at least one of --source, --category, --label');
    const name = values.function?.trim();
    if (!name) throw new UsageError('a rule needs --function: the matrix row the alerts belong to');
    const version = await s.matrices.current(engagement.id, engagement.matrixVersion);
    const row = version ? rowNamed(version.matrix.rows, name) : undefined;
    if (!row)
      throw new UsageError(
        `No row "${name}" in the current matrix${version ? ` (v${version.version})` : ''}. Rows: ${(version?.matrix.rows ?? []).map((r) => r.function).join('; ')}`,
      );
    const rule: RoutingRule = {
      ...(values.source ? { source: values.source.trim() } : {}),
      ...(values.category ? { category: values.category.trim() } : {}),
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      matrixFunction: row.function,
    };
    const updated = await s.alertSettings.update(engagement.id, (current) => ({ ...current, rules: [...current.rules, rule] }));
    out(values.json ? JSON.stringify(updated.rules) : `Added: ${ruleText(rule, updated.rules.length)}`);
    return;
  }
  if (action === 'remove') {
    const n = Number(positionals[1]);
    const { rules } = await s.alertSettings.ensure(engagement.id);
    if (!Number.isInteger(n) || n < 1 || n > rules.length) throw new UsageError(`alerts rule remove ID N: N is the rule's number, 1..${rules.length}`);
    const updated = await s.alertSettings.update(engagement.id, (current) => ({ ...current, rules: current.rules.filter((_, i) => i !== n - 1) }));
    out(values.json ? JSON.stringify(updated.rules) : `Removed rule ${n}; ${updated.rules.length} left.`);
    return;
  }
  throw new UsageError(USAGE);
}

/** Escalation timers by severity (minutes; "none" = never) and how many reminders at most. */
async function timersCommand(argv: string[], services: () => Promise<Services>): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      critical: { type: 'string' },
      error: { type: 'string' },
      warning: { type: 'string' },
      info: { type: 'string' },
      cap: { type: 'string' },
    },
  });
  const s = await services();
  const engagement = await engagementOf(positionals[0], s);
  const minutes = (name: string, text: string | undefined): number | null | undefined => {
    if (text === undefined) return undefined;
    if (/^(none|never|off)$/i.test(text.trim())) return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > 7 * 24 * 60) throw new UsageError(`--${name} must be minutes (1..10080) or none`);
    return n;
  };
  const changes = Object.fromEntries(
    (['critical', 'error', 'warning', 'info'] as const).flatMap((sev) => {
      const m = minutes(sev, values[sev]);
      return m === undefined ? [] : [[sev, m]];
    }),
  );
  let cap: number | undefined;
  if (values.cap !== undefined) {
    cap = Number(values.cap);
    if (!Number.isInteger(cap) || cap < 0 || cap > 20) throw new UsageError('--cap must be 0..20');
  }
  const settings =
    Object.keys(changes).length > 0 || cap !== undefined
      ? await s.alertSettings.update(engagement.id, (current) => ({
          ...current,
          escalationMinutes: { ...current.escalationMinutes, ...changes },
          ...(cap !== undefined ? { escalationCap: cap } : {}),
        }))
      : await s.alertSettings.ensure(engagement.id);
  const view = { escalationMinutes: settings.escalationMinutes, escalationCap: settings.escalationCap };
  if (values.json) out(JSON.stringify(view));
  else {
    for (const [sev, m] of Object.entries(view.escalationMinutes)) out(`${sev.padEnd(8)} ${m === null ? 'never' : `${m} min`}`);
    out(`at most ${view.escalationCap} escalations per handoff (new handoffs; open ones keep the timers they were opened with)`);
  }
}
