import { createServer, type IncomingMessage, type Server } from 'node:http';
import { SendLog, TEAMS_CONVERSATION_WINDOWS, TEAMS_TENANT_WINDOWS, type RateWindow } from '../../bot/app/send-rate-gate.ts';

/**
 * A stand-in for the Teams connector that ENFORCES Teams' rate limits on arrival: per conversation
 * (7/s, 60/30 s, 1800/h) and per tenant (50/s). A request over any limit is not accepted: it gets
 * 429 with Retry-After (whole seconds until a slot frees), as Teams answers.
 */
export class TeamsLimitedConnector {
  accepted = 0;
  throttled = 0;
  firstAt = 0;
  lastAt = 0;
  url = '';
  readonly #conversations = new Map<string, SendLog>();
  readonly #tenants = new Map<string, SendLog>();
  readonly #windows: { conversation: readonly RateWindow[]; tenant: readonly RateWindow[] };
  #server: Server | undefined;
  #nextId = 1;
  #waiters: Array<() => void> = [];

  constructor(windows = { conversation: TEAMS_CONVERSATION_WINDOWS, tenant: TEAMS_TENANT_WINDOWS }) {
    this.#windows = windows;
  }

  async start(): Promise<void> {
    this.#server = createServer(async (req, res) => {
      const body = await readBody(req);
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
        res.writeHead(404).end();
        return;
      }
      const activity = body ? (JSON.parse(body) as { conversation?: { tenantId?: string }; channelData?: { tenant?: { id?: string } } }) : {};
      const conversation = decodeURIComponent(match[1]!).split(';')[0]!;
      const tenant = activity.conversation?.tenantId ?? activity.channelData?.tenant?.id ?? 'default';
      const now = performance.now();
      const conv = log(this.#conversations, conversation);
      const ten = log(this.#tenants, tenant);
      const freeAt = Math.max(conv.earliest(this.#windows.conversation, 0), ten.earliest(this.#windows.tenant, 0));
      if (freeAt > now) {
        this.throttled++;
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(Math.max(1, Math.ceil((freeAt - now) / 1000))) });
        res.end(JSON.stringify({ error: { code: 'TooManyRequests', message: 'Too many requests' } }));
        return;
      }
      conv.times.push(now);
      ten.times.push(now);
      this.accepted++;
      if (this.firstAt === 0) this.firstAt = now;
      this.lastAt = now;
      for (const wake of this.#waiters.splice(0)) wake();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${this.#nextId++}` }));
    });
    await new Promise<void>((done) => this.#server!.listen(0, '127.0.0.1', done));
    const address = this.#server.address();
    if (typeof address !== 'object' || !address) throw new Error('connector has no address');
    this.url = `http://127.0.0.1:${address.port}/`;
  }

  /** Waits until `count` requests were accepted (or fails after timeoutMs). */
  async waitFor(count: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.accepted < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} accepted requests, got ${this.accepted}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, Math.min(left, 1_000));
        this.#waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.#server?.close(() => done()) ?? done());
  }
}

function log(map: Map<string, SendLog>, key: string): SendLog {
  let found = map.get(key);
  if (!found) {
    found = new SendLog();
    map.set(key, found);
  }
  return found;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
