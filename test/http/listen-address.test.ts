import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config/config.ts';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/azurite.ts';
import { freePort } from '../support/free-port.ts';

/**
 * Where `npm start` (bot/main.ts, as its own process) listens, checked on real sockets: with
 * authentication off only on 127.0.0.1 (an address of this machine that is not loopback is refused),
 * and it says so in its log; a HOST that is not loopback (set on purpose, or inherited from a shell or
 * a container image) stops it with a message naming HOST instead of listening unauthenticated on the
 * network; with authentication on, every interface. Issue 12, item 8.
 */

/** An IPv4 address of this machine that is not loopback, if it has one. */
const lanAddress = Object.values(networkInterfaces())
  .flat()
  .find((i) => i !== undefined && i.family === 'IPv4' && !i.internal)?.address;

/**
 * Another address to try beside 127.0.0.1: the machine's own network address, or on Linux (where all
 * of 127.0.0.0/8 is this machine) 127.0.0.2, which a socket bound to 127.0.0.1 does not accept either.
 */
const otherAddress = lanAddress ?? (process.platform === 'linux' ? '127.0.0.2' : undefined);

/** The local addresses listening on this TCP port, as `ss -ltn` shows them (Linux: /proc/net/tcp*). */
function listeningOn(port: number): string[] | undefined {
  if (process.platform !== 'linux') return undefined;
  const found: string[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (!local || state !== '0A') continue; // 0A: LISTEN
      const [hex, portHex] = local.split(':');
      if (Number.parseInt(portHex!, 16) !== port) continue;
      found.push(
        hex!.length === 8
          ? hex!
              .match(/../g)!
              .reverse()
              .map((b) => Number.parseInt(b, 16))
              .join('.')
          : hex === '0'.repeat(32)
            ? '::'
            : `ipv6:${hex}`,
      );
    }
  }
  return found;
}

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

/** The environment of a plain `npm start`: no HOST, whatever the test runner's environment holds. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { HOST: _host, MicrosoftAppId: _id, ...rest } = process.env;
  return { ...rest, AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(), BATON_TABLE_PREFIX: uniqueTablePrefix(), LOG_LEVEL: 'info', ...extra };
}

/** Starts bot/main.ts; resolves with its "listening" log line once it is up. */
async function startMain(extra: Record<string, string>): Promise<{ child: ChildProcess; listening: { msg: string; port: number } }> {
  const child = spawn(process.execPath, ['bot/main.ts'], { env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const listening = await new Promise<{ msg: string; port: number }>((done, fail) => {
    let buffered = '';
    const timer = setTimeout(() => fail(new Error(`Baton did not start within 20 s: ${stderr}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      buffered += d.toString();
      for (const line of buffered.split('\n').slice(0, -1)) {
        const entry = JSON.parse(line) as { msg: string; port?: number };
        if (entry.msg.startsWith('Baton is listening')) {
          clearTimeout(timer);
          done({ msg: entry.msg, port: entry.port! });
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
    child.once('exit', (code) => fail(new Error(`Baton exited (${code}): ${stderr}`)));
  });
  return { child, listening };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

/** Whether a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.setTimeout(2_000, () => (socket.destroy(), done(false)));
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

describe('where Baton listens', () => {
  it('authentication off: 127.0.0.1 only, and the log says so', async () => {
    const port = await freePort();
    const { child, listening } = await startMain({ PORT: String(port) });
    try {
      expect(listening.msg).toBe(`Baton is listening on http://127.0.0.1:${port}/api/messages`);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const bound = listeningOn(port);
      if (bound) expect(bound).toEqual(['127.0.0.1']);
      if (otherAddress) expect(await accepts(otherAddress, port), `connect to ${otherAddress}:${port}`).toBe(false);
    } finally {
      await stop(child);
    }
  });

  it('authentication off and a HOST that is not loopback (set on purpose or inherited): refuses to start, naming HOST; nothing listens', async () => {
    // 0.0.0.0 as a dev container image sets it; a machine name as tcsh sets HOST for every program.
    for (const host of ['0.0.0.0', 'my-laptop']) {
      const port = await freePort();
      const run = spawnSync(process.execPath, ['bot/main.ts'], { env: env({ PORT: String(port), HOST: host }), encoding: 'utf8', timeout: 20_000 });
      expect(run.status, host).toBe(1);
      expect(run.stderr).toContain(`HOST is ${host}, but authentication is off (no MicrosoftAppId)`);
      expect(run.stderr).toContain('127.0.0.1');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await accepts('127.0.0.1', port)).toBe(false);
    }
    // Loopback addresses stay allowed; so does any HOST once authentication is on.
    for (const host of ['127.0.0.1', '127.0.0.2', '::1', 'localhost', 'LOCALHOST', '[::1]']) expect(loadConfig({ HOST: host }).host).toBe(host);
    for (const host of ['0.0.0.0', '::', '192.0.2.10', '127.0.0.1.example.com']) expect(() => loadConfig({ HOST: host }), host).toThrow(ConfigError);
    const on = { MicrosoftAppId: '00000000-1111-2222-3333-444444444444', MicrosoftAppPassword: 'x', MicrosoftAppTenantId: 't', BATON_ALLOWED_TENANTS: 't' };
    expect(loadConfig({ ...on, HOST: '192.0.2.10' }).host).toBe('192.0.2.10');
  });

  it('authentication on: every interface', async () => {
    const tenant = '11111111-2222-3333-4444-555555555555';
    const port = await freePort();
    const { child, listening } = await startMain({
      PORT: String(port),
      MicrosoftAppId: '00000000-1111-2222-3333-444444444444',
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppTenantId: tenant,
      BATON_ALLOWED_TENANTS: tenant,
    });
    try {
      expect(listening.msg).toContain(`:${port}/api/messages`);
      expect(await accepts('127.0.0.1', port)).toBe(true);
      const bound = listeningOn(port);
      if (bound) expect(bound.length > 0 && bound.every((a) => a === '0.0.0.0' || a === '::'), bound.join()).toBe(true);
      if (otherAddress) expect(await accepts(otherAddress, port), `connect to ${otherAddress}:${port}`).toBe(true);
    } finally {
      await stop(child);
    }
  });
});
