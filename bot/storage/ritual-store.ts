import type { TableClient } from '@azure/data-tables';
import type { RitualSchedule } from '../domain/rituals/ritual-schedule.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { safeKey, statusOf } from './table-clients.ts';

/**
 * Rituals in Azure Tables, one partition per engagement: its schedule (`schedule`), and one row per
 * occurrence (`occ|standup/2026-11-23`) that is the occurrence's lease. Whoever creates the row (or takes
 * over an expired lease, by ETag) runs the occurrence; a finished one is marked done and never runs again.
 */

export interface StoredSchedule {
  readonly schedule: RitualSchedule;
  /** Occurrences before this instant are never run (nothing retroactive when a schedule starts). */
  readonly activeSince: string;
  readonly etag: string;
}

export type OccurrenceClaim = { readonly outcome: 'mine'; readonly etag: string; readonly takenOver: boolean } | { readonly outcome: 'done' | 'busy' };

const SCHEDULE = 'schedule';
const occurrenceKey = (key: string) => `occ|${safeKey(key)}`;

export class RitualStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
  }

  async schedule(engagementId: string): Promise<StoredSchedule | undefined> {
    try {
      const e = await this.#table.getEntity<Record<string, unknown>>(engagementId, SCHEDULE);
      return { schedule: unpackJson<RitualSchedule>(e, 'data'), activeSince: String(e.activeSince), etag: e.etag };
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** The schedule, created with `initial` (active from `now`) when the engagement has none yet. */
  async ensureSchedule(engagementId: string, initial: RitualSchedule, now: Date): Promise<StoredSchedule> {
    const existing = await this.schedule(engagementId);
    if (existing) return existing;
    try {
      const res = await this.#table.createEntity({ partitionKey: engagementId, rowKey: SCHEDULE, activeSince: now.toISOString(), ...packJson('data', initial) });
      return { schedule: initial, activeSince: now.toISOString(), etag: res.etag ?? '' };
    } catch (err) {
      if (statusOf(err) !== 409) throw err;
      const raced = await this.schedule(engagementId);
      if (!raced) throw err;
      return raced;
    }
  }

  /**
   * Replaces the schedule (ETag of the one read; absent when there was none). It is active from `now`:
   * a change never fires an occurrence that would have been due before it. False when it changed meanwhile.
   */
  async saveSchedule(engagementId: string, schedule: RitualSchedule, etag: string | undefined, now: Date): Promise<boolean> {
    const entity = { partitionKey: engagementId, rowKey: SCHEDULE, activeSince: now.toISOString(), ...packJson('data', schedule) };
    try {
      if (etag === undefined) await this.#table.createEntity(entity);
      else await this.#table.updateEntity(entity, 'Replace', { etag });
      return true;
    } catch (err) {
      if (statusOf(err) === 409 || statusOf(err) === 412) return false;
      throw err;
    }
  }

  /**
   * Takes an occurrence for `owner` until `leaseUntil`: 'mine' when this instance must run it (first,
   * or taking over from an instance whose lease ran out), 'done' when it ran, 'busy' while another runs it.
   */
  async claim(engagementId: string, key: string, owner: string, now: Date, leaseMs: number): Promise<OccurrenceClaim> {
    const leaseUntil = new Date(now.getTime() + leaseMs).toISOString();
    try {
      const res = await this.#table.createEntity({
        partitionKey: engagementId,
        rowKey: occurrenceKey(key),
        key,
        state: 'running',
        owner,
        leaseUntil,
        claimedAt: now.toISOString(),
      });
      return { outcome: 'mine', etag: res.etag ?? '', takenOver: false };
    } catch (err) {
      if (statusOf(err) !== 409) throw err;
    }
    const row = await this.#table.getEntity<Record<string, unknown>>(engagementId, occurrenceKey(key));
    if (row.state === 'done') return { outcome: 'done' };
    if (String(row.leaseUntil) > now.toISOString()) return { outcome: 'busy' };
    try {
      const res = await this.#table.updateEntity({ partitionKey: engagementId, rowKey: occurrenceKey(key), owner, leaseUntil, takenOverAt: now.toISOString() }, 'Merge', {
        etag: row.etag,
      });
      return { outcome: 'mine', etag: res.etag ?? '', takenOver: true };
    } catch (err) {
      if (statusOf(err) === 412) return { outcome: 'busy' };
      throw err;
    }
  }

  /** Marks the occurrence done; false when another instance took it over meanwhile (it finishes it). */
  async complete(engagementId: string, key: string, etag: string, now: Date): Promise<boolean> {
    try {
      await this.#table.updateEntity({ partitionKey: engagementId, rowKey: occurrenceKey(key), state: 'done', doneAt: now.toISOString() }, 'Merge', { etag });
      return true;
    } catch (err) {
      if (statusOf(err) === 412) return false;
      throw err;
    }
  }
}
