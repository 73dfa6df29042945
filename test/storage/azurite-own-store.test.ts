import { TableClient } from '@azure/data-tables';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../bot/storage/azurite-child.ts';
import { developmentConnectionString } from '../../bot/storage/development-storage.ts';
import { AzuriteConflictError, startEmbeddedAzurite, type EmbeddedAzurite } from '../../bot/storage/embedded-azurite.ts';
import { freePort } from '../support/free-port.ts';
import { startInProcessAzurite } from '../support/in-process-azurite.ts';

/**
 * The embedded storage joins an Azurite already on its port only when that Azurite is Baton's own for
 * this very data folder. Another installation's Azurite (another data folder on the same port), a
 * plain Azurite, or any other program there is refused with a message naming what holds the port and
 * how to fix it; a folder already served on another port gets no second Azurite. Issue 12, item 8:
 * before this the CLI and the service silently joined whatever answered on the port.
 */

const folders: string[] = [];
const started: EmbeddedAzurite[] = [];
afterAll(async () => {
  for (const a of started) await a.stop().catch(() => {});
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baton-own-store-'));
  folders.push(dir);
  return dir;
}

async function start(dataDir: string, port: number): Promise<EmbeddedAzurite> {
  const azurite = await startEmbeddedAzurite({ dataDir, port });
  started.push(azurite);
  return azurite;
}

async function refusal(dataDir: string, port: number): Promise<string> {
  const error = await startEmbeddedAzurite({ dataDir, port }).then(
    (a) => {
      started.push(a);
      return undefined;
    },
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(AzuriteConflictError);
  return (error as Error).message;
}

function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}

async function put(connectionString: string, value: string): Promise<void> {
  const table = TableClient.fromConnectionString(connectionString, 'marker', { allowInsecureConnection: true });
  await table.createTable();
  await table.upsertEntity({ partitionKey: 'p', rowKey: 'r', value });
}

async function read(connectionString: string): Promise<string | undefined> {
  const table = TableClient.fromConnectionString(connectionString, 'marker', { allowInsecureConnection: true });
  return (await table.getEntity<{ value: string }>('p', 'r').catch(() => undefined))?.value;
}

describe("the embedded Azurite is joined only when it is this data folder's", () => {
  it('two data folders, one port: the second refuses, naming the other folder and BATON_AZURITE_PORT; the same folder joins', async () => {
    const first = folder();
    const second = folder();
    const port = await freePort();
    const a = await start(first, port);
    expect(a.owned).toBe(true);
    await put(a.connectionString, 'first installation');

    const message = await refusal(second, port);
    expect(message).toContain(`127.0.0.1:${port} is held by another Baton's Azurite (process ${a.pid})`);
    expect(message).toContain(realpathSync(join(first, 'azurite')));
    expect(message).toContain(realpathSync(join(second, 'azurite')));
    expect(message).toMatch(/BATON_AZURITE_PORT=\d+/);
    expect(message).toMatch(/stop the other Baton/);

    // The same folder (also by another path to it) joins, and sees its data.
    const joined = await start(join(first, '.', 'azurite', '..'), port);
    expect(joined.owned).toBe(false);
    expect(await read(joined.connectionString)).toBe('first installation');
    await a.stop();
  });

  it('the same data folder on another port: no second Azurite on that folder, the message names the port that serves it', async () => {
    const dataDir = folder();
    const port = await freePort();
    const other = await freePort();
    const a = await start(dataDir, port);
    const message = await refusal(dataDir, other);
    expect(message).toContain(`already served by Baton's Azurite on 127.0.0.1:${port} (process ${a.pid})`);
    expect(message).toContain(`BATON_AZURITE_PORT=${port}`);
    // No second Azurite was left behind on the other port, and the first still serves the folder.
    expect(await listening(other)).toBe(false);
    await put(a.connectionString, 'still served');
    await a.stop();
  });

  it('started twice at the same moment: for one folder, one Azurite and one joins it; for two folders, one starts and the other refuses', async () => {
    const dataDir = folder();
    const port = await freePort();
    const both = await Promise.all([start(dataDir, port), start(dataDir, port)]);
    expect(both.map((a) => a.owned).sort()).toEqual([false, true]);
    await put(both[0]!.connectionString, 'one store');
    expect(await read(both[1]!.connectionString)).toBe('one store');
    await Promise.all(both.map((a) => a.stop()));

    const other = await freePort();
    const results = await Promise.allSettled([start(folder(), other), start(folder(), other)]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
    expect(rejected.reason).toBeInstanceOf(AzuriteConflictError);
    expect((rejected.reason as Error).message).toContain(`127.0.0.1:${other} is held by another Baton's Azurite`);
  });

  it("a plain Azurite on the port is refused (its data is not this installation's), with AZURE_STORAGE_CONNECTION_STRING as the way to use it on purpose", async () => {
    const plain = await startInProcessAzurite();
    try {
      const port = Number(/:(\d+)\//.exec(plain.connectionString)![1]);
      const message = await refusal(folder(), port);
      expect(message).toContain(`127.0.0.1:${port} is held by an Azurite that is not Baton's own`);
      expect(message).toContain('Azurite-Table/');
      expect(message).toContain('AZURE_STORAGE_CONNECTION_STRING');
      expect(message).toMatch(/BATON_AZURITE_PORT=\d+/);
    } finally {
      await plain.stop();
    }
  });

  it('another program on the port (not HTTP) is refused in words', async () => {
    const server: Server = createServer((socket) => {
      socket.on('error', () => {});
      socket.end('SSH-2.0-not-azurite\r\n');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const port = (server.address() as { port: number }).port;
      const message = await refusal(folder(), port);
      expect(message).toContain(`127.0.0.1:${port} is in use by another program, not an Azurite`);
      expect(message).toMatch(/BATON_AZURITE_PORT=\d+/);
    } finally {
      server.close();
    }
  });

  it('a lock left behind by a killed Azurite, naming a process id that now is another process, is taken over', async () => {
    const dataDir = folder();
    const port = await freePort();
    const a = await start(dataDir, port);
    await put(a.connectionString, 'kept');
    process.kill(a.pid!, 'SIGKILL');
    await a.stop();
    const lockPath = join(dataDir, 'azurite', LOCK_FILE);
    expect(JSON.parse(readFileSync(lockPath, 'utf8')).pid).toBe(a.pid);
    // Its pid reused by a live process (this one), long after the lock was taken.
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, host: '127.0.0.1', port, since: '2020-01-01T00:00:00.000Z' }));
    const b = await start(dataDir, port);
    expect(b.owned).toBe(true);
    expect(await read(b.connectionString)).toBe('kept');
    expect(JSON.parse(readFileSync(lockPath, 'utf8')).pid).toBe(b.pid);
    await b.stop();
    // A clean stop releases the lock.
    expect(() => readFileSync(lockPath)).toThrow();
  });

  it('an Azurite whose Baton just died is not joined while it saves and exits: a new one starts once it is gone, with the data', async () => {
    const dataDir = folder();
    const port = await freePort();
    const parent = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { startEmbeddedAzurite } from ${JSON.stringify(new URL('../../bot/storage/embedded-azurite.ts', import.meta.url).href)};
         const a = await startEmbeddedAzurite({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
         console.log(a.pid);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const oldPid = await new Promise<number>((done) => parent.stdout!.once('data', (d: Buffer) => done(Number(String(d).trim()))));
    await put(developmentConnectionString('127.0.0.1', port), 'before the kill');
    const exited = new Promise((done) => parent.once('exit', done));
    parent.kill('SIGKILL');
    await exited;
    // At once: the orphan is still there, saving (it saw its channel close), and says it is stopping.
    const b = await start(dataDir, port);
    expect(b.owned).toBe(true);
    expect(b.pid).not.toBe(oldPid);
    expect(await read(b.connectionString)).toBe('before the kill');
    await b.stop();
  }, 30_000);

  it("the CLI with another installation's port refuses, prints nothing of that store, exits 1", async () => {
    const first = folder();
    const port = await freePort();
    const a = await start(first, port);
    const cli = spawn(process.execPath, ['bot/cli/baton.ts', 'engagement', 'list', '--json'], {
      env: { ...process.env, AZURE_STORAGE_CONNECTION_STRING: '', BATON_DATA_DIR: folder(), BATON_AZURITE_PORT: String(port), LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    cli.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    cli.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => cli.once('exit', done));
    expect(stdout).toBe('');
    expect(stderr).toContain(`127.0.0.1:${port} is held by another Baton's Azurite`);
    expect(stderr).not.toMatch(/\n\s+at /); // words, not a stack trace
    expect(code).toBe(1);
    await a.stop();
  }, 30_000);
});
