import { startBaton, type RunningBaton, type StartOptions } from '../../bot/composition.ts';
import type { Clock } from '../../bot/app/clock.ts';
import { azuriteConnectionString, uniqueTablePrefix } from './azurite.ts';
import { LocalConnector } from './local-connector.ts';

/** Baton running for real (HTTP on a free port, Azurite tables of its own), and a local connector for its replies. */
export interface TestBaton {
  readonly baton: RunningBaton;
  readonly connector: LocalConnector;
  readonly url: string;
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

/** The environment of a Baton under test: a free port, this run's Azurite with tables of its own, no logs. */
export function testBatonEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(),
    BATON_TABLE_PREFIX: uniqueTablePrefix(),
    LOG_LEVEL: 'silent',
    ...extra,
  };
}

export async function startTestBaton(options: { clock?: Clock; env?: Record<string, string>; authOverrides?: StartOptions['authOverrides'] } = {}): Promise<TestBaton> {
  const connector = new LocalConnector();
  await connector.start();
  const baton = await startBaton({
    env: testBatonEnv({ BATON_DEFAULT_TIMEZONE: 'America/New_York', ...options.env }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.authOverrides ? { authOverrides: options.authOverrides } : {}),
  });
  const url = `http://127.0.0.1:${baton.port}`;
  return {
    baton,
    connector,
    url,
    async post(activity, headers = {}) {
      const res = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ serviceUrl: connector.url, ...activity }),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body };
    },
    async stop() {
      await baton.stop();
      await connector.stop();
    },
  };
}
