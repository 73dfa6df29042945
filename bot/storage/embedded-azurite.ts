import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, realpathSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { identifyPort, isStoreOf, readStoreId, type AzuriteChildMessage, type AzuriteChildOptions, type FolderLock, type PortHolder } from './azurite-child.ts';
import { developmentConnectionString } from './development-storage.ts';

/**
 * The embedded storage: Azurite's table service, started by the project itself as a child process
 * (azurite-child.ts), data kept under a local folder. Its responses are sent only once the change
 * they answer is on disk (fsynced), so what Azurite acknowledged to Baton survives both processes
 * being killed; it exits when this process does, however this process ends (SIGKILL included).
 *
 * If something already listens on the port, it is used only when it is Baton's Azurite for this very
 * data folder (for example the service started it and the CLI runs beside it): it says which folder
 * it serves (`GET /.baton-store`, see azurite-child.ts). Anything else there (another installation's
 * Azurite, a plain Azurite, another program) is refused with an AzuriteConflictError saying what
 * holds the port and what to do; so is a second Azurite for a folder another port already serves.
 */
export interface EmbeddedAzurite {
  readonly connectionString: string;
  /** True when this process started Azurite (and so stops it). */
  readonly owned: boolean;
  /** The Azurite process, when this process started it. */
  readonly pid?: number;
  /** Saves, stops taking requests and exits; resolves once the process is gone. */
  stop(): Promise<void>;
}

/** The embedded storage cannot be used as configured; the message says why and what to change. */
export class AzuriteConflictError extends Error {
  override readonly name = 'AzuriteConflictError';
}

const HOST = '127.0.0.1';
/** A start slower than this is a failure. */
const START_TIMEOUT_MS = 30_000;
/** How long a stop may take (a last save of a large database included) before the process is killed. */
const STOP_TIMEOUT_MS = 15_000;
/** Kept of the child's stderr, for the message when it fails to start. */
const MAX_OUTPUT = 4_000;

function portAnswers(port: number, timeoutMs = 300): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: HOST, port });
    const finish = (ok: boolean) => {
      socket.destroy();
      done(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A port near this one that is free on 127.0.0.1 right now, to suggest (10012, 10022, … for 10002). */
async function freePortNear(port: number): Promise<number | undefined> {
  for (let candidate = port + 10; candidate <= Math.min(65535, port + 200); candidate += 10) {
    const free = await new Promise<boolean>((done) => {
      const server = createServer();
      server.once('error', () => done(false));
      server.listen(candidate, HOST, () => server.close(() => done(true)));
    });
    if (free) return candidate;
  }
  return undefined;
}

/** What to tell someone whose port is held by something other than this folder's Azurite. */
async function portConflict(port: number, folder: string, holder: PortHolder): Promise<string> {
  const suggestion = await freePortNear(port);
  const freePort = `set BATON_AZURITE_PORT to a free port for this installation (${suggestion ? `BATON_AZURITE_PORT=${suggestion} is free now; put it` : 'put it'} in .env, so that the service and the CLI both use it)`;
  if (holder.kind === 'baton') {
    const other = holder.identity;
    const what =
      other.location === folder ? `a copy of this data folder (the same path, another store id: another machine's or a restored folder)` : `the data in ${other.location}`;
    return (
      `${HOST}:${port} is held by another Baton's Azurite (process ${other.pid}), serving ${what}, not this installation's data folder ${folder}. ` +
      `Baton does not use another installation's data. Either ${freePort}, or stop the other Baton.`
    );
  }
  const azurite = holder.kind === 'http' && /azurite/i.test(holder.server ?? '');
  if (azurite) {
    return (
      `${HOST}:${port} is held by an Azurite that is not Baton's own for ${folder} (it answered as "${holder.server}": a plain Azurite, or one started by an older Baton; which data it keeps is unknown), so Baton does not use it. ` +
      `Either ${freePort}, or stop that Azurite (an older Baton's: restart that Baton). To keep Baton's data in that Azurite on purpose, set AZURE_STORAGE_CONNECTION_STRING to its connection string instead.`
    );
  }
  const answered = holder.kind === 'http' ? `it answered HTTP${holder.server ? ` as "${holder.server}"` : ''}` : 'it did not answer HTTP';
  return `${HOST}:${port} is in use by another program, not an Azurite (${answered}), so Baton cannot start its storage there. Either ${freePort}, or stop that program.`;
}

/** What to tell someone whose data folder another port's Azurite already serves. */
function folderConflict(port: number, folder: string, holder: FolderLock): string {
  return (
    `The data folder ${folder} is already served by Baton's Azurite on ${holder.host}:${holder.port} (process ${holder.pid}), not on ${HOST}:${port} as configured here. ` +
    `Two Azurites on one folder would overwrite each other's data, so no second one is started. ` +
    `Use BATON_AZURITE_PORT=${holder.port} here too (the CLI then works beside the running service), or stop the Baton that started it.`
  );
}

const CHILD = fileURLToPath(new URL('./azurite-child.ts', import.meta.url));

export async function startEmbeddedAzurite(options: { dataDir: string; port: number; log?: (msg: string) => void }): Promise<EmbeddedAzurite> {
  const connectionString = developmentConnectionString(HOST, options.port);
  const location = resolve(options.dataDir, 'azurite');
  mkdirSync(location, { recursive: true });
  const folder = realpathSync(location);
  // Each pass: join this folder's Azurite if it is on the port (anything else there is refused), else
  // start one. A start can lose a race (another Baton or CLI for this folder started one a moment
  // earlier), and then the next pass joins that one.
  const deadline = Date.now() + 2 * START_TIMEOUT_MS;
  for (;;) {
    if (await portAnswers(options.port)) {
      const holder = await identifyPort(HOST, options.port);
      if (holder.kind !== 'baton' || !isStoreOf(holder.identity, folder, await readStoreId(folder))) {
        throw new AzuriteConflictError(await portConflict(options.port, folder, holder));
      }
      if (!holder.identity.stopping) {
        options.log?.(`Using Baton's Azurite already running for ${folder} on ${HOST}:${options.port} (process ${holder.identity.pid})`);
        return { connectionString, owned: false, stop: async () => {} };
      }
      // This folder's Azurite, saving and exiting (its Baton has just stopped): start anew once it is gone.
      if (Date.now() > deadline)
        throw new AzuriteConflictError(
          `Baton's Azurite for ${folder} on ${HOST}:${options.port} (process ${holder.identity.pid}) is stopping and has not exited; try again once it has.`,
        );
      await sleep(100);
      continue;
    }
    const started = await startChild(options, folder, connectionString);
    if (started.kind === 'started') return started.azurite;
    if (started.kind === 'refused' && started.holder.port !== options.port) throw new AzuriteConflictError(folderConflict(options.port, folder, started.holder));
    if (Date.now() > deadline) {
      throw new Error(
        started.kind === 'refused'
          ? `Azurite did not start on ${HOST}:${options.port}: ${folder} is locked by process ${started.holder.pid}, which does not answer; if no Baton is running, delete ${resolve(folder, 'baton-azurite.lock')}`
          : `Azurite did not start on ${HOST}:${options.port}: the port was taken while it started`,
      );
    }
    await sleep(100);
  }
}

type ChildStart = { readonly kind: 'started'; readonly azurite: EmbeddedAzurite } | { readonly kind: 'refused'; readonly holder: FolderLock } | { readonly kind: 'port-taken' };

/** Starts this folder's Azurite, unless another holds the folder or takes the port meanwhile (then says so). */
async function startChild(options: { port: number; log?: (msg: string) => void }, location: string, connectionString: string): Promise<ChildStart> {
  const childOptions: AzuriteChildOptions = { host: HOST, port: options.port, location };
  // An IPC channel, not only pipes: its end is how the child learns that this process is gone.
  const child: ChildProcess = spawn(process.execPath, [CHILD, JSON.stringify(childOptions)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let output = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (output.length < MAX_OUTPUT) output += d.toString();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stopping: Promise<void> | undefined;

  let refusedBy: FolderLock | undefined;
  const outcome = await new Promise<'ready' | 'exited'>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Azurite did not start on ${HOST}:${options.port} within ${START_TIMEOUT_MS / 1000} s: ${output.trim()}`));
    }, START_TIMEOUT_MS);
    const onExit = () => {
      clearTimeout(timer);
      // Its last messages (a refusal) may still be in the IPC channel: read them until it closes.
      if (!child.connected) return ready('exited');
      child.once('disconnect', () => ready('exited'));
      setTimeout(() => ready('exited'), 1_000).unref();
    };
    child.once('exit', onExit);
    child.once('error', (err) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      fail(new Error(`Azurite could not be started: ${err.message}`));
    });
    child.on('message', (msg: AzuriteChildMessage) => {
      if (msg.type === 'refused') refusedBy = msg.holder;
      if (msg.type === 'ready') {
        clearTimeout(timer);
        child.off('exit', onExit);
        ready('ready');
      }
    });
  });
  if (outcome === 'exited') {
    if (refusedBy) return { kind: 'refused', holder: refusedBy };
    // Another process took the port while this one started (the next pass says whose it is).
    if (await portAnswers(options.port)) return { kind: 'port-taken' };
    throw new Error(`Azurite exited (${child.signalCode ?? `code ${child.exitCode}`}) before it started: ${output.trim() || 'no output'}`);
  }
  child.on('message', (msg: AzuriteChildMessage) => {
    if (msg.type === 'save-failed') options.log?.(`Azurite could not write its data to disk (the requests waiting for it were failed, not acknowledged): ${msg.message}`);
  });
  child.once('exit', (code, signal) => {
    if (!stopping) options.log?.(`Azurite exited unexpectedly (${signal ?? `code ${code}`}): ${output.trim()}`);
  });
  options.log?.(`Started Azurite (table service) on ${HOST}:${options.port}, data in ${location}`);

  return {
    kind: 'started',
    azurite: {
      connectionString,
      owned: true,
      ...(child.pid !== undefined ? { pid: child.pid } : {}),
      stop: () =>
        (stopping ??= (async () => {
          if (child.exitCode !== null || child.signalCode !== null) return;
          const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
          // The child saves, closes and exits; if the channel is already gone it is doing so by itself.
          if (child.connected) child.send({ type: 'shutdown' }, () => {});
          await exited;
          clearTimeout(timer);
        })()),
    },
  };
}
