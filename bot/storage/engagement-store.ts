import type { TableClient } from '@azure/data-tables';
import type { Engagement } from '../domain/engagement/engagement.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import { retryOnConflict } from './conflict-retry.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { statusOf } from './table-clients.ts';

const PARTITION = 'engagement';

export interface StoredEngagement {
  readonly engagement: Engagement;
  readonly etag: string;
}

/**
 * What an engagement id names: an engagement, or a link to one (a team whose Baton was first set up in
 * someone's personal chat: the team's own id then points at that engagement, so its data stays where it is).
 */
export type EngagementRecord = StoredEngagement | { readonly linkedTo: string };

/** Engagements in Azure Tables: one entity each, optimistic concurrency by ETag. */
export class EngagementStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
  }

  /** The engagement with this id; undefined when there is none, or when the id is a link. */
  async get(id: string): Promise<StoredEngagement | undefined> {
    const record = await this.record(id);
    return record && 'engagement' in record ? record : undefined;
  }

  /** The engagement or the link stored under this id. */
  async record(id: string): Promise<EngagementRecord | undefined> {
    try {
      const entity = await this.#table.getEntity<Record<string, unknown>>(PARTITION, id);
      if (typeof entity.linkedTo === 'string') return { linkedTo: entity.linkedTo };
      return { engagement: unpackJson<Engagement>(entity, 'data'), etag: entity.etag };
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /**
   * Makes `id` a link to `target`: created, or replacing the engagement stored under `id` if it is still
   * the one read at `etag` (a fresh, never set-up engagement). False when someone changed it first.
   */
  async link(id: string, target: string, etag?: string): Promise<boolean> {
    const entity = { partitionKey: PARTITION, rowKey: id, linkedTo: target };
    try {
      if (etag === undefined) await this.#table.createEntity(entity);
      else await this.#table.updateEntity(entity, 'Replace', { etag });
      return true;
    } catch (err) {
      const status = statusOf(err);
      if (status === 409 || status === 412 || status === 404) return false;
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
      const res = await this.#table.updateEntity({ partitionKey: PARTITION, rowKey: engagement.id, ...packJson('data', engagement) }, 'Replace', { etag });
      return { engagement, etag: res.etag ?? '' };
    } catch (err) {
      const status = statusOf(err);
      if (status === 412 || status === 404) throw new ConcurrencyError(`Engagement ${engagement.id}`);
      throw err;
    }
  }

  /**
   * Read-modify-write with retries on concurrent changes (the one policy: see conflict-retry.ts).
   * `change` returns the new engagement, or undefined to leave it as it is.
   */
  async update(id: string, change: (current: Engagement) => Engagement | undefined): Promise<StoredEngagement> {
    return retryOnConflict(`Engagement ${id}`, async () => {
      const current = await this.get(id);
      if (!current) throw new Error(`No engagement ${id}`);
      const next = change(current.engagement);
      if (!next) return current;
      return this.replace(next, current.etag);
    });
  }

  async list(): Promise<Engagement[]> {
    const out: Engagement[] = [];
    for await (const entity of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${PARTITION}'` } })) {
      if (typeof entity.linkedTo === 'string') continue;
      out.push(unpackJson<Engagement>(entity, 'data'));
    }
    return out;
  }
}
