import type { BatonConfig } from '../config/config.ts';
import { startEmbeddedAzurite } from './embedded-azurite.ts';
import { openTables, type TableClients } from './table-clients.ts';

export interface OpenStorage {
  readonly tables: TableClients;
  /** "azure" or "embedded azurite (…)" for logs; never includes secrets. */
  readonly description: string;
  close(): Promise<void>;
}

/** Connects to the configured Azure Storage account, or starts (or joins) the embedded Azurite. */
export async function openStorage(config: BatonConfig, log: (msg: string) => void): Promise<OpenStorage> {
  if (config.storage.kind === 'azure') {
    const tables = await openTables(config.storage.connectionString, config.storage.tablePrefix);
    return { tables, description: 'Azure Table Storage (AZURE_STORAGE_CONNECTION_STRING)', close: async () => {} };
  }
  const azurite = await startEmbeddedAzurite({ dataDir: config.storage.dataDir, port: config.storage.port, log });
  try {
    const tables = await openTables(azurite.connectionString, config.storage.tablePrefix);
    return { tables, description: `embedded Azurite on 127.0.0.1:${config.storage.port}, data in ${config.storage.dataDir}`, close: () => azurite.stop() };
  } catch (err) {
    await azurite.stop();
    throw err;
  }
}
