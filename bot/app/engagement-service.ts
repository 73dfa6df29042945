import { DEFAULT_HOURS, type ConversationKind, type Engagement } from '../domain/engagement/engagement.ts';
import { engagementIdFor } from '../domain/engagement/engagement-id.ts';
import { moveToTeam, personalSetupToMove, sharedEngagementOf } from '../domain/engagement/engagement-home.ts';
import type { EngagementStore, StoredEngagement } from '../storage/engagement-store.ts';
import { isFresh, type Clock } from './clock.ts';

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
  /** Team ids that link to an engagement set up elsewhere (links never change once made). */
  readonly #links = new Map<string, string>();

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

  /**
   * The conversation's engagement, as `ensure`; and when the conversation is a team channel whose team
   * has no setup yet and `person` set Baton up in their personal chat, that engagement moves here
   * (`moved`): one setup, shared by the team's channels and its members' personal chats.
   */
  async ensureFor(binding: EngagementBinding, person: { readonly id: string }): Promise<{ engagement: Engagement; moved?: true }> {
    const engagement = await this.ensure(binding);
    if (binding.teamId === undefined || engagement.setUp || engagement.matrixVersion !== 0 || engagement.id !== engagementIdFor(binding)) return { engagement };
    const personal = personalSetupToMove(await this.#store.list(), binding.tenantId, person.id);
    if (!personal) return { engagement };
    const fresh = await this.#store.get(engagement.id);
    if (!fresh || fresh.engagement.setUp || !(await this.#store.link(engagement.id, personal.id, fresh.etag))) return { engagement: (await this.get(engagement.id)) ?? engagement };
    this.#cache.delete(engagement.id);
    this.#links.set(engagement.id, personal.id);
    const moved = await this.update(personal.id, (current) => moveToTeam(current, { teamId: binding.teamId!, conversationId: binding.conversationId }, this.#clock()));
    return { engagement: moved, moved: true };
  }

  /** The engagement with this id (following a team's link to an engagement set up elsewhere). */
  async get(id: string): Promise<Engagement | undefined> {
    const target = this.#links.get(id) ?? id;
    const hit = this.#cache.get(target);
    if (hit && isFresh(hit.readAt, this.#clock(), CACHE_MS)) return hit.stored.engagement;
    return this.#read(target, id);
  }

  /** Reads past the cache. */
  async getFresh(id: string): Promise<Engagement | undefined> {
    return this.#read(this.#links.get(id) ?? id, id);
  }

  async #read(target: string, asked: string): Promise<Engagement | undefined> {
    const record = await this.#store.record(target);
    if (record && 'linkedTo' in record) {
      if (target !== asked) return undefined; // links are one step: a link to a link is not followed
      this.#links.set(asked, record.linkedTo);
      return this.#read(record.linkedTo, asked);
    }
    if (record) this.#remember(record);
    return record?.engagement;
  }

  /** Read-modify-write with optimistic concurrency; `change` returns undefined to leave it unchanged. */
  async update(id: string, change: (current: Engagement) => Engagement | undefined): Promise<Engagement> {
    const stored = await this.#store.update(id, change);
    this.#remember(stored);
    return stored.engagement;
  }

  /**
   * The team (or group chat) engagement a personal chat speaks for: the set-up one of this tenant that
   * knows the person (the most recently changed when several do), so the personal chat answers from the
   * team's matrix instead of asking for a setup of its own.
   */
  async sharedEngagementOf(tenantId: string, userId: string): Promise<Engagement | undefined> {
    return sharedEngagementOf(await this.#store.list(), tenantId, userId);
  }

  async list(): Promise<Engagement[]> {
    return this.#store.list();
  }

  #remember(stored: StoredEngagement): void {
    if (this.#cache.size > 5_000) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(stored.engagement.id, { stored, readAt: this.#clock().getTime() });
  }
}
