import { randomUUID } from 'node:crypto';
import type { Correction, OriginalOutcome } from '../domain/corrections/correction.ts';
import { correctionRights, correctorOf, mayManageLearned, REFUSAL_CORRECTION, REFUSAL_LEARNED } from '../domain/corrections/correction-permissions.ts';
import {
  confirmPhrasing,
  dropPhrasing,
  isActive,
  learnedSet,
  learnFromCorrection,
  type LearnedPhrasingRecord,
  type LearningEvent,
  type ManageResult,
} from '../domain/corrections/learned-phrasing.ts';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Matrix, MatrixRow } from '../domain/matrix/matrix.ts';
import type { LearnedPhrasing } from '../domain/resolver/matrix-resolver.ts';
import { learnedFate, learnedForReview, type ReviewLearnedRow } from '../domain/rituals/review-learned.ts';
import type { Review } from '../domain/rituals/review.ts';
import { retryOnConflict } from '../storage/conflict-retry.ts';
import { MAX_CHANGE_ROWS, type CorrectionStore, type LearningState } from '../storage/correction-store.ts';
import { isFresh, type Clock } from './clock.ts';

/** How long an engagement's learned phrasings are reused before they are read again (other instances' changes). */
const LEARNED_TTL_MS = 5_000;

export interface CorrectInput {
  readonly engagement: Engagement;
  readonly actor: { readonly id: string; readonly name: string; readonly aadObjectId?: string };
  readonly question: string;
  readonly topic: string;
  readonly row: MatrixRow;
  readonly matrixVersion: number;
  readonly original: OriginalOutcome;
  readonly via: Correction['via'];
}

export type CorrectOutcome =
  | { readonly ok: true; readonly correction: Correction; readonly phrasing: LearnedPhrasingRecord; readonly appliesTo: 'everyone' | 'author' }
  | { readonly ok: false; readonly reason: string };

/** What steers one person's answers: phrasings shared with everyone plus their own personal ones. */
export interface LearnedForPerson {
  readonly shared: readonly LearnedPhrasing[];
  readonly personal: readonly LearnedPhrasing[];
  /** The records behind them, to tell where an answer came from. */
  readonly records: readonly LearnedPhrasingRecord[];
}

/**
 * "Not right?": records corrections and teaches the resolver. Each change is read, decided in the
 * domain (bot/domain/corrections) and stored with its audit events in one transaction, retried when
 * another change landed first. Learned phrasings are cached per engagement for a few seconds and
 * dropped from the cache at once when this instance changes them.
 */
export class CorrectionService {
  readonly #store: CorrectionStore;
  readonly #clock: Clock;
  readonly #cache = new Map<string, { readonly at: number; readonly records: readonly LearnedPhrasingRecord[] }>();
  readonly #listeners: Array<(engagementId: string) => void> = [];

  constructor(store: CorrectionStore, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
  }

  get store(): CorrectionStore {
    return this.#store;
  }

  /** Called whenever this instance changed an engagement's learned phrasings (resolver caches listen). */
  onChange(listener: (engagementId: string) => void): void {
    this.#listeners.push(listener);
  }

  /** The active learned phrasings of an engagement (personal and shared). */
  async phrasings(engagementId: string): Promise<readonly LearnedPhrasingRecord[]> {
    const cached = this.#cache.get(engagementId);
    if (cached && isFresh(cached.at, this.#clock(), LEARNED_TTL_MS)) return cached.records;
    const state = await this.#store.state(engagementId);
    return this.#remember(
      engagementId,
      state.phrasings.map((s) => s.phrasing),
    );
  }

  async learnedFor(engagementId: string, personId?: string): Promise<LearnedForPerson> {
    const records = await this.phrasings(engagementId);
    const { shared, personal } = learnedSet(records, personId);
    const inForce = records.filter((p) => p.status === 'shared' || (personId !== undefined && p.status === 'personal' && p.supporters.some((s) => s.id === personId)));
    return { shared, personal, records: inForce };
  }

  async correct(input: CorrectInput): Promise<CorrectOutcome> {
    const { engagement, actor } = input;
    const rights = correctionRights(engagement, actor.id);
    if (!rights.mayCorrect) return { ok: false, reason: REFUSAL_CORRECTION };
    const by = correctorOf(engagement, actor);
    const correctionId = randomUUID();
    const newId = randomUUID().slice(0, 13);
    return retryOnConflict(`The corrections of ${engagement.id}`, async (): Promise<CorrectOutcome> => {
      const state = await this.#store.state(engagement.id);
      const at = this.#clock().toISOString();
      const learned = learnFromCorrection(
        state.phrasings.map((s) => s.phrasing),
        {
          engagementId: engagement.id,
          newId,
          rowId: input.row.id,
          function: input.row.function,
          text: (input.topic.trim() || input.question.trim()).slice(0, 300),
          matrixVersion: input.matrixVersion,
          by: { id: by.id, name: by.name },
          teachesEveryone: rights.teachesEveryone,
          at,
          correctionId,
        },
      );
      const correction: Correction = {
        engagementId: engagement.id,
        id: correctionId,
        at,
        question: input.question,
        topic: input.topic,
        rowId: input.row.id,
        function: input.row.function,
        matrixVersion: input.matrixVersion,
        by,
        original: input.original,
        via: input.via,
        phrasingId: learned.phrasing.id,
        appliesTo: learned.appliesTo,
      };
      await this.#commit(engagement.id, state, { correction, phrasings: learned.changed, audit: learned.events });
      return { ok: true, correction, phrasing: learned.phrasing, appliesTo: learned.appliesTo };
    });
  }

  async confirm(engagement: Engagement, actor: { id: string; name: string }, phrasingId: string): Promise<ManageResult> {
    return this.#manage(engagement, actor, phrasingId, confirmPhrasing);
  }

  async drop(engagement: Engagement, actor: { id: string; name: string }, phrasingId: string): Promise<ManageResult> {
    return this.#manage(engagement, actor, phrasingId, dropPhrasing);
  }

  async #manage(engagement: Engagement, actor: { id: string; name: string }, phrasingId: string, decide: typeof confirmPhrasing): Promise<ManageResult> {
    if (!mayManageLearned(engagement, actor.id)) return { ok: false, reason: REFUSAL_LEARNED };
    return retryOnConflict(`The corrections of ${engagement.id}`, async () => {
      const state = await this.#store.state(engagement.id);
      const result = decide(state.phrasings.find((s) => s.phrasing.id === phrasingId)?.phrasing, { id: actor.id, name: actor.name }, this.#clock().toISOString());
      if (!result.ok) return result;
      await this.#commit(engagement.id, state, { phrasings: [result.phrasing], audit: [result.event] });
      return result;
    });
  }

  /** What the quarterly review lists: the phrasings in force, by row of the matrix under review. */
  async forReview(engagementId: string, matrix: Matrix): Promise<ReviewLearnedRow[]> {
    const state = await this.#store.state(engagementId);
    return learnedForReview(
      state.phrasings.map((s) => s.phrasing),
      matrix,
    );
  }

  /**
   * A review published `published`: its kept phrasings are now aliases (adopted), the others dropped,
   * and so is every phrasing of a row the new version no longer has. Safe to repeat.
   */
  async settleReview(engagementId: string, review: Review, published: Matrix, by: string): Promise<void> {
    const fate = learnedFate(review, published);
    const adopted = new Set(fate.adopted);
    const dropped = new Set(fate.dropped);
    const rows = new Set(published.rows.map((r) => r.id));
    // One transaction holds the anchor, each phrasing and its event: at most 49 phrasings at a time,
    // each batch its own compare-and-set; done when a read finds nothing left to change.
    for (let more = true; more;) {
      more = await retryOnConflict(`The corrections of ${engagementId}`, async () => {
        const state = await this.#store.state(engagementId);
        const at = this.#clock().toISOString();
        const changes: Array<{ phrasing: LearnedPhrasingRecord; event: LearningEvent }> = [];
        for (const { phrasing: p } of state.phrasings) {
          if (!isActive(p)) continue;
          const end = adopted.has(p.id) ? 'review-kept' : dropped.has(p.id) ? 'review-dropped' : !rows.has(p.rowId) ? 'row-retired' : undefined;
          if (!end) continue;
          const status = end === 'review-kept' ? 'adopted' : 'dropped';
          changes.push({
            phrasing: { ...p, status, updatedAt: at, endedAt: at, endedHow: end, endedBy: by },
            event: { kind: status === 'adopted' ? 'adopted' : 'review-dropped', at, via: 'review', phrasingId: p.id, rowId: p.rowId, text: p.text },
          });
        }
        if (changes.length === 0) return false;
        const batch = changes.slice(0, Math.floor((MAX_CHANGE_ROWS - 1) / 2));
        await this.#commit(engagementId, state, { phrasings: batch.map((c) => c.phrasing), audit: batch.map((c) => c.event) });
        return batch.length < changes.length;
      });
    }
  }

  /** Corrections recorded in [from, to). */
  async correctionsBetween(engagementId: string, from: string, to: string): Promise<Correction[]> {
    return this.#store.corrections(engagementId, { from, to });
  }

  /** Stores the change (ConcurrencyError when anything changed since `state` was read), then tells the listeners. */
  async #commit(
    engagementId: string,
    state: LearningState,
    change: { correction?: Correction; phrasings: readonly LearnedPhrasingRecord[]; audit: readonly LearningEvent[] },
  ): Promise<void> {
    await this.#store.commit({ engagementId, from: state, ...change });
    const changed = new Map(change.phrasings.map((p) => [p.id, p]));
    const records = [
      ...state.phrasings.map((s) => changed.get(s.phrasing.id) ?? s.phrasing),
      ...change.phrasings.filter((p) => !state.phrasings.some((s) => s.phrasing.id === p.id)),
    ];
    this.#remember(engagementId, records);
    for (const listener of this.#listeners) listener(engagementId);
  }

  #remember(engagementId: string, all: readonly LearnedPhrasingRecord[]): readonly LearnedPhrasingRecord[] {
    const records = all.filter(isActive);
    this.#cache.delete(engagementId);
    if (this.#cache.size >= 1000) this.#cache.delete(this.#cache.keys().next().value!);
    this.#cache.set(engagementId, { at: this.#clock().getTime(), records });
    return records;
  }
}
