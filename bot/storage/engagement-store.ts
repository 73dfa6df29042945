import type { TableClient } from '@azure/data-tables';
import type { Engagement } from '../domain/engagement/engagement.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { statusOf } from './table-clients.ts';

const PARTITION = 'engagement';

export interface StoredEngagement {
  readonly engagement: Engagement;
  readonly etag: string;
}

/** Engagements in Azure Tables: one entity each, optimistic concurrency by ETag. */
export class EngagementStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
  }

  async get(id: string): Promise<StoredEngagement | undefined> {
    try {
      const entity = await this.#table.getEntity<Record<string, unknown>>(PARTITION, id);
      return { engagement: unpackJson<Engagement>(entity, 'data'), etag: entity.etag };
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** Creates the engagement, or returns the one that already exists (two installs racing). */
  async createIfMissing(engagement: Engagement): Promise<StoredEngagement> {
    try {
      const res = await this.#table.createEntity({ partitionKey: PARTITION, rowKey: engagement.id, ...packJson('data', engagement) });
      return { engagement, etag: res.etag ?? '' };
    } catch (err) {
      if (statusOf(err) !== 409) throw err;
      const existing = await this.get(engagement.id);
      if (!existing) throw err;
      return existing;
    }
  }

  /** Replaces the engagement if nobody changed it since `etag` was read. */
  async replace(engagement: Engagement, etag: string): Promise<StoredEngagement> {
    try {
      const res = await this.#table.updateEntity(
        { partitionKey: PARTITION, rowKey: engagement.id, ...packJson('data', engagement) },
        'Replace',
        { etag },
      );
      return { engagement, etag: res.etag ?? '' };
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 404) throw new ConcurrencyError(`Engagement ${engagement.id}`);
      throw err;
    }
  }

  /**
   * Read-modify-write with retries on concurrent changes. `change` returns the new engagement,
   * or undefined to leave it as it is.
   */
  async update(id: string, change: (current: Engagement) => Engagement | undefined, attempts = 5): Promise<StoredEngagement> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get(id);
      if (!current) throw new Error(`No engagement ${id}`);
      const next = change(current.engagement);
      if (!next) return current;
      try {
        return await this.replace(next, current.etag);
      } catch (err) {
        if (!(err instanceof ConcurrencyError) || attempt >= attempts) throw err;
      }
    }
  }

  async list(): Promise<Engagement[]> {
    const out: Engagement[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${PARTITION}'` } })) {
      out.push(unpackJson<Engagement>(entity, 'data'));
    }
    return out;
  }
}
