import type { TableClient } from '@azure/data-tables';
import type { MatrixVersion } from '../domain/matrix/matrix.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { statusOf } from './table-clients.ts';

const versionKey = (version: number): string => String(version).padStart(8, '0');

/** Version metadata without the rows, for history listings. */
export interface MatrixVersionInfo {
  readonly version: number;
  readonly author: string;
  readonly at: string;
  readonly reason: string;
  readonly rowCount: number;
}

/**
 * Published matrix versions, one partition per engagement, one immutable entity per version.
 * Versions never change once written, so reads are cached in memory.
 */
export class MatrixVersionStore {
  readonly #table: TableClient;
  readonly #cache = new Map<string, MatrixVersion>();

  constructor(table: TableClient) {
    this.#table = table;
  }

  async get(engagementId: string, version: number): Promise<MatrixVersion | undefined> {
    const cacheKey = `${engagementId}/${version}`;
    const cached = this.#cache.get(cacheKey);
    if (cached) return cached;
    try {
      const entity = await this.#table.getEntity<Record<string, unknown>>(engagementId, versionKey(version));
      const stored = unpackJson<MatrixVersion>(entity, 'data');
      this.#remember(cacheKey, stored);
      return stored;
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** Writes a new version; fails with ConcurrencyError if that version number was taken meanwhile. */
  async create(version: MatrixVersion): Promise<void> {
    try {
      await this.#table.createEntity({
        partitionKey: version.engagementId,
        rowKey: versionKey(version.version),
        author: version.author,
        at: version.at,
        reason: version.reason,
        rowCount: version.matrix.rows.length,
        ...packJson('data', version),
      });
    } catch (err) {
      if (statusOf(err) === 409) throw new ConcurrencyError(`Matrix version ${version.version}`);
      throw err;
    }
    this.#remember(`${version.engagementId}/${version.version}`, version);
  }

  async history(engagementId: string): Promise<MatrixVersionInfo[]> {
    const out: MatrixVersionInfo[] = [];
    const entities = this.#table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: `PartitionKey eq '${engagementId}'`, select: ['RowKey', 'author', 'at', 'reason', 'rowCount'] },
    });
    for await (const e of entities) {
      out.push({ version: Number(e.rowKey), author: String(e.author), at: String(e.at), reason: String(e.reason), rowCount: Number(e.rowCount) });
    }
    return out;
  }

  #remember(key: string, version: MatrixVersion): void {
    if (this.#cache.size > 500) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(key, version);
  }
}
