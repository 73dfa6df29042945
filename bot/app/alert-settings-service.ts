import { DEFAULT_ESCALATION_CAP, DEFAULT_ESCALATION_MINUTES, type AlertSettings } from '../domain/alerts/alert-settings.ts';
import { newAlertCredentials, rotateCredentials } from '../domain/alerts/alert-credentials.ts';
import type { AlertSettingsStore } from '../storage/alert-settings-store.ts';
import { ConcurrencyError } from '../storage/concurrency-error.ts';
import { retryOnConflict } from '../storage/conflict-retry.ts';
import { isFresh, type Clock } from './clock.ts';

/** Alerts accepted per engagement per minute before 429 (PagerDuty throttles at a similar order). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

/** How long a read of the settings is reused: a rotation reaches every instance within this. */
const CACHE_MS = 5_000;

/**
 * Each engagement's alert settings, created with fresh credentials on first use. Reads are cached
 * briefly: every alert needs them, and they change only on rotation or a rules edit.
 */
export class AlertSettingsService {
  readonly #store: AlertSettingsStore;
  readonly #clock: Clock;
  readonly #cache = new Map<string, { settings: AlertSettings; readAt: number }>();

  constructor(store: AlertSettingsStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  /** The settings, cached; undefined when the engagement has none yet (no credentials: nothing to accept). */
  async find(engagementId: string): Promise<AlertSettings | undefined> {
    const cached = this.#cache.get(engagementId);
    if (cached && isFresh(cached.readAt, this.#clock(), CACHE_MS)) return cached.settings;
    const stored = await this.#store.get(engagementId);
    if (stored) this.#remember(stored.settings);
    return stored?.settings;
  }

  /** The settings, created with new credentials when missing. */
  async ensure(engagementId: string): Promise<AlertSettings> {
    const existing = await this.#store.get(engagementId);
    if (existing) return this.#remember(existing.settings);
    const created = await this.#store.createIfMissing({
      engagementId,
      current: newAlertCredentials(this.#clock()),
      rules: [],
      escalationMinutes: DEFAULT_ESCALATION_MINUTES,
      escalationCap: DEFAULT_ESCALATION_CAP,
      rateLimitPerMinute: DEFAULT_RATE_LIMIT_PER_MINUTE,
    });
    return this.#remember(created.settings);
  }

  /** New credentials; the old ones stay valid for `graceHours` so senders can be switched over. */
  async rotate(engagementId: string, graceHours = 24): Promise<AlertSettings> {
    return this.update(engagementId, (s) => rotateCredentials(s, this.#clock(), graceHours));
  }

  async update(engagementId: string, change: (current: AlertSettings) => AlertSettings): Promise<AlertSettings> {
    return retryOnConflict(`Alert settings of ${engagementId}`, async () => {
      await this.ensure(engagementId);
      const stored = await this.#store.get(engagementId);
      // Deleted between the two reads: as good as changed; read again.
      if (!stored) throw new ConcurrencyError(`Alert settings of ${engagementId}`);
      return this.#remember((await this.#store.replace(change(stored.settings), stored.etag)).settings);
    });
  }

  #remember(settings: AlertSettings): AlertSettings {
    if (this.#cache.size > 10_000) this.#cache.clear();
    this.#cache.set(settings.engagementId, { settings, readAt: this.#clock().getTime() });
    return settings;
  }
}
