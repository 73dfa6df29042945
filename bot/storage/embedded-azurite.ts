import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AzuriteChildMessage, AzuriteChildOptions } from './azurite-child.ts';
import { developmentConnectionString } from './development-storage.ts';

/**
 * The embedded storage: Azurite's table service, started by the project itself as a child process
 * (azurite-child.ts), data kept under a local folder. Its responses are sent only once the change
 * they answer is on disk (fsynced), so what Azurite acknowledged to Baton survives both processes
 * being killed; it exits when this process does, however this process ends (SIGKILL included).
 *
 * If an Azurite is already listening on the port (for example the service started it and the CLI
 * runs beside it), that one is used and nothing is started.
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

const CHILD = fileURLToPath(new URL('./azurite-child.ts', import.meta.url));

export async function startEmbeddedAzurite(options: { dataDir: string; port: number; log?: (msg: string) => void }): Promise<EmbeddedAzurite> {
  const connectionString = developmentConnectionString(HOST, options.port);
  if (await portAnswers(options.port)) {
    options.log?.(`Using the Azurite already listening on ${HOST}:${options.port}`);
    return { connectionString, owned: false, stop: async () => {} };
  }
  const location = resolve(options.dataDir, 'azurite');
  mkdirSync(location, { recursive: true });
  const childOptions: AzuriteChildOptions = { host: HOST, port: options.port, location };
  // An IPC channel, not only pipes: its end is how the child learns that this process is gone.
  const child: ChildProcess = spawn(process.execPath, [CHILD, JSON.stringify(childOptions)], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let output = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (output.length < MAX_OUTPUT) output += d.toString();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let stopping: Promise<void> | undefined;

  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Azurite did not start on ${HOST}:${options.port} within ${START_TIMEOUT_MS / 1000} s: ${output.trim()}`));
    }, START_TIMEOUT_MS);
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      fail(new Error(`Azurite exited (${signal ?? `code ${code}`}) before it started: ${output.trim() || 'no output'}`));
    };
    child.once('exit', onExit);
    child.once('error', (err) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      fail(new Error(`Azurite could not be started: ${err.message}`));
    });
    child.on('message', (msg: AzuriteChildMessage) => {
      if (msg.type === 'ready') {
        clearTimeout(timer);
        child.off('exit', onExit);
        ready();
      }
    });
  });
  child.on('message', (msg: AzuriteChildMessage) => {
    if (msg.type === 'save-failed') options.log?.(`Azurite could not write its data to disk (the requests waiting for it were failed, not acknowledged): ${msg.message}`);
  });
  child.once('exit', (code, signal) => {
    if (!stopping) options.log?.(`Azurite exited unexpectedly (${signal ?? `code ${code}`}): ${output.trim()}`);
  });
  options.log?.(`Started Azurite (table service) on ${HOST}:${options.port}, data in ${location}`);

  return {
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
  };
}
