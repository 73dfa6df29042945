import restify, { type Server } from 'restify';
import type { Activity, ActivityHandlerBase } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { BatonAdapter } from '../teams/cloud-adapter.ts';
import type { Logger } from '../config/logger.ts';
import type { AlertIntakeService } from '../app/alert-intake-service.ts';
import { parseJsonBody, utf8Text } from '../app/bounded-json.ts';
import { StorageRefusedError } from '../storage/storage-refusal.ts';
import { checkActivityShape } from './activity-shape.ts';
import { readRequestBody } from './request-body.ts';

export interface HttpServerDeps {
  readonly adapter: BatonAdapter;
  readonly auth: BotFrameworkAuthentication;
  readonly bot: ActivityHandlerBase;
  readonly logger: Logger;
  /** True when a MicrosoftAppId is configured: every activity needs a Bot Framework JWT. */
  readonly authenticationRequired: boolean;
  /** Liveness and storage check for GET /healthz. */
  readonly health: () => Promise<{ ok: boolean; detail?: string }>;
  /** Alert intake for POST /api/alerts/{engagement}. */
  readonly alerts: AlertIntakeService;
}

/** Largest activity body accepted, decoded (a pasted 2,000-row matrix fits comfortably). */
export const MAX_ACTIVITY_BODY_BYTES = 1024 * 1024;
/** Largest alert body accepted, decoded: PagerDuty's own limit. */
export const MAX_ALERT_BODY_BYTES = 512 * 1024;

/**
 * The HTTP edge: POST /api/messages (Teams), POST /api/alerts/{engagement} (monitoring tools),
 * HEAD /api/messages (the emulator's probe), GET /healthz, GET /privacy and GET /terms.
 * Bodies are read by `readRequestBody` (never restify's body plugins: see there why).
 */
export function createHttpServer(deps: HttpServerDeps): Server {
  const server = restify.createServer({ name: 'baton', handleUncaughtExceptions: false });

  server.post('/api/alerts/:engagement', async (req, res) => {
    const read = await readRequestBody(req, MAX_ALERT_BODY_BYTES);
    if (!read.ok) {
      refuseBody(res, read.status, { status: 'invalid event', message: read.message, errors: [read.message] });
      return;
    }
    const header = (name: string) => {
      const value = req.header(name);
      return value === undefined || value === '' ? undefined : value;
    };
    try {
      const result = await deps.alerts.accept({
        engagementId: String(req.params.engagement ?? ''),
        rawBody: read.bytes,
        ...optional('authorization', header('authorization')),
        ...optional('signature', header('x-baton-signature')),
        ...optional('timestamp', header('x-baton-timestamp')),
      });
      for (const [name, value] of Object.entries(result.headers ?? {})) res.header(name, value);
      res.send(result.status, result.body);
    } catch (err) {
      if (err instanceof StorageRefusedError) {
        // Permanent: retrying cannot help, so it is not a 5xx (senders retry those forever).
        deps.logger.warn({ err }, 'alert refused by storage');
        res.send(422, { status: 'invalid event', message: 'Baton cannot store this alert as it is (a field is too large or not storable).', errors: [err.message] });
        return;
      }
      deps.logger.error({ err }, 'alert intake failed');
      // 5xx: Alertmanager and PagerDuty clients retry, and nothing was acknowledged.
      res.send(503, { status: 'error', message: 'Baton could not store the alert; retry.' });
    }
  });

  server.post('/api/messages', async (req, res) => {
    const read = await readRequestBody(req, MAX_ACTIVITY_BODY_BYTES);
    if (!read.ok) {
      refuseBody(res, read.status, { error: read.message });
      return;
    }
    const text = utf8Text(read.bytes);
    const json = text === undefined ? { ok: false as const, message: 'The body is not UTF-8 text.' } : parseJsonBody(text);
    if (!json.ok) {
      res.send(400, { error: json.message });
      return;
    }
    const shape = checkActivityShape(json.value, { loopbackServiceUrlOnly: !deps.authenticationRequired });
    if (!shape.ok) {
      res.send(400, { error: 'The body must be a Bot Framework activity from Teams.', errors: shape.errors });
      return;
    }
    const activity = json.value as Activity;
    // Authenticate first, so any bad token (missing, forged, expired, for another bot) is a plain 401
    // with no detail, and nothing of the request reaches the bot.
    let authentication: AuthenticateRequestResult;
    try {
      authentication = await deps.auth.authenticateRequest(activity, req.header('authorization') ?? '');
    } catch (err) {
      deps.logger.warn({ reason: refusalReason(err), channel: activity.channelId ?? null }, 'request refused: not authenticated');
      res.send(401, { error: 'Unauthorized' });
      return;
    }
    try {
      const invokeResponse = await deps.adapter.runAuthenticated(authentication, activity, (context) => deps.bot.run(context));
      if (invokeResponse) res.send(invokeResponse.status, invokeResponse.body);
      else res.send(200);
    } catch (err) {
      deps.logger.error({ err }, 'activity failed');
      res.send(500, { error: 'Baton could not process this activity.' });
    }
  });

  // Microsoft's local Teams emulator probes the endpoint with HEAD before it connects.
  server.head('/api/messages', async (_req, res) => {
    res.send(200);
  });

  server.get('/healthz', async (_req, res) => {
    const health = await deps.health().catch((err: Error) => ({ ok: false, detail: err.message }));
    res.send(health.ok ? 200 : 503, health);
  });

  // The Teams manifest links to these; plain pages so the links are never dead.
  server.get('/privacy', async (_req, res) => sendText(res, PRIVACY));
  server.get('/terms', async (_req, res) => sendText(res, TERMS));

  server.on('restifyError', (req, res, err, next) => {
    deps.logger.warn({ method: req.method, url: req.url, status: err.statusCode, message: err.message }, 'request refused');
    return next();
  });
  return server;
}

/** Why a token was refused, for the log: the guard's own reasons (no token text in them), else only the error's kind. */
function refusalReason(err: unknown): string {
  const message = err instanceof Error ? err.message : '';
  return message.startsWith('Unauthorized. ') && message.length < 200 && !/eyJ/.test(message) ? message : (err as Error).name;
}

/** Refuses a body without reading the rest of it: the connection closes after the answer. */
function refuseBody(res: restify.Response, status: number, body: Record<string, unknown>): void {
  res.header('connection', 'close');
  res.send(status, body);
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

const PRIVACY = `Baton privacy statement

Baton stores, in your organisation's own Azure Table Storage: the responsibility matrix and its versions,
the names and Teams ids of the people who use it with their roles and "away" dates, the questions asked
and the answers given, proposed owners for unanswered questions, and Teams conversation references so it
can post in the channels it was installed in. Nothing is sent to any other service.`;

const TERMS = `Baton terms of use

Baton answers from the responsibility matrix your organisation and its MSP maintain. Its answers are only
as good as that matrix; the contract between the parties governs who is responsible for what.`;

function sendText(res: restify.Response, text: string): void {
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.sendRaw(200, text);
}

export function listen(server: Server, port: number, host: string): Promise<{ port: number }> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const address = server.address();
      done({ port: address.port });
    });
  });
}
