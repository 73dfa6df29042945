import { createHash } from 'node:crypto';
import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import { DEV_ACCOUNT } from './development-storage.ts';
import { addTableRequestPolicies } from './table-request-policies.ts';

/** The tables Baton keeps, by purpose. Names get the configured prefix (e.g. "batonEngagements"). */
export const TABLE_PURPOSES = ['engagements', 'matrixVersions', 'questions', 'gaps', 'conversations', 'handoffs', 'alertSettings', 'rituals', 'corrections'] as const;
export type TablePurpose = (typeof TABLE_PURPOSES)[number];

export type TableClients = Readonly<Record<TablePurpose, TableClient>>;

function tableName(prefix: string, purpose: TablePurpose): string {
  return `${prefix}${purpose[0]!.toUpperCase()}${purpose.slice(1)}`;
}

/**
 * The storage emulator (Azurite): its well-known account, the `UseDevelopmentStorage=true` shorthand,
 * or a table endpoint on this machine (Azure Storage never is).
 */
export function isEmulatorConnection(connectionString: string): boolean {
  const parts = connectionString.split(';').map((part) => part.trim());
  return parts.some((part) => {
    const [name = '', ...rest] = part.split('=');
    const key = name.toLowerCase();
    const value = rest.join('=');
    if (key === 'usedevelopmentstorage') return value.toLowerCase() === 'true';
    if (key === 'accountname') return value === DEV_ACCOUNT;
    if (key === 'tableendpoint') {
      try {
        return /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(new URL(value).hostname);
      } catch {
        return false;
      }
    }
    return false;
  });
}

/**
 * Opens (and creates when missing) every table Baton uses. Every client gets Baton's request
 * policies (table-request-policies.ts): text with U+2028 / U+2029 in a transaction, and large
 * non-ASCII values on the emulator, are stored exactly.
 */
export async function openTables(connectionString: string, prefix: string): Promise<TableClients> {
  const options: TableServiceClientOptions = connectionString.includes('http://') ? { allowInsecureConnection: true } : {};
  const emulator = isEmulatorConnection(connectionString);
  const entries = await Promise.all(
    TABLE_PURPOSES.map(async (purpose) => {
      const client = TableClient.fromConnectionString(connectionString, tableName(prefix, purpose), options);
      addTableRequestPolicies(client, { emulator });
      await client.createTable();
      return [purpose, client] as const;
    }),
  );
  return Object.fromEntries(entries) as TableClients;
}

/** HTTP status of an Azure Tables error, if it is one. */
export function statusOf(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'statusCode' in err ? (err as { statusCode?: number }).statusCode : undefined;
}

/**
 * Longest key text safeKey returns. Azure Tables (and Azurite) refuse a PartitionKey or RowKey over
 * 1 KiB, i.e. 512 UTF-16 characters, with a 400 for good; the callers add short prefixes and suffixes.
 */
export const MAX_SAFE_KEY = 480;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Row and partition keys may not contain / \ # ? or control characters: encode any text to a safe key,
 * one key per distinct text and never longer than MAX_SAFE_KEY. The base64url of the text's UTF-8,
 * as always, when it fits and the text is valid Unicode (so keys already stored stay the same);
 * otherwise "~" (not a base64url character, so no collision with those) and the SHA-256 of its
 * UTF-16 code units. Found: a 255-character dedup key of "✓" made a 1,022-character row key, which
 * storage refused on every retry (a 503 the sender retried forever); and UTF-8 turned every lone
 * surrogate into U+FFFD, so "a\ud800" and "a\udc00" shared one key.
 */
export function safeKey(text: string): string {
  const key = LONE_SURROGATE.test(text) ? undefined : Buffer.from(text, 'utf8').toString('base64url');
  if (key !== undefined && key.length <= MAX_SAFE_KEY) return key;
  return `~${createHash('sha256').update(Buffer.from(text, 'utf16le')).digest('base64url')}`;
}
