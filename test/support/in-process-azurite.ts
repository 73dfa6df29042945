import { createRequire } from 'node:module';
import { developmentConnectionString } from '../../bot/storage/development-storage.ts';

interface AzuriteTableServer {
  start(): Promise<void>;
  close(): Promise<void>;
  getHttpServerAddress(): string;
}

/** Azurite's table service in this process, in memory, on a free port (tests and benchmarks). */
export async function startInProcessAzurite(): Promise<{ connectionString: string; stop(): Promise<void> }> {
  const require = createRequire(import.meta.url);
  const { default: TableServer } = require('azurite/dist/src/table/TableServer') as { default: new (c: unknown) => AzuriteTableServer };
  const { default: TableConfiguration } = require('azurite/dist/src/table/TableConfiguration') as { default: new (...args: unknown[]) => unknown };
  // host, port, keepAlive, dbPath, debugLog, accessLog, accessStream, debugPath, loose, skipApiVersionCheck,
  // cert, key, pwd, oauth, disableProductStyleUrl, inMemoryPersistence
  const config = new TableConfiguration('127.0.0.1', 0, 5, 'in-memory.json', false, false, undefined, undefined, false, true, '', '', '', undefined, false, true);
  const server = new TableServer(config);
  await server.start();
  const port = Number(new URL(server.getHttpServerAddress()).port);
  return { connectionString: developmentConnectionString('127.0.0.1', port), stop: () => server.close() };
}
