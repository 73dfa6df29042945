import { request as httpRequest } from 'node:http';
import { gzipSync, deflateSync, brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAlertBody } from '../../bot/domain/alerts/alert-request-auth.ts';
import type { AlertSettings } from '../../bot/domain/alerts/alert-settings.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { message } from '../support/activities.ts';
import type { TestBaton } from '../support/running-baton.ts';
import { startAlertingBaton } from '../support/alerting-baton.ts';

/**
 * What an attacker on the internet can send to the two POST endpoints: bodies whose Content-Encoding
 * lies, decompression bombs, encodings Baton does not know, nesting deep enough to overflow a
 * recursive reader. Each gets a clear 4xx, and the process keeps answering.
 */
describe('hostile request bodies over real HTTP', () => {
  let t: TestBaton;
  let engagement: Engagement;
  let settings: AlertSettings;

  beforeAll(async () => {
    ({ t, engagement, settings } = await startAlertingBaton());
  });
  afterAll(async () => {
    await t.stop();
  });

  /** A raw POST (fetch would refuse to send a body that lies about its encoding). */
  function post(path: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
    return new Promise((done, fail) => {
      const url = new URL(path, t.url);
      const req = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      // The server may answer and close before it has read everything: that is the point.
      req.on('error', (err) => ((err as NodeJS.ErrnoException).code === 'EPIPE' || (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : fail(err)));
      req.end(body);
    });
  }
  const bearer = () => ({ authorization: `Bearer ${settings.current.bearerToken}` });
  const alertPath = () => `/api/alerts/${engagement.id}`;
  const alert = (dedupKey: string) => Buffer.from(JSON.stringify({ source: 'nagios', severity: 'warning', summary: 'Disk almost full on FS01', dedupKey }));
  async function healthy(): Promise<void> {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  }

  it('a body labelled gzip that is not gzip is a 400 on both endpoints, and the process lives', async () => {
    for (const path of [alertPath(), '/api/alerts/anything', '/api/messages']) {
      for (const encoding of ['gzip', 'deflate', 'br']) {
        const res = await post(path, Buffer.from('{"this is":"not compressed"}'), { 'content-encoding': encoding, ...bearer() });
        expect(res.status, `${path} ${encoding}`).toBe(400);
      }
      // A truncated gzip stream: a valid header, then nothing.
      const cut = gzipSync(alert('cut')).subarray(0, 12);
      expect((await post(path, cut, { 'content-encoding': 'gzip', ...bearer() })).status).toBe(400);
    }
    await healthy();
  });

  it('an unknown Content-Encoding is a 415', async () => {
    for (const path of [alertPath(), '/api/messages']) {
      const res = await post(path, alert('x'), { 'content-encoding': 'compress', ...bearer() });
      expect(res.status).toBe(415);
      expect(res.text).toMatch(/Content-Encoding/);
    }
  });

  it('the size limit counts decoded bytes: a 200 MB gzip bomb is a 413 without inflating it', async () => {
    const bomb = gzipSync(Buffer.alloc(200 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(512 * 1024);
    const before = process.memoryUsage().rss;
    for (const path of [alertPath(), '/api/messages']) {
      const res = await post(path, bomb, { 'content-encoding': 'gzip', ...bearer() });
      expect(res.status).toBe(413);
    }
    // The service runs in this process: had it inflated the bomb, memory would have grown by ~200 MB.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    await healthy();
  });

  it('a declared Content-Length over the limit is refused before reading', async () => {
    const res = await new Promise<number>((done, fail) => {
      const req = httpRequest(
        new URL(alertPath(), t.url),
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(600 * 1024), ...bearer() } },
        (r) => {
          r.resume();
          done(r.statusCode ?? 0);
        },
      );
      req.on('error', fail);
      req.write('{"source":'); // and nothing more: the answer must not wait for the rest
    });
    expect(res).toBe(413);
  });

  it('accepts gzip, deflate and br alerts that decode within the limit', async () => {
    const encodings: Array<[string, (b: Buffer) => Buffer]> = [
      ['gzip', (b) => gzipSync(b)],
      ['deflate', (b) => deflateSync(b)],
      ['br', (b) => brotliCompressSync(b)],
    ];
    for (const [encoding, encode] of encodings) {
      const res = await post(alertPath(), encode(alert(`enc-${encoding}`)), { 'content-encoding': encoding, ...bearer() });
      expect(res.status, encoding).toBe(202);
    }
  });

  it('JSON nested deeper than 64 levels is a 400 on both endpoints, not a stack overflow', async () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const nested = Buffer.from(`{"source":"x","severity":"info","summary":"deep","details":${deep(40_000)}}`);
    expect((await post(alertPath(), nested, bearer())).status).toBe(400);
    const activity = JSON.stringify({ ...message('who owns backups?'), serviceUrl: t.connector.url, value: JSON.parse('[]') }).replace('"value":[]', `"value":${deep(40_000)}`);
    expect((await post('/api/messages', Buffer.from(activity), {})).status).toBe(400);
    const pd = Buffer.from(
      `{"routing_key":"${settings.current.routingKey}","event_action":"trigger","payload":{"summary":"s","source":"x","severity":"info","custom_details":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}}`,
    );
    expect((await post(alertPath(), pd, {})).status).toBe(400);
    await healthy();
  });

  it('an alert body that is not UTF-8 is a 400 (after its signature is checked over the raw bytes)', async () => {
    const bytes = Buffer.concat([Buffer.from('{"source":"x","severity":"info","summary":"caf'), Buffer.from([0xe9]), Buffer.from('","dedupKey":"latin1"}')]);
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await post(alertPath(), bytes, { 'x-baton-timestamp': ts, 'x-baton-signature': signAlertBody(settings.current.hmacSecret, ts, bytes) });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/UTF-8/);
  });
});
