import { spawn, type ChildProcess } from 'node:child_process';
import { azuriteConnectionString } from './azurite.ts';
import { freePort } from './free-port.ts';
import { waitUntil } from './wait-until.ts';

/** Baton as `npm start` runs it (bot/main.ts in its own process), on this run's Azurite. */
export interface BatonProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** SIGKILL, and wait until it is gone. */
  kill(): Promise<void>;
}

const started: ChildProcess[] = [];

/** Starts one on a free port with these tables (`prefix`) and extra settings; resolves once /healthz answers. */
export async function spawnBatonProcess(prefix: string, extra: Record<string, string> = {}): Promise<BatonProcess> {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(),
    BATON_TABLE_PREFIX: prefix,
    LOG_LEVEL: 'silent',
    ...extra,
  };
  const child = spawn(process.execPath, ['bot/main.ts'], { env, stdio: 'ignore' });
  started.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(async () => (await fetch(`${url}/healthz`).catch(() => undefined))?.ok === true, 20_000, 'Baton to start');
  return {
    child,
    url,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** For afterAll: every process this file started is killed. */
export function killBatonProcesses(): void {
  for (const child of started.splice(0)) child.kill('SIGKILL');
}
