import restify, { type Server } from 'restify';
import type { Activity, ActivityHandlerBase } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import type { BatonAdapter } from '../teams/cloud-adapter.ts';
import type { Logger } from '../config/logger.ts';
import type { AlertIntakeService } from '../app/alert-intake-service.ts';

export interface HttpServerDeps {
  readonly adapter: BatonAdapter;
  readonly auth: BotFrameworkAuthentication;
  readonly bot: ActivityHandlerBase;
  readonly logger: Logger;
  /** Liveness and storage check for GET /healthz. */
  readonly health: () => Promise<{ ok: boolean; detail?: string }>;
  /** Alert intake for POST /api/alerts/{engagement}. */
  readonly alerts: AlertIntakeService;
}

/** Largest activity body accepted (a pasted 2,000-row matrix fits comfortably). */
const MAX_BODY_BYTES = 1024 * 1024;
/** Largest alert body accepted: PagerDuty's own limit. */
export const MAX_ALERT_BODY_BYTES = 512 * 1024;

/** The HTTP edge: POST /api/messages for Teams, GET /healthz for probes. */
export function createHttpServer(deps: HttpServerDeps): Server {
  const server = restify.createServer({ name: 'baton', handleUncaughtExceptions: false });
  const activityBody = restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true });
  // Alerts are read raw: an HMAC signature covers the bytes as sent, not a re-serialisation.
  const alertBody = restify.plugins.bodyReader({ maxBodySize: MAX_ALERT_BODY_BYTES });

  server.post('/api/alerts/:engagement', alertBody, async (req, res) => {
    const raw: unknown = req.body;
    const rawBody = typeof raw === 'string' ? raw : Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
    const header = (name: string) => {
      const value = req.header(name);
      return value === undefined || value === '' ? undefined : value;
    };
    try {
      const result = await deps.alerts.accept({
        engagementId: String(req.params.engagement ?? ''),
        rawBody,
        ...optional('authorization', header('authorization')),
        ...optional('signature', header('x-baton-signature')),
        ...optional('timestamp', header('x-baton-timestamp')),
      });
      for (const [name, value] of Object.entries(result.headers ?? {})) res.header(name, value);
      res.send(result.status, result.body);
    } catch (err) {
      deps.logger.error({ err: { message: (err as Error).message, stack: (err as Error).stack } }, 'alert intake failed');
      // 5xx: Alertmanager and PagerDuty clients retry, and nothing was acknowledged.
      res.send(503, { status: 'error', message: 'Baton could not store the alert; retry.' });
    }
  });

  server.post('/api/messages', activityBody, async (req, res) => {
    const body: unknown = req.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body) || typeof (body as { type?: unknown }).type !== 'string') {
      res.send(400, { error: 'The body must be a Bot Framework activity (a JSON object with a "type").' });
      return;
    }
    const activity = body as Activity;
    // Authenticate first, so any bad token (missing, forged, expired, for another bot) is a plain 401
    // with no detail, and nothing of the request reaches the bot.
    let authentication: AuthenticateRequestResult;
    try {
      authentication = await deps.auth.authenticateRequest(activity, req.header('authorization') ?? '');
    } catch (err) {
      deps.logger.warn({ reason: (err as Error).name, channel: activity.channelId ?? null }, 'request refused: not authenticated');
      res.send(401, { error: 'Unauthorized' });
      return;
    }
    try {
      const invokeResponse = await deps.adapter.runAuthenticated(authentication, activity, (context) => deps.bot.run(context));
      if (invokeResponse) res.send(invokeResponse.status, invokeResponse.body);
      else res.send(200);
    } catch (err) {
      deps.logger.error({ err: { message: (err as Error).message, stack: (err as Error).stack } }, 'activity failed');
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
