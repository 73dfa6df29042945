/**
 * The hostile bench's outside world, in its own process: an attacker sending `hostilePerSecond`
 * mixed hostile requests to the alert webhook for `seconds`, while a rightful monitoring tool sends
 * `legitPerSecond` alerts (distinct dedup keys) to the same engagement. Loopback only, bounded in
 * count and time; it stops by itself.
 * Protocol: reads one JSON line {url, badUrl, token, routingKey, hmacSecret, seconds, hostilePerSecond, legitPerSecond};
 * prints one JSON line with what each kind of request got, and exits.
 */
import { request, Agent } from 'node:http';
import { createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';

interface Job {
  url: string;
  badUrl: string;
  token: string;
  routingKey: string;
  hmacSecret: string;
  seconds: number;
  hostilePerSecond: number;
  legitPerSecond: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 128 });
/** In flight at most: past this a request is counted as not sent (the figures say so), never queued without bound. */
const MAX_IN_FLIGHT = 512;

function send(url: string, body: Buffer, headers: Record<string, string>): Promise<number> {
  return new Promise((done) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers }, timeout: 15_000 },
      (res) => {
        res.resume();
        res.on('end', () => done(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => done(-1));
    req.end(body);
  });
}

const job = JSON.parse(String((await createInterface({ input: process.stdin })[Symbol.asyncIterator]().next()).value)) as Job;
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20), { level: 9 });
const signedReplay = (() => {
  const body = Buffer.from(JSON.stringify({ source: 'replayed', severity: 'info', summary: 'A signed alert sent again and again' }));
  const ts = String(Math.floor(Date.now() / 1000));
  return { body, headers: { 'x-baton-timestamp': ts, 'x-baton-signature': `sha256=${createHmac('sha256', job.hmacSecret).update(`${ts}.`).update(body).digest('hex')}` } };
})();
/** The attacker's repertoire: each returns [url, body, headers]. */
const HOSTILE: Array<[string, (i: number) => [string, Buffer, Record<string, string>]]> = [
  ['gzip that is not gzip', () => [job.url, Buffer.from('{"not":"gzip"}'), { 'content-encoding': 'gzip' }]],
  ['gzip bomb (50 MB decoded)', () => [job.url, bomb, { 'content-encoding': 'gzip', authorization: `Bearer ${job.token}` }]],
  ['unknown encoding', () => [job.url, Buffer.from('{}'), { 'content-encoding': 'zstd' }]],
  ['nested 20,000 deep', () => [job.url, Buffer.from(`{"details":${deep(20_000)}}`), { authorization: `Bearer ${job.token}` }]],
  ['forged bearer', (i) => [job.url, Buffer.from('{"source":"x","severity":"critical","summary":"forged"}'), { authorization: `Bearer forged-${i}` }]],
  [
    'forged signature',
    (i) => [
      job.url,
      Buffer.from('{"source":"x","severity":"critical","summary":"forged"}'),
      { 'x-baton-timestamp': String(Math.floor(Date.now() / 1000)), 'x-baton-signature': `sha256=${String(i).padStart(64, '0')}` },
    ],
  ],
  ['replayed signature', () => [job.url, signedReplay.body, signedReplay.headers]],
  ['unknown engagement', () => [job.badUrl, Buffer.from('{"source":"x","severity":"info","summary":"s"}'), { authorization: `Bearer ${job.token}` }]],
  ['not UTF-8', () => [job.url, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), { authorization: `Bearer ${job.token}` }]],
  [
    'invalid PagerDuty event',
    (i) => [
      job.url,
      Buffer.from(JSON.stringify({ routing_key: job.routingKey, event_action: 'trigger', payload: { summary: 'x'.repeat(i % 3000), severity: 'apocalyptic' } })),
      {},
    ],
  ],
  ['garbage', (i) => [job.url, Buffer.from(`\u0000\u2028{{{${'"'.repeat(i % 50)}`), { authorization: `Bearer ${job.token}` }]],
];

const counts: Record<string, Record<string, number>> = {};
const tally = (kind: string, status: number) => {
  const k = (counts[kind] ??= {});
  k[String(status)] = (k[String(status)] ?? 0) + 1;
};
let inFlight = 0;
let notSent = 0;
const pending: Array<Promise<void>> = [];
const fire = (kind: string, url: string, body: Buffer, headers: Record<string, string>, rightful = false) => {
  // The rightful tool is its own sender: the attacker's backlog does not stop it from sending.
  if (!rightful && inFlight >= MAX_IN_FLIGHT) {
    notSent++;
    return;
  }
  inFlight++;
  pending.push(
    send(url, body, headers).then((status) => {
      inFlight--;
      tally(kind, status);
    }),
  );
};

const legitKeys: string[] = [];
const started = Date.now();
const TICK_MS = 10;
let tick = 0;
const ticks = (job.seconds * 1000) / TICK_MS;
await new Promise<void>((done) => {
  const timer = setInterval(() => {
    if (tick >= ticks) {
      clearInterval(timer);
      done();
      return;
    }
    // Spread each second's requests over its ticks.
    const hostileNow = Math.floor(((tick + 1) * job.hostilePerSecond * TICK_MS) / 1000) - Math.floor((tick * job.hostilePerSecond * TICK_MS) / 1000);
    for (let j = 0; j < hostileNow; j++) {
      const n = tick * 1000 + j;
      const [kind, make] = HOSTILE[n % HOSTILE.length]!;
      const [url, body, headers] = make(n);
      fire(kind, url, body, headers);
    }
    const legitNow = Math.floor(((tick + 1) * job.legitPerSecond * TICK_MS) / 1000) - Math.floor((tick * job.legitPerSecond * TICK_MS) / 1000);
    for (let j = 0; j < legitNow; j++) {
      const key = `legit-${legitKeys.length}`;
      legitKeys.push(key);
      fire(
        'legitimate alert',
        job.url,
        Buffer.from(JSON.stringify({ source: 'zabbix', severity: 'warning', summary: `Disk 91% full on FS${legitKeys.length}`, dedupKey: key })),
        { authorization: `Bearer ${job.token}` },
        true,
      );
    }
    tick++;
  }, TICK_MS);
});
await Promise.all(pending);
process.stdout.write(`${JSON.stringify({ seconds: (Date.now() - started) / 1000, counts, notSent, legitKeys })}\n`);
agent.destroy();
process.exit(0);
