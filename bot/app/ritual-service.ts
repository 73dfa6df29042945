import type { Engagement } from '../domain/engagement/engagement.ts';
import type { Handoff } from '../domain/handoff/handoff.ts';
import { describeChange, diffMatrices, type MatrixDiff } from '../domain/matrix/matrix-diff.ts';
import type { Matrix } from '../domain/matrix/matrix.ts';
import { reviewEvidence } from '../domain/rituals/review-evidence.ts';
import {
  applyDecisions,
  confirmRemaining,
  decideProposal,
  decideRow,
  dueReviewStep,
  reviewNextActionAt,
  signReview,
  startReview,
  type Review,
  type ReviewResult,
  type RowDecision,
  type ReviewPolicy,
} from '../domain/rituals/review.ts';
import type { RitualKind, RitualOccurrence } from '../domain/rituals/ritual-schedule.ts';
import type { RitualRun } from '../domain/rituals/ritual-run.ts';
import { answerStandup, dueStandupStep, readStandupInput, standupNextActionAt, startStandup, type RitualActor, type Standup } from '../domain/rituals/standup.ts';
import { standupWeek } from '../domain/rituals/standup-week.ts';
import { weeklyFacts } from '../domain/rituals/weekly-facts.ts';
import { ConcurrencyError } from '../storage/concurrency-error.ts';
import { retryOnConflict } from '../storage/conflict-retry.ts';
import type { GapStore } from '../storage/gap-store.ts';
import type { HandoffStore } from '../storage/handoff-store.ts';
import type { QuestionLogStore } from '../storage/question-log-store.ts';
import type { CommittedRun, RitualDeliveryKind, RitualRunStore, StoredRun } from '../storage/ritual-run-store.ts';
import type { Clock } from './clock.ts';
import type { EngagementService } from './engagement-service.ts';
import type { MatrixService } from './matrix-service.ts';
import type { CorrectionService } from './correction-service.ts';
import { applyLearned, decideLearned } from '../domain/rituals/review-learned.ts';

const DAY = 86_400_000;
const QUARTER_DAYS = 91;

export type RitualOutcome<T extends RitualRun> = { readonly ok: true; readonly run: T; readonly note?: string } | { readonly ok: false; readonly reason: string; readonly run?: T };

export interface RitualServiceDeps {
  readonly runs: RitualRunStore;
  readonly engagements: EngagementService;
  readonly matrices: MatrixService;
  readonly handoffs: HandoffStore;
  readonly questions: QuestionLogStore;
  readonly gaps: GapStore;
  readonly clock: Clock;
  /** Reminder interval and grace period of reviews. */
  readonly reviewPolicy?: ReviewPolicy;
  /** Corrections: counted in the standup; their learned phrasings listed, kept or dropped by the review. */
  readonly learning?: Pick<CorrectionService, 'forReview' | 'settleReview' | 'correctionsBetween'>;
}

/**
 * The rituals as use cases shared by the scheduler, Teams and the CLI: start a standup or a review
 * (on schedule or now), take answers, decisions and sign-offs (each an ETag-checked change stored with
 * the card work it causes), and the timed steps: reminders, the final summary, the overdue escalation.
 */
export class RitualService {
  readonly #d: RitualServiceDeps;
  readonly #listeners: Array<(committed: CommittedRun) => void> = [];

  constructor(deps: RitualServiceDeps) {
    this.#d = deps;
  }

  onChange(listener: (committed: CommittedRun) => void): void {
    this.#listeners.push(listener);
  }

  /** The scheduler's runner: an occurrence that came due starts its ritual (once: the key is the run's key). */
  async runOccurrence(engagement: Engagement, occurrence: RitualOccurrence): Promise<void> {
    await this.start(engagement, occurrence.kind, { key: occurrence.key, via: 'schedule' });
  }

  /**
   * Starts a ritual. With no key ("standup now") a review is refused while one is open; a standup
   * started early replaces nothing (last week's open one simply goes on to its end of day).
   */
  async start(engagement: Engagement, kind: RitualKind, options: { key?: string; via: RitualRun['via']; by?: RitualActor }): Promise<RitualOutcome<RitualRun>> {
    const now = this.#d.clock();
    if (!engagement.setUp) return { ok: false, reason: 'Set Baton up first (`setup`): the rituals need both sides’ names, hours and people.' };
    const key = options.key ?? `${kind}/now/${now.toISOString().slice(0, 16)}`;
    if (kind === 'review') {
      const open = (await this.#d.runs.list(engagement.id, 'review')).find((r) => r.run.status !== 'published');
      if (open) return { ok: false, reason: 'A review is already open: finish it first (`review status`).', run: open.run };
    }
    const existing = await this.#d.runs.get(engagement.id, key);
    if (existing) return { ok: false, reason: `That ${kind} has already started.`, run: existing.run };
    const run = kind === 'standup' ? await this.#newStandup(engagement, key, now, options) : await this.#newReview(engagement, key, now, options);
    try {
      await this.#commit(run, undefined, ['card']);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      return { ok: false, reason: `That ${kind} has already started.` };
    }
    return { ok: true, run };
  }

  async #newStandup(engagement: Engagement, key: string, now: Date, options: { via: RitualRun['via']; by?: RitualActor }): Promise<Standup> {
    // Last week, Monday to Sunday in the internal side's zone: the period the card names.
    const { from, to } = standupWeek(engagement, now);
    const [handoffs, questions, corrections] = await Promise.all([
      this.#handoffsSince(engagement.id, from, to),
      this.#d.questions.list(engagement.id, { from: from.toISOString(), to: to.toISOString() }),
      this.#d.learning?.correctionsBetween(engagement.id, from.toISOString(), to.toISOString()),
    ]);
    const facts = weeklyFacts({ engagement, handoffs, questions, from, to, ...(corrections ? { corrections } : {}) });
    return startStandup({ engagement, key, facts, now, via: options.via, ...(options.by ? { startedBy: options.by } : {}) });
  }

  async #newReview(engagement: Engagement, key: string, now: Date, options: { via: RitualRun['via']; by?: RitualActor }): Promise<Review> {
    const previous = (await this.#d.runs.list(engagement.id, 'review'))[0];
    // Since the last review; the first one covers the last quarter, or the time since Baton was installed.
    const from = previous ? new Date(previous.run.startedAt) : new Date(Math.max(now.getTime() - QUARTER_DAYS * DAY, Date.parse(engagement.createdAt) || 0));
    const to = new Date(now.getTime() + 1);
    const [handoffs, questions, proposals, version] = await Promise.all([
      this.#handoffsSince(engagement.id, from, to),
      this.#d.questions.list(engagement.id, { from: from.toISOString(), to: to.toISOString() }),
      this.#d.gaps.list(engagement.id),
      this.#d.matrices.current(engagement.id, engagement.matrixVersion),
    ]);
    const matrix: Matrix = version?.matrix ?? { rows: [] };
    const evidence = reviewEvidence({ engagement, matrix, handoffs, questions, proposals, from, to });
    const review = startReview({
      engagement,
      key,
      baseVersion: engagement.matrixVersion,
      evidence,
      now,
      via: options.via,
      ...(options.by ? { startedBy: options.by } : {}),
      ...(this.#d.reviewPolicy ? { policy: this.#d.reviewPolicy } : {}),
    });
    const learned = (await this.#d.learning?.forReview(engagement.id, matrix)) ?? [];
    return learned.length > 0 ? { ...review, learned } : review;
  }

  /** Handoffs opened since `from`, plus the ones still open from before. */
  async #handoffsSince(engagementId: string, from: Date, to: Date): Promise<Handoff[]> {
    const [recent, open] = await Promise.all([this.#d.handoffs.listOpenedBetween(engagementId, from.toISOString(), to.toISOString()), this.#d.handoffs.listOpen(engagementId)]);
    const byId = new Map<string, Handoff>();
    for (const s of [...recent, ...open]) byId.set(s.handoff.id, s.handoff);
    return [...byId.values()];
  }

  async get(engagementId: string, key: string): Promise<StoredRun | undefined> {
    return this.#d.runs.get(engagementId, key);
  }

  /** The most recent run of a kind. */
  async latest(engagementId: string, kind: RitualKind): Promise<StoredRun | undefined> {
    return (await this.#d.runs.list(engagementId, kind))[0];
  }

  async answerStandup(engagement: Engagement, key: string, actor: RitualActor, data: Record<string, unknown>): Promise<RitualOutcome<Standup>> {
    const input = readStandupInput(data);
    return this.#change<Standup>(engagement.id, key, 'standup', (standup) => {
      if (!input.ok) return { ok: false, reason: input.reason };
      const result = answerStandup(standup, engagement, actor, input.input, this.#d.clock());
      return result.ok ? { ok: true, run: result.standup } : result;
    });
  }

  async decideRow(engagement: Engagement, key: string, actor: RitualActor, rowId: string, decision: RowDecision): Promise<RitualOutcome<Review>> {
    return this.#reviewChange(engagement, key, (review) => decideRow(review, engagement, actor, rowId, decision, this.#d.clock()));
  }

  async confirmRemaining(engagement: Engagement, key: string, actor: RitualActor): Promise<RitualOutcome<Review>> {
    return this.#reviewChange(engagement, key, (review) => confirmRemaining(review, engagement, actor, this.#d.clock()));
  }

  /** Which rows keep their learned phrasings as aliases (the others drop them). */
  async decideLearned(engagement: Engagement, key: string, actor: RitualActor, keptRowIds: readonly string[]): Promise<RitualOutcome<Review>> {
    return this.#reviewChange(engagement, key, (review) => decideLearned(review, engagement, actor, keptRowIds, this.#d.clock()));
  }

  async decideProposal(engagement: Engagement, key: string, actor: RitualActor, id: string, accept: boolean, owner: string | undefined): Promise<RitualOutcome<Review>> {
    return this.#reviewChange(engagement, key, (review) => decideProposal(review, engagement, actor, id, accept, owner, this.#d.clock()));
  }

  /** A manager signs for their side; the second signature publishes the new version. */
  async signReview(engagement: Engagement, key: string, actor: RitualActor): Promise<RitualOutcome<Review>> {
    const outcome = await this.#reviewChange(engagement, key, (review) => signReview(review, engagement, actor, this.#d.clock()));
    if (!outcome.ok || outcome.run.status !== 'publishing') return outcome;
    return this.#publish(engagement.id, key);
  }

  async #reviewChange(engagement: Engagement, key: string, apply: (review: Review) => ReviewResult): Promise<RitualOutcome<Review>> {
    return this.#change<Review>(engagement.id, key, 'review', (review) => {
      const result = apply(review);
      return result.ok ? { ok: true, run: result.review, ...(result.note ? { note: result.note } : {}) } : result;
    });
  }

  /** Reads, applies and stores a change with its card update; retried on a concurrent change. */
  async #change<T extends RitualRun>(
    engagementId: string,
    key: string,
    kind: T['kind'],
    apply: (run: T) => { ok: true; run: T; note?: string } | { ok: false; reason: string },
    deliveries: (before: T, after: T) => RitualDeliveryKind[] = () => ['card'],
  ): Promise<RitualOutcome<T>> {
    // Everyone answering at 09:31 collides: each round one wins, the others wait a moment and reread.
    return retryOnConflict(`Ritual ${key}`, async (): Promise<RitualOutcome<T>> => {
      const stored = await this.#d.runs.get(engagementId, key);
      if (!stored || stored.run.kind !== kind) return { ok: false, reason: `This ${kind} is not known (the card may be from an older version of Baton).` };
      const before = stored.run as T;
      const result = apply(before);
      if (!result.ok) return { ok: false, reason: result.reason, run: before };
      await this.#commit(result.run, stored.etag, deliveries(before, result.run));
      return { ok: true, run: result.run, ...(result.note ? { note: result.note } : {}) };
    });
  }

  /**
   * Both sides signed: the new version is published (the decisions applied to the current matrix, so a
   * version imported meanwhile is not lost), then the review is closed with its result. Safe to repeat:
   * a crash between the two steps is finished by the timer, which finds the version by its reason.
   */
  async #publish(engagementId: string, key: string): Promise<RitualOutcome<Review>> {
    const stored = await this.#d.runs.get(engagementId, key);
    const engagement = await this.#d.engagements.getFresh(engagementId);
    if (!stored || stored.run.kind !== 'review' || !engagement) return { ok: false, reason: 'The review is gone.' };
    const review = stored.run;
    if (review.status === 'published') return { ok: true, run: review };
    const reason = publishReason(review);
    const history = await this.#d.matrices.history(engagementId);
    const existing = history.find((v) => v.reason === reason)?.version;
    const version = existing ?? (await this.#publishVersion(engagement, review, reason));
    const [before, after] = await Promise.all([this.#d.matrices.get(engagementId, version - 1), this.#d.matrices.get(engagementId, version)]);
    // Kept phrasings are aliases now, the others dropped (repeated safely when the timer finishes a publication).
    if (after) await this.#d.learning?.settleReview(engagementId, review, after.matrix, reason);
    const changes = describeDiff(diffMatrices(before?.matrix ?? { rows: [] }, after?.matrix ?? { rows: [] }));
    const published: Review = { ...review, status: 'published', publishedVersion: version, publishedAt: this.#d.clock().toISOString(), publishedChanges: changes };
    try {
      await this.#commit(published, stored.etag, ['card', 'result']);
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const again = await this.#d.runs.get(engagementId, key);
      if (again?.run.kind === 'review' && again.run.status === 'published') return { ok: true, run: again.run };
      throw err;
    }
    return { ok: true, run: published };
  }

  async #publishVersion(engagement: Engagement, review: Review, reason: string): Promise<number> {
    const current = await this.#d.matrices.current(engagement.id, engagement.matrixVersion);
    const matrix = applyLearned(applyDecisions(current?.matrix ?? { rows: [] }, review), review);
    const author = [review.signOffs.internal?.by.name, review.signOffs.msp?.by.name].filter(Boolean).join(' and ');
    return (await this.#d.matrices.publish(engagement.id, matrix, author || 'Baton', reason)).version;
  }

  /** Timed steps that are due (any engagement): reminders, final summaries, overdue reviews, unfinished publications. */
  async runDue(): Promise<number> {
    const now = this.#d.clock();
    let done = 0;
    for (const stored of await this.#d.runs.due(now.toISOString())) {
      const engagement = await this.#d.engagements.get(stored.run.engagementId);
      if (!engagement) continue;
      try {
        if (await this.#step(engagement, stored, now)) done++;
      } catch (err) {
        if (!(err instanceof ConcurrencyError)) throw err; // another instance took the step
      }
    }
    return done;
  }

  async #step(engagement: Engagement, stored: StoredRun, now: Date): Promise<boolean> {
    const run = stored.run;
    if (run.kind === 'standup') {
      const step = dueStandupStep(run, engagement, now);
      if (!step) return false;
      const deliveries: RitualDeliveryKind[] = step.kind === 'final' ? ['card', 'final'] : step.standup.reminded.length > 0 ? ['reminder'] : [];
      await this.#commit(step.standup, stored.etag, deliveries);
      return true;
    }
    if (run.status === 'publishing') {
      await this.#publish(run.engagementId, run.key);
      return true;
    }
    const step = dueReviewStep(run, now, this.#d.reviewPolicy);
    if (!step) return false;
    await this.#commit(step.review, stored.etag, [step.kind === 'overdue' ? 'overdue' : `reminder-${step.review.reminders}`]);
    return true;
  }

  async #commit(run: RitualRun, etag: string | undefined, deliveries: readonly RitualDeliveryKind[]): Promise<void> {
    const nextActionAt = run.kind === 'standup' ? standupNextActionAt(run) : reviewNextActionAt(run);
    const committed = await this.#d.runs.commit({ run, ...(etag !== undefined ? { etag } : {}), nextActionAt, deliveries, deliveredHere: this.#listeners.length > 0 });
    for (const listener of this.#listeners) listener(committed);
  }
}

/** The reason a review's version is published with: names the review, so a retry finds it. */
export function publishReason(review: Review): string {
  const who = [review.signOffs.internal?.by.name, review.signOffs.msp?.by.name].filter(Boolean).join(' and ');
  return `Quarterly review ${review.key.replace(/^review\//, '')} signed off by ${who}`;
}

/** One line per changed row, for the result card. */
function describeDiff(diff: MatrixDiff): string[] {
  return [
    ...diff.added.map((r) => `Added “${r.function}” (Internal ${r.internal.raw || '—'}, MSP ${r.msp.raw || '—'})`),
    ...diff.removed.map((r) => `Retired “${r.function}”`),
    ...diff.changed.map((c) => describeChange(c, { all: true })),
  ];
}
