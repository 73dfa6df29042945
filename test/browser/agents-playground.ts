import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/free-port.ts';

/** Microsoft's local Teams emulator (@microsoft/m365agentsplayground), run from the project's node_modules. */
const CLI = fileURLToPath(new URL('../../node_modules/@microsoft/m365agentsplayground/cli.js', import.meta.url));

export interface RunningPlayground {
  /** Where the browser opens the emulator's UI, e.g. http://localhost:41234/ */
  readonly url: string;
  readonly port: number;
  /** Everything the emulator printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the emulator as a child process in its own process group, on a free port, pointed at `botEndpoint`,
 * with no browser of its own and no telemetry. Its working directory (where it writes `devTools/`) is a
 * temporary directory, removed on stop. Resolves once `GET /_debug/ping` answers `pong` on the port it
 * says it listens on (it silently falls back to another port when the asked one is taken).
 */
export async function startPlayground(options: { botEndpoint: string; timeoutMs?: number }): Promise<RunningPlayground> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const requested = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), 'baton-playground-'));
  const env: NodeJS.ProcessEnv = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' };
  // Settings the emulator would otherwise take from the environment instead of the command line.
  delete env.TEAMSAPPTESTER_PORT;
  delete env.BOT_ENDPOINT;

  const child = spawn(process.execPath, [CLI, '-e', options.botEndpoint, '--port', String(requested), '--disable-telemetry'], {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async (): Promise<void> => {
    if (running && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // the whole process group
      } catch {
        /* already gone */
      }
      const killed = await Promise.race([exited.then(() => true), delay(5_000).then(() => false)]);
      if (!killed && running) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
        await exited;
      }
    }
    rmSync(cwd, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + timeoutMs;
    let port: number | undefined;
    while (Date.now() < deadline) {
      if (!running) throw new Error(`the emulator exited before it was ready:\n${output}`);
      port ??= listeningPort(output);
      if (port !== undefined && (await ping(port))) {
        return { url: `http://localhost:${port}/`, port, output: () => output, stop };
      }
      await delay(200);
    }
    throw new Error(`the emulator did not answer /_debug/ping within ${timeoutMs} ms (asked for port ${requested}):\n${output}`);
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The port from the emulator's "Listening on 41234" line. */
function listeningPort(output: string): number | undefined {
  const match = /Listening on (\d+)/.exec(output);
  return match ? Number(match[1]) : undefined;
}

async function ping(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/_debug/ping`, { signal: AbortSignal.timeout(2_000) });
    return res.ok && (await res.text()).trim() === 'pong';
  } catch {
    return false;
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
