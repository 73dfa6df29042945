import { z } from 'zod';
import { isLoopbackHost } from '../http/activity-shape.ts';

/**
 * Service configuration, read from environment variables and validated at start.
 * A bad value stops the process with a message naming the variable (loadConfig throws a ConfigError listing each).
 * Every variable is documented in .env.example.
 */
const TIME_ZONE_CHECK = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const port = (fallback: number) =>
  z
    .string()
    .trim()
    .default(String(fallback))
    .transform((v) => Number(v))
    .pipe(z.number().int('must be a whole number').min(0, 'must be 0..65535').max(65535, 'must be 0..65535'));

const schema = z
  .object({
    PORT: port(3978),
    // Default: every interface when authentication is on, this machine only when it is off (and then
    // only a loopback address is accepted: see the refinement below).
    HOST: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: optionalText,
    AZURE_STORAGE_CONNECTION_STRING: optionalText,
    BATON_DATA_DIR: z.string().trim().min(1).default('.data'),
    BATON_AZURITE_PORT: port(10002),
    BATON_TABLE_PREFIX: z
      .string()
      .trim()
      .default('baton')
      .pipe(z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,30}$/, 'must be letters and digits, starting with a letter, 2-31 long')),
    BATON_ALLOWED_TENANTS: z
      .string()
      .trim()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((t) => t.trim())
          .filter((t) => t !== ''),
      ),
    BATON_DEFAULT_TIMEZONE: z.string().trim().default('UTC').refine(TIME_ZONE_CHECK, 'must be an IANA time zone such as Europe/London'),
    BATON_DELIVERY_LEASE_SECONDS: z
      .string()
      .trim()
      .default('60')
      .transform((v) => Number(v))
      .pipe(z.number().int('must be a whole number of seconds').min(2, 'must be 2..3600').max(3600, 'must be 2..3600')),
    BATON_RITUAL_TICK_SECONDS: z
      .string()
      .trim()
      .default('30')
      .transform((v) => Number(v))
      .pipe(z.number().int('must be a whole number of seconds').min(1, 'must be 1..3600').max(3600, 'must be 1..3600')),
    BATON_REVIEW_GRACE_DAYS: z
      .string()
      .trim()
      .default('10')
      .transform((v) => Number(v))
      .pipe(z.number().int('must be a whole number of days').min(1, 'must be 1..90').max(90, 'must be 1..90')),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(c.MicrosoftAppId)) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'must be a GUID (the Azure Bot app registration id)' });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'MultiTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}` });
    }
    if (!c.MicrosoftAppId && c.HOST !== undefined && !isLoopbackHost(c.HOST)) {
      // Nothing checks who is calling, so nothing outside this machine may reach it. A HOST that a
      // shell (tcsh sets it to the machine's name) or a container image set for other programs counts too.
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message:
          `is ${c.HOST}, but authentication is off (no MicrosoftAppId), so anyone who could reach that address could act as any Teams user. ` +
          'Leave HOST empty or unset (Baton then listens on 127.0.0.1, all the local Teams emulator needs), or set it to 127.0.0.1, ::1 or localhost; ' +
          'to listen on other addresses, turn authentication on (MicrosoftAppId).',
      });
    }
    if (c.MicrosoftAppId && c.BATON_ALLOWED_TENANTS.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['BATON_ALLOWED_TENANTS'],
        message: 'is required when MicrosoftAppId is set: list the tenant ids allowed to use the bot, or * for any',
      });
    }
  });

export interface BatonConfig {
  readonly port: number;
  readonly host: string;
  readonly auth: {
    readonly appId?: string;
    readonly appPassword?: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly tenantId?: string;
  };
  readonly storage:
    | { readonly kind: 'azure'; readonly connectionString: string; readonly tablePrefix: string }
    | { readonly kind: 'embedded'; readonly dataDir: string; readonly port: number; readonly tablePrefix: string };
  /** Tenant ids allowed to talk to the bot; empty means any (only allowed when authentication is off). */
  readonly allowedTenants: readonly string[];
  readonly defaultTimeZone: string;
  /** How long an instance holds a card delivery before another may take it over (a crashed instance's work). */
  readonly deliveryLeaseMs: number;
  /** How often due ritual occurrences and timed ritual steps (reminders, summaries, escalations) are checked. */
  readonly ritualTickMs: number;
  /** Days after its start when an unsigned quarterly review is escalated as overdue. */
  readonly reviewGraceDays: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Reads and validates the configuration; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): BatonConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`));
  }
  const c = parsed.data;
  const allowAny = c.BATON_ALLOWED_TENANTS.includes('*');
  return {
    port: c.PORT,
    host: c.HOST ?? (c.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1'),
    auth: {
      appId: c.MicrosoftAppId,
      appPassword: c.MicrosoftAppPassword,
      appType: c.MicrosoftAppType,
      tenantId: c.MicrosoftAppTenantId,
    },
    storage: c.AZURE_STORAGE_CONNECTION_STRING
      ? { kind: 'azure', connectionString: c.AZURE_STORAGE_CONNECTION_STRING, tablePrefix: c.BATON_TABLE_PREFIX }
      : { kind: 'embedded', dataDir: c.BATON_DATA_DIR, port: c.BATON_AZURITE_PORT, tablePrefix: c.BATON_TABLE_PREFIX },
    allowedTenants: allowAny ? [] : c.BATON_ALLOWED_TENANTS,
    defaultTimeZone: c.BATON_DEFAULT_TIMEZONE,
    deliveryLeaseMs: c.BATON_DELIVERY_LEASE_SECONDS * 1000,
    ritualTickMs: c.BATON_RITUAL_TICK_SECONDS * 1000,
    reviewGraceDays: c.BATON_REVIEW_GRACE_DAYS,
    logLevel: c.LOG_LEVEL,
  };
}
