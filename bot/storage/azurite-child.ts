/**
 * Baton's embedded storage process: Azurite's own table server (azurite 3.37: `TableServer` on LokiJS),
 * started here instead of through Azurite's CLI, so that three things hold that the CLI does not give.
 *
 * 1. **A response is a promise kept.** Azurite keeps every table in memory; LokiJS writes the whole
 *    database to disk on a 5-second timer (azurite/dist/src/table/persistence/LokiTableMetadataStore.js,
 *    `autosave: true, autosaveInterval: 5000`, not configurable), so a killed Azurite forgets up to
 *    5 s of writes it had answered. Here every change is also appended to a journal, and no response
 *    leaves Azurite before the journal holding the state it reflects is fsynced (group commit: the
 *    changes made while one append is under way go out together in the next). The journal says
 *    "after this commit, this document is this (or gone)", so replaying it is idempotent: on start the
 *    snapshot is loaded, the journals are replayed in order, and a new snapshot is written. Snapshots
 *    (LokiJS's own file, fsynced) are taken off the request path once the journal holds 16 MiB or a
 *    minute has passed, instead of LokiJS's whole-database save every 5 s.
 * 2. **It never outlives Baton.** It runs only as Baton's child, with an IPC channel: when the channel
 *    closes (Baton exited, however it died, SIGKILL included) it saves and exits. Signals meant for the
 *    whole process group (Ctrl-C) do not stop it while Baton is there: Baton drains first, then asks it
 *    to stop ({ type: 'shutdown' }), so the last writes of the drain are stored.
 * 3. **It is this data folder's, and says so.** Before it reads anything it takes the folder's lock
 *    (`baton-azurite.lock`: its process id, host and port), so two Azurites never serve one folder (the
 *    second would overwrite the first's snapshots); a lock whose process is gone, or is no longer this
 *    folder's Azurite, is stale and taken over. Once listening it answers `GET /.baton-store` with
 *    the folder it serves and the folder's store id (`baton-store-id`, made once), so a Baton or CLI
 *    that finds the port taken can tell whether it is its own store (embedded-azurite.ts joins only then).
 *
 * Azurite applies a batch (entity group transaction) in memory without waiting for I/O in between
 * (its own assumption, TableBatchOrchestrator / LokiTableMetadataStore.beginBatchTransaction), so a
 * commit, which starts from a response or a timer, never sees half a batch; one commit is one line of
 * the journal, and a line torn by a crash is ignored whole (it was never acknowledged).
 *
 * Started by embedded-azurite.ts: `node azurite-child.ts '{"host","port","location"}'`. Reports
 * `{ type: 'ready', address }` once it listens, `{ type: 'refused', holder }` when another live Azurite
 * holds the folder (then exits 3), or exits non-zero with the reason on stderr.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, open, readdir, readFile, realpath, rename, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';

export interface AzuriteChildOptions {
  readonly host: string;
  readonly port: number;
  /** The folder of the database file (`__azurite_db_table__.json`, the name Azurite's CLI uses) and journals. */
  readonly location: string;
  /**
   * false: Azurite's own behaviour (no journal, answers at once, LokiJS saves every 5 s; a kill forgets
   * up to 5 s). Only for measuring what durability costs; Baton never sets it.
   */
  readonly durable?: boolean;
  /** Take a snapshot once the journal holds this many bytes (default 16 MiB; tests set it small). */
  readonly snapshotJournalBytes?: number;
}

/** Messages from the child to Baton. */
export type AzuriteChildMessage =
  { readonly type: 'ready'; readonly address: string } | { readonly type: 'save-failed'; readonly message: string } | { readonly type: 'refused'; readonly holder: FolderLock };

/** What `GET /.baton-store` answers: which data folder this Azurite serves. */
export interface StoreIdentity {
  readonly service: typeof IDENTITY_SERVICE;
  readonly pid: number;
  readonly port: number;
  /** The real path of the folder it serves (symbolic links resolved). */
  readonly location: string;
  /** The folder's own id (`baton-store-id`): tells a folder from a copy of it, and two machines' equal paths apart. */
  readonly storeId: string;
  /** Saving and exiting: do not join it, it is about to go. */
  readonly stopping: boolean;
}

/** The folder lock's content. */
export interface FolderLock {
  readonly pid: number;
  readonly host: string;
  readonly port: number;
  /** When it was taken (ISO 8601). */
  readonly since: string;
}

export const IDENTITY_PATH = '/.baton-store';
const IDENTITY_SERVICE = 'baton-embedded-azurite';
/** In the data folder: the lock of the Azurite serving it, and the folder's store id. */
export const LOCK_FILE = 'baton-azurite.lock';
export const STORE_ID_FILE = 'baton-store-id';
/** A lock younger than this whose process lives but does not answer yet is an Azurite still starting. */
const STARTING_GRACE_MS = 30_000;

/** The database file name Azurite's own CLI uses, so data kept by earlier versions is read as it is. */
export const TABLE_DB_FILE = '__azurite_db_table__.json';
const JOURNAL = /^table-journal-(\d+)\.ndjson$/;
const journalName = (gen: number) => `table-journal-${String(gen).padStart(8, '0')}.ndjson`;

/** A snapshot is taken once the journal holds this much … */
const SNAPSHOT_JOURNAL_BYTES = 16 * 1024 * 1024;
/** … or this long after the previous one, if anything changed. */
const SNAPSHOT_EVERY_MS = 60_000;
/** How long a signal for the whole process group waits for Baton to stop us itself. */
const SIGNAL_GRACE_MS = 15_000;

type Doc = Record<string, unknown>;

/** A LokiJS collection: the members this file relies on. */
interface LokiCollection {
  readonly name: string;
  on(event: 'insert' | 'update' | 'delete', listener: (doc: Doc | Doc[]) => void): void;
  findOne(query: Doc): Doc | null;
  insert(doc: Doc): Doc;
  remove(doc: Doc): void;
}

/** The LokiJS database inside Azurite's table store: the members this file relies on. */
export interface LokiDb {
  collections: LokiCollection[];
  persistenceAdapter: { saveDatabase(name: string, data: string, done: (err?: Error | null) => void): void } | null;
  addCollection(name: string, options?: Doc): LokiCollection;
  removeCollection(name: string): void;
  getCollection(name: string): LokiCollection | null;
  serialize(): string;
  autosaveDisable(): void;
  autosaveClearFlags(): void;
}

interface LokiTableStore {
  readonly db?: LokiDb;
  loadDB?: () => Promise<void>;
}

interface AzuriteTableServer {
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
  readonly httpServer: Server;
  readonly metadataStore?: LokiTableStore;
}

function loadAzurite(): { TableServer: new (config: unknown) => AzuriteTableServer; TableConfiguration: new (...args: unknown[]) => unknown } {
  const require = createRequire(import.meta.url);
  const { default: TableServer } = require('azurite/dist/src/table/TableServer') as { default: new (config: unknown) => AzuriteTableServer };
  const { default: TableConfiguration } = require('azurite/dist/src/table/TableConfiguration') as { default: new (...args: unknown[]) => unknown };
  return { TableServer, TableConfiguration };
}

/** The table store of a table server, checked to be what this file was written against. */
function storeOf(server: AzuriteTableServer): { store: LokiTableStore & { loadDB: () => Promise<void> }; db: LokiDb } {
  const store = server.metadataStore;
  const db = store?.db;
  const ok =
    db !== undefined &&
    typeof store?.loadDB === 'function' &&
    ['addCollection', 'removeCollection', 'getCollection', 'serialize', 'autosaveDisable', 'autosaveClearFlags'].every((m) => typeof (db as unknown as Doc)[m] === 'function') &&
    Array.isArray(db.collections) &&
    typeof db.persistenceAdapter?.saveDatabase === 'function' &&
    server.httpServer?.listeners('request').length === 1;
  if (!ok) {
    throw new Error(
      "this Azurite's table server is not the LokiJS one bot/storage/azurite-child.ts was written for (azurite 3.37): " +
        'check metadataStore.db, metadataStore.loadDB, persistenceAdapter and the request listener before upgrading',
    );
  }
  return { store: store as LokiTableStore & { loadDB: () => Promise<void> }, db };
}

let temporaries = 0;

/**
 * Writes a file so that it is whole on disk, or not there at all: temporary file, fsync, rename, fsync
 * the folder. Each write has its own temporary file, so two saves at once cannot mix their bytes.
 */
async function writeDurably(path: string, data: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${++temporaries}~`;
  const file = await open(temporary, 'w');
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  await syncFolder(dirname(path));
}

async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Which document of its collection a document is: Azurite's entities, tables and service properties. */
function keyOf(doc: Doc): Doc | undefined {
  if (typeof doc.PartitionKey === 'string' && typeof doc.RowKey === 'string') return { PartitionKey: doc.PartitionKey, RowKey: doc.RowKey };
  if (typeof doc.account === 'string' && typeof doc.table === 'string') return { account: doc.account, table: doc.table };
  if (typeof doc.accountName === 'string') return { accountName: doc.accountName };
  return undefined;
}

/** A document as stored in the journal: without LokiJS's id and metadata, which an insert assigns anew. */
function bare(doc: Doc): Doc {
  const { $loki: _id, meta: _meta, ...rest } = doc;
  return rest;
}

/** One journal record: a collection created or dropped, or a document's state after the commit (null: gone). */
type JournalRecord =
  | { readonly t: 'create'; readonly c: string; readonly o: Doc }
  | { readonly t: 'drop'; readonly c: string }
  | { readonly t: 'set'; readonly c: string; readonly k: Doc; readonly d: Doc | null };

/** Applies one record to the database (idempotent: applying it again changes nothing). */
function apply(db: LokiDb, r: JournalRecord): void {
  if (r.t === 'create' || r.t === 'drop') {
    if (db.getCollection(r.c)) db.removeCollection(r.c);
    if (r.t === 'create') db.addCollection(r.c, r.o);
    return;
  }
  const collection = db.getCollection(r.c) ?? db.addCollection(r.c, 'PartitionKey' in r.k ? { indices: ['PartitionKey', 'RowKey'] } : {});
  const existing = collection.findOne(r.k);
  if (existing) collection.remove(existing);
  if (r.d) collection.insert({ ...r.d });
}

/** Runs a task one at a time; `run()` resolves after a run that started after the call (calls meanwhile share one). */
class Coalescing {
  #running: Promise<void> | undefined;
  #queued: Promise<void> | undefined;
  readonly #task: () => Promise<void>;
  constructor(task: () => Promise<void>) {
    this.#task = task;
  }
  get running(): Promise<void> | undefined {
    return this.#running;
  }
  run(): Promise<void> {
    if (!this.#running) return this.#start();
    this.#queued ??= this.#running
      .catch(() => {})
      .then(() => {
        this.#queued = undefined;
        return this.#start();
      });
    return this.#queued;
  }
  #start(): Promise<void> {
    const run: Promise<void> = this.#task().finally(() => {
      if (this.#running === run) this.#running = undefined;
    });
    run.catch(() => {});
    this.#running = run;
    return run;
  }
}

/**
 * The journal beside LokiJS's snapshot: records every change of the database as it happens, appends
 * them (one line per commit) and fsyncs; `durable()` is what a response waits for.
 */
class Journal {
  readonly #db: LokiDb;
  readonly #folder: string;
  readonly #snapshotPath: string;
  readonly #onError: (err: Error) => void;
  /** Changes not yet in a commit, in order; a document's entry holds its live object (or null: removed). */
  #pending = new Map<string, { t: 'create'; c: string; o: Doc } | { t: 'drop'; c: string } | { t: 'set'; c: string; k: Doc; ref: Doc | null }>();
  #seq = 0;
  #file: FileHandle;
  #gen: number;
  /** Journals that the next snapshot makes redundant (all but the current one). */
  #older: number[];
  #bytes = 0;
  #lastSnapshot = Date.now();
  #snapshotAfterBytes = SNAPSHOT_JOURNAL_BYTES;
  /** A commit failed: its changes are in memory only, so the next thing made durable is a whole snapshot. */
  #broken = false;
  readonly #commits = new Coalescing(() => this.#commit());
  readonly #snapshots = new Coalescing(() => this.#snapshot());

  private constructor(db: LokiDb, folder: string, file: FileHandle, gen: number, older: number[], onError: (err: Error) => void) {
    this.#db = db;
    this.#folder = folder;
    this.#snapshotPath = join(folder, TABLE_DB_FILE);
    this.#file = file;
    this.#gen = gen;
    this.#older = older;
    this.#onError = onError;
  }

  /** The journals in `folder`, oldest first. */
  static async existing(folder: string): Promise<number[]> {
    return (await readdir(folder))
      .map((name) => JOURNAL.exec(name)?.[1])
      .filter((g): g is string => g !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
  }

  /** Replays these journals into the (just loaded) database, in order; a torn last line is ignored. */
  static async replay(db: LokiDb, folder: string, gens: number[]): Promise<number> {
    let records = 0;
    for (const gen of gens) {
      const path = join(folder, journalName(gen));
      const lines = (await readFile(path, 'utf8')).split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = lines[i]!;
        if (line === '') continue;
        let commit: { r: JournalRecord[] };
        try {
          commit = JSON.parse(line) as { r: JournalRecord[] };
        } catch {
          // The last line of a file, cut short by a crash while it was written: never acknowledged.
          // (Commits are written one at a time, so only the last commit can be unfinished.)
          if (lines.slice(i + 1).every((l) => l === '')) break;
          throw new Error(`${path} line ${i + 1} is not a journal record; the table data needs attention (nothing was changed)`);
        }
        for (const r of commit.r) apply(db, r);
        records += commit.r.length;
      }
    }
    return records;
  }

  static async open(db: LokiDb, folder: string, older: number[], onError: (err: Error) => void): Promise<Journal> {
    const gen = (older[older.length - 1] ?? 0) + 1;
    const file = await open(join(folder, journalName(gen)), 'a');
    await syncFolder(folder);
    return new Journal(db, folder, file, gen, older, onError);
  }

  /** From now on every change of the database is recorded. */
  track(): void {
    const db = this.#db;
    for (const collection of db.collections) this.#watch(collection);
    const addCollection = db.addCollection.bind(db);
    const removeCollection = db.removeCollection.bind(db);
    db.addCollection = (name, options) => {
      const existed = db.getCollection(name);
      const collection = addCollection(name, options);
      if (!existed) {
        this.#pending.set(`#${this.#seq++}`, { t: 'create', c: name, o: JSON.parse(JSON.stringify(options ?? {})) as Doc });
        this.#watch(collection);
      }
      return collection;
    };
    db.removeCollection = (name) => {
      if (db.getCollection(name)) {
        for (const [key, p] of this.#pending) if (p.t === 'set' && p.c === name) this.#pending.delete(key);
        this.#pending.set(`#${this.#seq++}`, { t: 'drop', c: name });
      }
      removeCollection(name);
    };
  }

  #watch(collection: LokiCollection): void {
    const record = (doc: Doc, gone: boolean) => {
      const k = keyOf(doc);
      if (!k) {
        // Not a document this journal knows how to name: the next commit is a whole snapshot instead.
        this.#broken = true;
        return;
      }
      this.#pending.set(`s\u0000${collection.name}\u0000${JSON.stringify(k)}`, { t: 'set', c: collection.name, k, ref: gone ? null : doc });
    };
    const each = (docs: Doc | Doc[], gone: boolean) => (Array.isArray(docs) ? docs.forEach((d) => record(d, gone)) : record(docs, gone));
    collection.on('insert', (docs) => each(docs, false));
    collection.on('update', (docs) => each(docs, false));
    collection.on('delete', (docs) => each(docs, true));
  }

  /** Resolves once everything in memory now is on disk; undefined when nothing is waiting to be written. */
  durable(): Promise<void> | undefined {
    if (this.#broken) return this.#snapshots.run();
    if (this.#pending.size > 0) return this.#commits.run();
    return this.#commits.running;
  }

  /** Writes what is pending, then a snapshot, and removes the journals it covers (at shutdown). */
  async flush(): Promise<void> {
    await this.#commits.run();
    await this.#snapshots.run();
  }

  set snapshotAfterBytes(bytes: number) {
    this.#snapshotAfterBytes = bytes;
  }

  /** Takes a snapshot when the journal has grown enough (called on a timer). */
  maybeSnapshot(): void {
    const due = this.#bytes >= this.#snapshotAfterBytes || (this.#bytes > 0 && Date.now() - this.#lastSnapshot >= SNAPSHOT_EVERY_MS);
    if (due && !this.#snapshots.running) void this.#snapshots.run().catch(() => {});
  }

  async #commit(): Promise<void> {
    if (this.#pending.size === 0) return;
    const taken = this.#pending;
    this.#pending = new Map();
    const records: JournalRecord[] = [];
    for (const p of taken.values()) records.push(p.t === 'set' ? { t: 'set', c: p.c, k: p.k, d: p.ref ? bare(p.ref) : null } : p);
    const line = `${JSON.stringify({ r: records })}\n`;
    const file = this.#file;
    try {
      await file.write(line);
      await file.datasync();
      this.#bytes += Buffer.byteLength(line);
    } catch (err) {
      this.#broken = true;
      this.#onError(err as Error);
      throw err;
    }
  }

  async #snapshot(): Promise<void> {
    const gen = this.#gen + 1;
    const next = await open(join(this.#folder, journalName(gen)), 'a');
    // From here to the serialisation nothing awaits: the snapshot holds everything in memory now, and
    // every later change goes to the new journal. A commit still writing to the old one is waited for.
    const previous = { file: this.#file, gen: this.#gen, older: this.#older, commit: this.#commits.running };
    this.#file = next;
    this.#gen = gen;
    this.#older = [...previous.older, previous.gen];
    this.#bytes = 0;
    const wasBroken = this.#broken;
    this.#broken = false;
    try {
      const data = this.#db.serialize();
      this.#db.autosaveClearFlags();
      await writeDurably(this.#snapshotPath, data);
    } catch (err) {
      // The journals are all still there: nothing is lost unless a commit had failed before.
      this.#broken ||= wasBroken;
      this.#onError(err as Error);
      throw err;
    } finally {
      await previous.commit?.catch(() => {});
      await previous.file.close().catch(() => {});
    }
    this.#lastSnapshot = Date.now();
    // The snapshot holds all they say: remove them (a crash meanwhile only means replaying them again).
    for (const old of this.#older.splice(0)) await unlink(join(this.#folder, journalName(old))).catch(() => {});
  }
}

/**
 * Holds back the end of every response until `durable()` says the store is on disk; if writing fails
 * the connection is destroyed, so the client sees a failure, never a success that was not stored.
 * Reads wait too while a commit is under way: nothing a client is shown can vanish afterwards.
 */
function holdResponsesUntilDurable(server: Server, durable: () => Promise<void> | undefined): void {
  const [handle] = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const end = res.end as (...a: unknown[]) => ServerResponse;
    res.end = function (this: ServerResponse, ...args: unknown[]) {
      const waiting = durable();
      if (!waiting) return end.apply(this, args);
      waiting.then(
        () => end.apply(this, args),
        () => this.destroy(),
      );
      return this;
    } as ServerResponse['end'];
    handle!(req, res);
  });
}

/** What is listening on host:port, asked over HTTP (`GET /.baton-store`). */
export type PortHolder =
  | { readonly kind: 'baton'; readonly identity: StoreIdentity }
  /** Answered HTTP, not as Baton's Azurite; `server` is its Server header (Azurite's says "Azurite-Table/3.x"). */
  | { readonly kind: 'http'; readonly server?: string }
  | { readonly kind: 'not-http' };

export function identifyPort(host: string, port: number, timeoutMs = 2_000): Promise<PortHolder> {
  return new Promise((done) => {
    let settled = false;
    const finish = (holder: PortHolder) => {
      if (settled) return;
      settled = true;
      req.destroy();
      done(holder);
    };
    const req = httpRequest({ host, port, path: IDENTITY_PATH, method: 'GET', agent: false, headers: { connection: 'close' }, timeout: timeoutMs }, (res) => {
      const server = typeof res.headers.server === 'string' ? res.headers.server : undefined;
      const other: PortHolder = server === undefined ? { kind: 'http' } : { kind: 'http', server };
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
        if (body.length > 8_192) finish(other);
      });
      res.on('end', () => {
        try {
          const identity = JSON.parse(body) as Partial<StoreIdentity>;
          if (res.statusCode === 200 && identity.service === IDENTITY_SERVICE && typeof identity.location === 'string' && typeof identity.storeId === 'string') {
            return finish({ kind: 'baton', identity: identity as StoreIdentity });
          }
        } catch {
          // not JSON: not ours
        }
        finish(other);
      });
      res.on('error', () => finish(other));
    });
    req.on('timeout', () => finish({ kind: 'not-http' }));
    req.on('error', () => finish({ kind: 'not-http' }));
    req.end();
  });
}

/** The store id of a data folder (`<location>/baton-store-id`), if it has one. */
export async function readStoreId(location: string): Promise<string | undefined> {
  try {
    const id = (await readFile(join(location, STORE_ID_FILE), 'utf8')).trim();
    return id === '' ? undefined : id;
  } catch {
    return undefined;
  }
}

/** True when this identity is the store of this folder (its real path and store id). */
export function isStoreOf(identity: StoreIdentity, folder: string, storeId: string | undefined): boolean {
  return identity.location === folder && storeId !== undefined && identity.storeId === storeId;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(path: string): Promise<FolderLock | undefined> {
  try {
    const lock = JSON.parse(await readFile(path, 'utf8')) as Partial<FolderLock>;
    if (typeof lock.pid === 'number' && typeof lock.port === 'number' && typeof lock.host === 'string' && typeof lock.since === 'string') return lock as FolderLock;
  } catch {
    // unreadable: stale (locks are written whole, by link())
  }
  return undefined;
}

/** Thrown when another live Azurite holds the folder. */
export class FolderHeldError extends Error {
  readonly holder: FolderLock;
  constructor(location: string, holder: FolderLock) {
    super(`the data folder ${location} is served by another Azurite (process ${holder.pid}, on ${holder.host}:${holder.port})`);
    this.holder = holder;
  }
}

/** Whether the Azurite a lock names still serves this folder (or is still starting to). */
async function lockIsHeld(lock: FolderLock, folder: string, storeId: string | undefined): Promise<boolean> {
  if (lock.pid === process.pid || !processAlive(lock.pid)) return false;
  const holder = await identifyPort(lock.host, lock.port);
  if (holder.kind === 'baton') return holder.identity.pid === lock.pid && isStoreOf(holder.identity, folder, storeId);
  // Alive but not answering as this folder's Azurite: still starting, or the id now belongs to another process.
  return Date.now() - Date.parse(lock.since) < STARTING_GRACE_MS;
}

/**
 * Takes the folder's lock, or throws FolderHeldError. The lock is written whole to a file of its own
 * and linked into place (link fails when the lock exists), so a lock is never seen half written.
 * Returns the function that releases it (only while it is still ours).
 */
async function lockFolder(folder: string, host: string, port: number): Promise<() => void> {
  const path = join(folder, LOCK_FILE);
  const mine: FolderLock = { pid: process.pid, host, port, since: new Date().toISOString() };
  const temporary = `${path}.${process.pid}~`;
  await writeFile(temporary, JSON.stringify(mine));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await placeLock(temporary, path, mine);
        await syncFolder(folder);
        return () => {
          try {
            if ((JSON.parse(readFileSync(path, 'utf8')) as FolderLock).pid === process.pid) unlinkSync(path);
          } catch {
            // gone already, or not ours
          }
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const held = await readLock(path);
      if (held && (await lockIsHeld(held, folder, await readStoreId(folder)))) throw new FolderHeldError(folder, held);
      // Stale: its process is gone (a kill, a crash, a reboot) or is no longer this folder's Azurite.
      await unlink(path).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
    throw new Error(`could not take the lock ${path}: it keeps coming back`);
  } finally {
    await unlink(temporary).catch(() => {});
  }
}

/** Puts the lock in place, failing with EEXIST when there is one (a file system without hard links: created exclusively, then written). */
async function placeLock(temporary: string, path: string, lock: FolderLock): Promise<void> {
  try {
    await link(temporary, path);
    return;
  } catch (err) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
  }
  const file = await open(path, 'wx');
  try {
    await file.writeFile(JSON.stringify(lock));
    await file.sync();
  } finally {
    await file.close();
  }
}

/** The folder's store id, made (durably) the first time. Called while holding the folder's lock. */
async function ensureStoreId(folder: string): Promise<string> {
  const existing = await readStoreId(folder);
  if (existing) return existing;
  const id = randomUUID();
  await writeDurably(join(folder, STORE_ID_FILE), `${id}\n`);
  return id;
}

/** Answers `GET /.baton-store` itself; every other request goes to Azurite. */
function serveIdentity(server: Server, identity: () => StoreIdentity): void {
  const handlers = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === IDENTITY_PATH && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(identity()));
      return;
    }
    for (const handle of handlers) handle(req, res);
  });
}

export async function runAzuriteChild(options: AzuriteChildOptions): Promise<void> {
  const { TableServer, TableConfiguration } = loadAzurite();
  await mkdir(options.location, { recursive: true });
  const folder = await realpath(options.location);
  // Before anything of the folder is read: nobody else serves it from now on.
  const unlock = await lockFolder(folder, options.host, options.port);
  process.once('exit', unlock);
  const storeId = await ensureStoreId(folder);
  // host, port, keepAliveTimeout (s), dbPath, debugLog, accessLog, accessStream, debugPath, loose,
  // skipApiVersionCheck, cert, key, pwd, oauth, disableProductStyleUrl, inMemoryPersistence
  // (the settings of Baton's earlier `azurite-table --silent --skipApiVersionCheck --disableTelemetry`;
  // telemetry is never started here).
  const config = new TableConfiguration(
    options.host,
    options.port,
    5,
    join(options.location, TABLE_DB_FILE),
    false,
    false,
    undefined,
    undefined,
    false,
    true,
    '',
    '',
    '',
    undefined,
    false,
    false,
  );
  const server = new TableServer(config);
  const { store, db } = storeOf(server);
  const reportError = (err: Error) => {
    process.stderr.write(`azurite-child: writing the table data failed: ${err.message}\n`);
    send({ type: 'save-failed', message: err.message });
  };

  let journal: Journal | undefined;
  if (options.durable !== false) {
    // LokiJS's own saves (the one Azurite makes when it starts, and at close) fsync too.
    db.persistenceAdapter!.saveDatabase = (name, data, done) =>
      void writeDurably(name, data).then(
        () => done(null),
        (err: unknown) => done(err instanceof Error ? err : new Error(String(err))),
      );
    // Temporary files of saves a crash cut short: never renamed, so never part of the data.
    for (const name of await readdir(options.location)) {
      if (name.startsWith(`${TABLE_DB_FILE}.`) && name.endsWith('~')) await unlink(join(options.location, name)).catch(() => {});
    }
    const older = await Journal.existing(options.location);
    const opened = await Journal.open(db, options.location, older, reportError);
    journal = opened;
    if (options.snapshotJournalBytes !== undefined) opened.snapshotAfterBytes = options.snapshotJournalBytes;
    // Azurite's start: load the snapshot, [replay the journals, record from now on], create its
    // collections if new, save a snapshot (which then holds what the journals said), listen.
    const loadDB = store.loadDB.bind(store);
    store.loadDB = async () => {
      await loadDB();
      db.autosaveDisable();
      await Journal.replay(db, options.location, older);
      opened.track();
    };
    holdResponsesUntilDurable(server.httpServer, () => opened.durable());
  }
  let stopping: Promise<void> | undefined;
  serveIdentity(server.httpServer, () => ({ service: IDENTITY_SERVICE, pid: process.pid, port: options.port, location: folder, storeId, stopping: stopping !== undefined }));
  await server.start();
  if (journal) {
    db.autosaveDisable();
    // The snapshot Azurite just saved holds the replayed journals: a new one makes them redundant.
    await journal.flush();
  }
  const snapshots = journal ? setInterval((j: Journal) => j.maybeSnapshot(), 250, journal).unref() : undefined;

  const stop = (why: string): Promise<void> =>
    (stopping ??= (async () => {
      let code = 0;
      clearInterval(snapshots);
      try {
        await journal?.flush();
        // close(): stops taking requests; LokiJS's close saves once more if anything changed since.
        await server.close();
      } catch (err) {
        process.stderr.write(`azurite-child: stopping (${why}) failed: ${(err as Error).message}\n`);
        code = 1;
      }
      unlock();
      // Let responses held for that last write go out before the process ends.
      setTimeout(() => process.exit(code), 20);
    })());

  process.on('message', (msg: unknown) => {
    if ((msg as { type?: unknown } | null)?.type === 'shutdown') void stop('asked by Baton');
  });
  // The channel closes when Baton exits, whatever ended it.
  process.on('disconnect', () => void stop('Baton is gone'));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent || !process.connected) void stop('Baton is gone');
  }, 1_000).unref();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (!process.connected) return void stop(signal);
      // Usually sent to Baton too (Ctrl-C, a service manager stopping the group): Baton drains, then
      // stops us. If it does not within the grace period, stop anyway.
      setTimeout(() => void stop(`${signal}, Baton did not stop it`), SIGNAL_GRACE_MS).unref();
    });
  }
  send({ type: 'ready', address: server.getHttpServerAddress() });
}

function send(message: AzuriteChildMessage): void {
  if (process.connected) process.send?.(message);
}

if (import.meta.main) {
  try {
    if (!process.send) throw new Error('azurite-child.ts runs only as a child of Baton, with an IPC channel (see embedded-azurite.ts)');
    await runAzuriteChild(JSON.parse(process.argv[2] ?? '') as AzuriteChildOptions);
  } catch (err) {
    if (err instanceof FolderHeldError) {
      // Baton words the refusal (it knows its settings); stderr has it too, for a child started by hand.
      process.stderr.write(`${err.message}\n`);
      process.send!({ type: 'refused', holder: err.holder } satisfies AzuriteChildMessage, () => process.exit(3));
      setTimeout(() => process.exit(3), 1_000).unref();
      process.exitCode = 3;
    } else {
      process.stderr.write(`${(err as Error).message}\n`);
      process.exit(1);
    }
  }
}
