import type { TableClient } from '@azure/data-tables';
import type { AlertSettings } from '../domain/alerts/alert-settings.ts';
import { ConcurrencyError } from './concurrency-error.ts';
import { packJson, unpackJson } from './entity-json.ts';
import { statusOf } from './table-clients.ts';

const PARTITION = 'settings';

export interface StoredAlertSettings {
  readonly settings: AlertSettings;
  readonly etag: string;
}

/** Each engagement's alert settings (credentials, routing rules, timers): one entity, ETag-guarded. */
export class AlertSettingsStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
  }

  async get(engagementId: string): Promise<StoredAlertSettings | undefined> {
    try {
      const entity = await this.#table.getEntity<Record<string, unknown>>(PARTITION, engagementId);
      return { settings: unpackJson<AlertSettings>(entity, 'data'), etag: entity.etag };
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
  }

  /** Creates the settings, or returns the ones already there (two creators racing get the same). */
  async createIfMissing(settings: AlertSettings): Promise<StoredAlertSettings> {
    try {
      const res = await this.#table.createEntity({ partitionKey: PARTITION, rowKey: settings.engagementId, ...packJson('data', settings) });
      return { settings, etag: res.etag ?? '' };
    } catch (err) {
      if (statusOf(err) !== 409) throw err;
      const existing = await this.get(settings.engagementId);
      if (!existing) throw err;
      return existing;
    }
  }

  async replace(settings: AlertSettings, etag: string): Promise<StoredAlertSettings> {
    try {
      const res = await this.#table.updateEntity({ partitionKey: PARTITION, rowKey: settings.engagementId, ...packJson('data', settings) }, 'Replace', { etag });
      return { settings, etag: res.etag ?? '' };
    } catch (err) {
      if (statusOf(err) === 412 || statusOf(err) === 404) throw new ConcurrencyError(`Alert settings of ${settings.engagementId}`);
      throw err;
    }
  }
}
