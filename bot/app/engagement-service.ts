import { DEFAULT_HOURS, type ConversationKind, type Engagement } from '../domain/engagement/engagement.ts';
import { engagementIdFor } from '../domain/engagement/engagement-id.ts';
import type { EngagementStore, StoredEngagement } from '../storage/engagement-store.ts';
import type { Clock } from './clock.ts';

export interface EngagementBinding {
  readonly tenantId: string;
  readonly teamId?: string;
  readonly conversationId: string;
  readonly conversationKind: ConversationKind;
}

/** How long a read engagement is trusted before it is read again (changes by other processes show up within this). */
const CACHE_MS = 2_000;

/**
 * Finds or creates the engagement for a conversation and keeps a short-lived cache so a
 * "who owns" turn does not pay a storage read every time. Writes go through `update`,
 * which refreshes the cache.
 */
export class EngagementService {
  readonly #store: EngagementStore;
  readonly #clock: Clock;
  readonly #defaultTimeZone: string;
  readonly #cache = new Map<string, { stored: StoredEngagement; readAt: number }>();

  constructor(store: EngagementStore, clock: Clock, defaultTimeZone: string) {
    this.#store = store;
    this.#clock = clock;
    this.#defaultTimeZone = defaultTimeZone;
  }

  /** The engagement for this conversation; created (not yet set up) on first contact. */
  async ensure(binding: EngagementBinding): Promise<Engagement> {
    const id = engagementIdFor(binding);
    const existing = await this.get(id);
    if (existing) return existing;
    const now = this.#clock().toISOString();
    const side = (name: string) => ({ name, timeZone: this.#defaultTimeZone, hours: DEFAULT_HOURS });
    const stored = await this.#store.createIfMissing({
      id,
      tenantId: binding.tenantId,
      ...(binding.teamId ? { teamId: binding.teamId } : {}),
      conversationId: binding.conversationId,
      conversationKind: binding.conversationKind,
      setUp: false,
      internal: side('Internal IT'),
      msp: side('MSP'),
      people: [],
      matrixVersion: 0,
      createdAt: now,
      updatedAt: now,
    });
    this.#remember(stored);
    return stored.engagement;
  }

  async get(id: string): Promise<Engagement | undefined> {
    const hit = this.#cache.get(id);
    if (hit && Date.now() - hit.readAt < CACHE_MS) return hit.stored.engagement;
    const stored = await this.#store.get(id);
    if (stored) this.#remember(stored);
    return stored?.engagement;
  }

  /** Reads past the cache. */
  async getFresh(id: string): Promise<Engagement | undefined> {
    const stored = await this.#store.get(id);
    if (stored) this.#remember(stored);
    return stored?.engagement;
  }

  /** Read-modify-write with optimistic concurrency; `change` returns undefined to leave it unchanged. */
  async update(id: string, change: (current: Engagement) => Engagement | undefined): Promise<Engagement> {
    const stored = await this.#store.update(id, change);
    this.#remember(stored);
    return stored.engagement;
  }

  /**
   * The one set-up engagement of this tenant that knows the person, if exactly one does: a personal
   * chat with Baton then answers from that team's matrix instead of asking for a setup of its own.
   */
  async soleEngagementOf(tenantId: string, userId: string): Promise<Engagement | undefined> {
    const known = (await this.#store.list()).filter((e) => e.setUp && e.tenantId === tenantId && e.people.some((p) => p.id === userId));
    return known.length === 1 ? known[0] : undefined;
  }

  async list(): Promise<Engagement[]> {
    return this.#store.list();
  }

  #remember(stored: StoredEngagement): void {
    if (this.#cache.size > 5_000) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(stored.engagement.id, { stored, readAt: Date.now() });
  }
}
