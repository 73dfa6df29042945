import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { openTables, type TableClients } from '../../bot/storage/table-clients.ts';

/** The run's Azurite connection string (started by global-setup.ts). */
export function azuriteConnectionString(): string {
  return inject('azuriteConnectionString');
}

/** A fresh table prefix, so each test file has its own tables. */
export function uniqueTablePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

export async function freshTables(): Promise<{ tables: TableClients; prefix: string }> {
  const prefix = uniqueTablePrefix();
  return { tables: await openTables(azuriteConnectionString(), prefix), prefix };
}
