import { TableClient, type TableServiceClientOptions } from '@azure/data-tables';

/** The tables Baton keeps, by purpose. Names get the configured prefix (e.g. "batonEngagements"). */
export const TABLE_PURPOSES = ['engagements', 'matrixVersions', 'questions', 'gaps', 'conversations', 'handoffs', 'alertSettings', 'rituals'] as const;
export type TablePurpose = (typeof TABLE_PURPOSES)[number];

export type TableClients = Readonly<Record<TablePurpose, TableClient>>;

function tableName(prefix: string, purpose: TablePurpose): string {
  return `${prefix}${purpose[0]!.toUpperCase()}${purpose.slice(1)}`;
}

/** Opens (and creates when missing) every table Baton uses. */
export async function openTables(connectionString: string, prefix: string): Promise<TableClients> {
  const options: TableServiceClientOptions = connectionString.includes('http://') ? { allowInsecureConnection: true } : {};
  const entries = await Promise.all(
    TABLE_PURPOSES.map(async (purpose) => {
      const client = TableClient.fromConnectionString(connectionString, tableName(prefix, purpose), options);
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

/** Row and partition keys may not contain / \ # ? or control characters: encode any text to a safe key. */
export function safeKey(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
