import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { resolve } from 'node:path';
import { developmentConnectionString } from './development-storage.ts';

/**
 * The embedded storage: Azurite's table service, started by the project itself as a child process,
 * data kept under a local folder. If an Azurite is already listening on the port (for example the
 * service started it and the CLI runs beside it), that one is used and nothing is started.
 */
export interface EmbeddedAzurite {
  readonly connectionString: string;
  /** True when this process started Azurite (and so stops it). */
  readonly owned: boolean;
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';

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

function azuriteTableMain(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('azurite/package.json');
  return resolve(pkg, '..', 'dist', 'src', 'table', 'main.js');
}

export async function startEmbeddedAzurite(options: { dataDir: string; port: number; log?: (msg: string) => void }): Promise<EmbeddedAzurite> {
  const connectionString = developmentConnectionString(HOST, options.port);
  if (await portAnswers(options.port)) {
    options.log?.(`Using the Azurite already listening on ${HOST}:${options.port}`);
    return { connectionString, owned: false, stop: async () => {} };
  }
  const location = resolve(options.dataDir, 'azurite');
  mkdirSync(location, { recursive: true });
  const child: ChildProcess = spawn(
    process.execPath,
    [azuriteTableMain(), '--tableHost', HOST, '--tablePort', String(options.port), '--location', location, '--disableTelemetry', '--silent', '--skipApiVersionCheck'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 30_000;
  while (!(await portAnswers(options.port))) {
    if (child.exitCode !== null) throw new Error(`Azurite exited with code ${child.exitCode}: ${output.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Azurite did not start on ${HOST}:${options.port} within 30 s: ${output.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  options.log?.(`Started Azurite (table service) on ${HOST}:${options.port}, data in ${location}`);
  return {
    connectionString,
    owned: true,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        // SIGINT makes Azurite flush its database to disk before it exits.
        child.kill('SIGINT');
      }),
  };
}
