import { TableClient, TableServiceClient, type TableTransaction } from '@azure/data-tables';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { developmentConnectionString } from '../../bot/storage/development-storage.ts';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../../bot/storage/embedded-azurite.ts';
import { freePort } from '../support/free-port.ts';
import { waitUntil } from '../support/wait-until.ts';

/**
 * The embedded Azurite (bot/storage/azurite-child.ts in its own process) answers a write only once it is
 * journalled on disk: whatever it acknowledged is there after it is SIGKILLed and started again, exactly
 * (entities, their ETags, batches, failed batches, deleted and re-created tables), across snapshots.
 */

const folders: string[] = [];
const started: EmbeddedAzurite[] = [];
afterAll(async () => {
  for (const a of started) if (a.pid && alive(a.pid)) process.kill(a.pid, 'SIGKILL');
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) [ZX] /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

async function start(dataDir: string, port: number): Promise<EmbeddedAzurite> {
  const azurite = await startEmbeddedAzurite({ dataDir, port });
  expect(azurite.owned).toBe(true);
  started.push(azurite);
  return azurite;
}

async function sigkill(azurite: EmbeddedAzurite): Promise<void> {
  process.kill(azurite.pid!, 'SIGKILL');
  await waitUntil(() => !alive(azurite.pid!), 5_000, 'Azurite to die');
  await azurite.stop(); // the process is gone: resolves at once
}

type Model = Map<string, Map<string, Record<string, unknown>>>;

/** Every table and entity the service has, as plain data (ETags and timestamps included). */
async function contents(connectionString: string): Promise<{ tables: string[]; entities: Record<string, Record<string, unknown>[]> }> {
  const service = TableServiceClient.fromConnectionString(connectionString, { allowInsecureConnection: true });
  const tables: string[] = [];
  for await (const t of service.listTables()) tables.push(t.name!);
  tables.sort();
  const entities: Record<string, Record<string, unknown>[]> = {};
  for (const name of tables) {
    const client = TableClient.fromConnectionString(connectionString, name, { allowInsecureConnection: true });
    const rows: Record<string, unknown>[] = [];
    for await (const e of client.listEntities()) rows.push({ ...e });
    entities[name] = rows;
  }
  return { tables, entities };
}

function expectModel(actual: Awaited<ReturnType<typeof contents>>, model: Model): void {
  expect(actual.tables).toEqual([...model.keys()].sort());
  for (const [table, rows] of model) {
    const got = new Map(actual.entities[table]!.map((e) => [`${e.partitionKey}|${e.rowKey}`, e]));
    expect([...got.keys()].sort()).toEqual([...rows.keys()].sort());
    for (const [key, props] of rows) expect(got.get(key), `${table} ${key}`).toMatchObject(props);
  }
}

describe('the embedded Azurite keeps what it acknowledged', () => {
  it('SIGKILL at any point after a write: every acknowledged change is there after a restart, exactly, across journal and snapshot', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-azurite-'));
    folders.push(dataDir);
    const port = await freePort();
    let azurite = await start(dataDir, port);
    const model: Model = new Map();
    const client = (name: string) => TableClient.fromConnectionString(azurite.connectionString, name, { allowInsecureConnection: true });
    const put = (table: string, pk: string, rk: string, props: Record<string, unknown>) => {
      const rows = model.get(table) ?? new Map();
      model.set(table, rows);
      rows.set(`${pk}|${rk}`, { partitionKey: pk, rowKey: rk, ...props });
    };

    // Tables, single writes of every kind, concurrent (so they share commits), some of them unicode and large.
    for (const t of ['alpha', 'beta', 'gamma']) {
      await client(t).createTable();
      model.set(t, new Map());
    }
    await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        const props = { n: i, text: `row ${i} — ünïcødé ${'x'.repeat(i % 7 === 0 ? 20_000 : 10)}` };
        await client('alpha').upsertEntity({ partitionKey: `p${i % 4}`, rowKey: `r${i}`, ...props }, 'Replace');
        put('alpha', `p${i % 4}`, `r${i}`, props);
      }),
    );
    for (let i = 0; i < 40; i++) {
      await client('alpha').upsertEntity({ partitionKey: `p${i % 4}`, rowKey: `r${i}`, merged: true }, 'Merge');
      const row = model.get('alpha')!.get(`p${i % 4}|r${i}`)!;
      row.merged = true;
    }
    for (let i = 40; i < 60; i++) {
      const e = await client('alpha').getEntity(`p${i % 4}`, `r${i}`);
      await client('alpha').updateEntity({ partitionKey: `p${i % 4}`, rowKey: `r${i}`, n: -i }, 'Replace', { etag: e.etag });
      put('alpha', `p${i % 4}`, `r${i}`, { n: -i });
    }
    for (let i = 100; i < 120; i++) {
      await client('alpha').deleteEntity(`p${i % 4}`, `r${i}`);
      model.get('alpha')!.delete(`p${i % 4}|r${i}`);
    }
    // Entity group transactions, and one that fails (nothing of it may appear).
    for (let b = 0; b < 5; b++) {
      const actions: TableTransaction['actions'] = [];
      for (let i = 0; i < 10; i++) {
        actions.push(['upsert', { partitionKey: `batch${b}`, rowKey: `r${i}`, b, i }]);
        put('beta', `batch${b}`, `r${i}`, { b, i });
      }
      await client('beta').submitTransaction(actions);
    }
    await expect(
      client('beta').submitTransaction([
        ['create', { partitionKey: 'batch0', rowKey: 'new', x: 1 }],
        ['update', { partitionKey: 'batch0', rowKey: 'r1', x: 2 }, 'Replace'],
        ['create', { partitionKey: 'batch0', rowKey: 'r0', x: 3 }], // exists: the whole batch fails
      ]),
    ).rejects.toThrow();
    // A table dropped, another dropped and created again.
    await client('gamma').createEntity({ partitionKey: 'g', rowKey: '1' });
    await client('gamma').deleteTable();
    model.delete('gamma');
    await client('delta').createTable();
    await client('delta').createEntity({ partitionKey: 'old', rowKey: '1' });
    await client('delta').deleteTable();
    await waitUntil(
      async () =>
        await client('delta')
          .createTable()
          .then(
            () => true,
            () => false,
          ),
      10_000,
      'delta to be created again',
    );
    await client('delta').createEntity({ partitionKey: 'new', rowKey: '1', v: 'second life' });
    model.set('delta', new Map([['new|1', { partitionKey: 'new', rowKey: '1', v: 'second life' }]]));

    const before = await contents(azurite.connectionString);
    expectModel(before, model);
    await sigkill(azurite);
    expect(readdirSync(join(dataDir, 'azurite')).some((f) => /^table-journal-\d+\.ndjson$/.test(f))).toBe(true);

    const folder = join(dataDir, 'azurite');
    const journalFiles = () => readdirSync(folder).filter((f) => /^table-journal-\d+\.ndjson$/.test(f));
    const kept = journalFiles().map((f) => [f, readFileSync(join(folder, f))] as const);

    azurite = await start(dataDir, port);
    const after = await contents(azurite.connectionString);
    expect(after).toEqual(before); // ETags and timestamps too: a client's If-Match still matches

    // A crash after a snapshot was written but before the journals it covers were removed: they are
    // replayed over a snapshot that already holds them, which changes nothing.
    await azurite.stop();
    for (const [name, bytes] of kept) writeFileSync(join(folder, name), bytes);
    azurite = await start(dataDir, port);
    expect(await contents(azurite.connectionString)).toEqual(before);

    // A graceful stop writes a snapshot and removes the journals it covers.
    await azurite.stop();
    const files = readdirSync(join(dataDir, 'azurite'));
    const journals = files.filter((f) => /^table-journal-\d+\.ndjson$/.test(f));
    expect(journals.length).toBeLessThanOrEqual(1);
    for (const j of journals) expect(readFileSync(join(dataDir, 'azurite', j), 'utf8')).toBe('');

    // More writes on top of that snapshot, then a kill while the last journal line is half written.
    azurite = await start(dataDir, port);
    await client('alpha').upsertEntity({ partitionKey: 'p0', rowKey: 'after-snapshot', v: 1 }, 'Replace');
    put('alpha', 'p0', 'after-snapshot', { v: 1 });
    await client('alpha').deleteEntity('p0', 'r0');
    model.get('alpha')!.delete('p0|r0');
    await sigkill(azurite);
    const current = readdirSync(join(dataDir, 'azurite'))
      .filter((f) => /^table-journal-\d+\.ndjson$/.test(f))
      .sort()
      .at(-1)!;
    appendFileSync(join(dataDir, 'azurite', current), '{"r":[{"t":"set","c":"devstoreaccount1$alpha","k":{"Partit');

    azurite = await start(dataDir, port);
    expectModel(await contents(azurite.connectionString), model);
    await azurite.stop();
  }, 60_000);

  it('snapshots taken while writes keep coming (journal switched under them), then SIGKILL: every key holds its last acknowledged value', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-azurite-'));
    folders.push(dataDir);
    const port = await freePort();
    // The child itself, with a tiny snapshot threshold: a snapshot about every quarter second.
    const child = spawn(
      process.execPath,
      [
        new URL('../../bot/storage/azurite-child.ts', import.meta.url).pathname,
        JSON.stringify({ host: '127.0.0.1', port, location: join(dataDir, 'azurite'), snapshotJournalBytes: 20_000 }),
      ],
      { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
    );
    await new Promise<void>((done, fail) => {
      child.once('message', () => done());
      child.once('exit', (code) => fail(new Error(`azurite-child exited with ${code}`)));
    });
    const connectionString = developmentConnectionString('127.0.0.1', port);
    const table = TableClient.fromConnectionString(connectionString, 'stress', { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } });
    await table.createTable();
    /** Per key: the last acknowledged value (null: deleted), and the one in flight when the process died. */
    const acked = new Map<string, number | null>();
    const inFlight = new Map<string, number | null>();
    const stopAt = Date.now() + 3_000;
    let snapshotsSeen = 0;
    const watcher = setInterval(() => {
      if (readdirSync(join(dataDir, 'azurite')).some((f) => f.endsWith('~'))) snapshotsSeen++;
    }, 5);
    await Promise.all(
      Array.from({ length: 16 }, async (_, w) => {
        for (let i = 0; Date.now() < stopAt; i++) {
          const key = `r${i % 40}`;
          const value = i % 9 === 8 ? null : i;
          inFlight.set(`w${w}|${key}`, value);
          if (value === null) await table.deleteEntity(`w${w}`, key).catch((e: { statusCode?: number }) => void (e.statusCode === 404 || Promise.reject(e)));
          else await table.upsertEntity({ partitionKey: `w${w}`, rowKey: key, value, pad: 'y'.repeat(500) }, 'Replace');
          acked.set(`w${w}|${key}`, value);
          inFlight.delete(`w${w}|${key}`);
        }
      }),
    );
    clearInterval(watcher);
    // One more batch of writes, and the kill lands while they are on their way.
    const last = Array.from({ length: 16 }, (_, w) => {
      inFlight.set(`w${w}|r0`, -1);
      return table.upsertEntity({ partitionKey: `w${w}`, rowKey: 'r0', value: -1 }, 'Replace').then(
        () => acked.set(`w${w}|r0`, -1),
        () => {},
      );
    });
    const exited = new Promise((done) => child.once('exit', done));
    await new Promise((done) => setTimeout(done, 2));
    child.kill('SIGKILL');
    await Promise.all(last);
    await exited;
    expect(snapshotsSeen).toBeGreaterThan(0);

    const azurite = await start(dataDir, port);
    const stored = new Map<string, number>();
    for await (const e of TableClient.fromConnectionString(azurite.connectionString, 'stress', { allowInsecureConnection: true }).listEntities<{ value: number }>()) {
      stored.set(`${e.partitionKey}|${e.rowKey}`, e.value);
    }
    for (const [key, value] of acked) {
      const now = stored.has(key) ? stored.get(key)! : null;
      if (inFlight.has(key)) expect([value, inFlight.get(key)], key).toContain(now);
      else expect(now, key).toBe(value);
    }
    await azurite.stop();
  }, 60_000);

  it('exits by itself when the process that started it dies, even by SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'baton-azurite-'));
    folders.push(dataDir);
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
    const pid = await new Promise<number>((done) => parent.stdout!.once('data', (d: Buffer) => done(Number(String(d).trim()))));
    expect(alive(pid)).toBe(true);
    const exited = new Promise((done) => parent.once('exit', done));
    parent.kill('SIGKILL');
    await exited;
    await waitUntil(() => !alive(pid), 5_000, 'the Azurite child to exit after its parent was SIGKILLed');
  }, 30_000);
});
