import type { TableClients } from '../storage/table-clients.ts';
import { ConversationStore } from '../storage/conversation-store.ts';
import { EngagementStore } from '../storage/engagement-store.ts';
import { GapStore } from '../storage/gap-store.ts';
import { MatrixVersionStore } from '../storage/matrix-version-store.ts';
import { MAX_PAGE_RECORDS, QuestionLogStore } from '../storage/question-log-store.ts';
import { AskService } from './ask-service.ts';
import type { Clock } from './clock.ts';
import { EngagementService } from './engagement-service.ts';
import { MatrixService } from './matrix-service.ts';
import type { QuestionRecord } from '../domain/audit/question-record.ts';
import { WriteBehindQueue } from './write-behind-queue.ts';
import { HandoffStore } from '../storage/handoff-store.ts';
import { AlertSettingsStore } from '../storage/alert-settings-store.ts';
import { HandoffService } from './handoff-service.ts';
import { AlertSettingsService } from './alert-settings-service.ts';
import { AlertIntakeService } from './alert-intake-service.ts';
import { RitualService } from './ritual-service.ts';
import { DEFAULT_REVIEW_POLICY } from '../domain/rituals/review.ts';
import { RitualRunStore } from '../storage/ritual-run-store.ts';
import { RitualStore } from '../storage/ritual-store.ts';
import { CorrectionStore } from '../storage/correction-store.ts';
import { CorrectionService } from './correction-service.ts';

/** The application services, shared by the Teams adapter and the CLI. */
export interface Services {
  readonly clock: Clock;
  readonly engagements: EngagementService;
  readonly matrices: MatrixService;
  readonly ask: AskService;
  readonly questions: QuestionLogStore;
  readonly gaps: GapStore;
  /** "Not right?": corrections, and the phrasings Baton learned from them. */
  readonly corrections: CorrectionService;
  readonly conversations: ConversationStore;
  /** Question records not yet in storage (written in batches, off the turn's path). */
  readonly questionLog: WriteBehindQueue<QuestionRecord>;
  readonly handoffs: HandoffService;
  readonly alertSettings: AlertSettingsService;
  readonly alerts: AlertIntakeService;
  readonly rituals: RitualService;
  /** Ritual schedules and occurrence leases. */
  readonly ritualSchedules: RitualStore;
  readonly ritualRuns: RitualRunStore;
  /** Writes what is still buffered; call at shutdown. */
  close(): Promise<void>;
}

export function createServices(
  tables: TableClients,
  clock: Clock,
  defaultTimeZone: string,
  options: {
    reviewGraceDays?: number;
    /** How long (ms) until an engagement's channel may next be posted to under Teams' limits (alert senders are told). */
    deliveryWaitMs?: (engagementId: string) => number;
    /** A refused alert request (the reason is for the log; the sender only hears 401). */
    onAlertRefused?: (engagementId: string, reason: string) => void;
  } = {},
  onStorageError: (err: unknown, what: string) => void = () => {},
): Services {
  const engagements = new EngagementService(new EngagementStore(tables.engagements), clock, defaultTimeZone);
  const matrices = new MatrixService(new MatrixVersionStore(tables.matrixVersions), engagements, clock);
  const questions = new QuestionLogStore(tables.questions);
  const questionLog = new WriteBehindQueue<QuestionRecord>({
    write: (batch) => questions.appendPage(batch),
    maxBatch: MAX_PAGE_RECORDS,
    partitionOf: (record) => record.engagementId,
    onError: (err, pending) => onStorageError(err, `question log (${pending} records waiting)`),
  });
  const handoffs = new HandoffService(new HandoffStore(tables.handoffs), engagements, matrices, clock);
  const alertSettings = new AlertSettingsService(new AlertSettingsStore(tables.alertSettings), clock);
  const gaps = new GapStore(tables.gaps);
  const ritualRuns = new RitualRunStore(tables.rituals);
  const reviewPolicy = { ...DEFAULT_REVIEW_POLICY, ...(options.reviewGraceDays ? { graceDays: options.reviewGraceDays } : {}) };
  const corrections = new CorrectionService(new CorrectionStore(tables.corrections), clock);
  corrections.onChange((engagementId) => matrices.forgetLearned(engagementId));
  const ask = new AskService(matrices, (record) => questionLog.add(record), clock);
  ask.useLearned((engagementId, personId) => corrections.learnedFor(engagementId, personId));
  const rituals = new RitualService({ runs: ritualRuns, engagements, matrices, handoffs: handoffs.store, questions, gaps, clock, reviewPolicy, learning: corrections });
  return {
    rituals,
    ritualRuns,
    ritualSchedules: new RitualStore(tables.rituals),
    clock,
    engagements,
    handoffs,
    alertSettings,
    alerts: new AlertIntakeService(engagements, alertSettings, handoffs, clock, options.onAlertRefused, options.deliveryWaitMs),
    matrices,
    ask,
    questions,
    gaps,
    corrections,
    conversations: new ConversationStore(tables.conversations),
    questionLog,
    close: () => questionLog.close(),
  };
}
