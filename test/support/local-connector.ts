import { createServer, type IncomingMessage, type Server } from 'node:http';

/** One activity the bot sent to the connector. */
export interface CapturedActivity {
  readonly method: string;
  readonly path: string;
  readonly conversationId: string;
  readonly activity: Record<string, any>;
}

/**
 * A real HTTP server standing in for the Teams connector (the bot's serviceUrl): it accepts what
 * the bot posts (new activities, replies, updates) and keeps it for assertions.
 */
/** A scripted answer for the next activity request: an error status, or hold it without answering. */
export type ConnectorFault = { readonly status: number; readonly retryAfter?: string } | { readonly hold: true };

export class LocalConnector {
  readonly received: CapturedActivity[] = [];
  /** Activity requests answered with a fault instead of being accepted, in order. */
  readonly refused: Array<{ method: string; path: string; status: number | 'held' }> = [];
  readonly #faults: ConnectorFault[] = [];
  /** Requests to hold (never answer), once each, chosen by what they carry. */
  readonly #holds: Array<(activity: Record<string, any>) => boolean> = [];
  #server: Server | undefined;
  #waiters: Array<() => void> = [];
  #nextId = 1;
  url = '';

  async start(): Promise<void> {
    this.#server = createServer(async (req, res) => {
      const body = await readBody(req);
      const path = req.url ?? '';
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(path);
      if (match && (req.method === 'POST' || req.method === 'PUT')) {
        const hold = this.#holds.findIndex((matches) => matches(parse(body)));
        if (hold >= 0) {
          this.#holds.splice(hold, 1);
          this.refused.push({ method: req.method, path, status: 'held' });
          return;
        }
        const fault = this.#faults.shift();
        if (fault && 'hold' in fault) {
          // Never answered: the sender is stuck until it gives up or dies.
          this.refused.push({ method: req.method, path, status: 'held' });
          return;
        }
        if (fault) {
          this.refused.push({ method: req.method, path, status: fault.status });
          res.writeHead(fault.status, { 'content-type': 'application/json', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) });
          res.end(JSON.stringify({ error: { code: fault.status === 429 ? 'TooManyRequests' : 'ServiceError', message: 'scripted fault' } }));
          return;
        }
        const activity = body ? (JSON.parse(body) as Record<string, any>) : {};
        this.received.push({ method: req.method, path, conversationId: decodeURIComponent(match[1]!), activity });
        for (const wake of this.#waiters.splice(0)) wake();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `activity-${this.#nextId++}` }));
        return;
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((done) => this.#server!.listen(0, '127.0.0.1', done));
    const address = this.#server.address();
    if (typeof address !== 'object' || !address) throw new Error('connector has no address');
    this.url = `http://127.0.0.1:${address.port}/`;
  }

  /** Waits until at least `count` activities arrived in total (or fails after timeoutMs). */
  async waitFor(count: number, timeoutMs = 5_000): Promise<CapturedActivity[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`expected ${count} activities from the bot, got ${this.received.length}`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
    return this.received;
  }

  /** The next activity requests get these answers, one each, before requests are accepted again. */
  fail(...faults: ConnectorFault[]): void {
    this.#faults.push(...faults);
  }

  /** The first activity request `matches` picks is never answered (its sender is stuck until it gives up or dies). */
  holdWhen(matches: (activity: Record<string, any>) => boolean): void {
    this.#holds.push(matches);
  }

  clear(): void {
    this.received.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((done) => this.#server?.close(() => done()) ?? done());
  }
}

function parse(body: string): Record<string, any> {
  try {
    return body ? (JSON.parse(body) as Record<string, any>) : {};
  } catch {
    return {};
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
