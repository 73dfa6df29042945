import type { QuestionRecord } from '../domain/audit/question-record.ts';
import type { Engagement } from '../domain/engagement/engagement.ts';
import type { MatrixVersion } from '../domain/matrix/matrix.ts';
import { ownerLabel } from '../domain/matrix/matrix-summary.ts';
import { resolveOwnership, type Ownership } from '../domain/ownership/resolve-ownership.ts';
import type { Resolution } from '../domain/resolver/resolution.ts';
import { learnedProvenance } from '../domain/corrections/learned-phrasing.ts';
import type { Clock } from './clock.ts';
import type { LearnedForPerson } from './correction-service.ts';
import type { MatrixService } from './matrix-service.ts';

export interface Answer {
  readonly engagement: Engagement;
  readonly version: MatrixVersion;
  readonly resolution: Resolution;
  /** What the matched row means right now; only when the resolution is an answer. */
  readonly ownership?: Ownership;
  readonly at: Date;
  /** When the answer came from a phrasing learned from a correction: who taught it, and when. */
  readonly learnedFrom?: { readonly by: string; readonly at: string };
}

/** The learned phrasings that steer one person's answers (shared ones, and their own). */
export type LearnedSource = (engagementId: string, personId?: string) => Promise<LearnedForPerson>;

/**
 * "Who owns X?": resolve the question against the engagement's current matrix, work out who is on
 * point right now, and log question and answer for the audit trail.
 */
export class AskService {
  readonly #matrices: MatrixService;
  readonly #log: (record: QuestionRecord) => void;
  readonly #clock: Clock;
  #learned: LearnedSource | undefined;

  /** `log` takes each question record for the audit trail (a write-behind queue: it never blocks a turn). */
  constructor(matrices: MatrixService, log: (record: QuestionRecord) => void, clock: Clock) {
    this.#matrices = matrices;
    this.#log = log;
    this.#clock = clock;
  }

  /** Questions are then resolved with what corrections taught (bot/app/correction-service.ts). */
  useLearned(source: LearnedSource): void {
    this.#learned = source;
  }

  /**
   * Answers without logging; returns undefined when the engagement has no matrix yet. With the asker,
   * the phrasings learned from corrections steer the answer: shared ones, and the asker's own.
   */
  async answer(engagement: Engagement, question: string, pickRowId?: string, asker?: { readonly id: string }): Promise<Answer | undefined> {
    const version = await this.#matrices.current(engagement.id, engagement.matrixVersion);
    if (!version) return undefined;
    const at = this.#clock();
    const learned = this.#learned ? await this.#learned(engagement.id, asker?.id) : undefined;
    const set = learned ? [...learned.shared, ...learned.personal] : [];
    let resolution = this.#matrices.resolverFor(version, set).resolve(question);
    if (pickRowId) resolution = pickRow(resolution, version, pickRowId);
    const match = resolution.outcome === 'answer' ? resolution.match : undefined;
    const row = match?.row;
    const learnedFrom = match && learned && !pickRowId ? learnedProvenance(learned.records, match.row, match.matchedTerms) : undefined;
    return { engagement, version, resolution, at, ...(row ? { ownership: resolveOwnership(row, engagement, at) } : {}), ...(learnedFrom ? { learnedFrom } : {}) };
  }

  /** Appends the question and its answer to the audit trail. */
  record(answer: Answer, asker: { id: string; name: string }): void {
    const { resolution } = answer;
    const row = resolution.match?.row;
    const record: QuestionRecord = {
      engagementId: answer.engagement.id,
      at: answer.at.toISOString(),
      askerId: asker.id,
      askerName: asker.name,
      question: resolution.question,
      topic: resolution.topic,
      outcome: resolution.outcome,
      ...(row ? { function: row.function, rowId: row.id, owner: ownerLabel(row) ?? 'Nobody' } : {}),
      matrixVersion: answer.version.version,
      confidence: resolution.confidence,
      alternatives: resolution.alternatives.map((a) => a.row.function),
    };
    this.#log(record);
  }
}

/** The user chose a row from "did you mean": answer with that row, at full confidence. */
function pickRow(resolution: Resolution, version: MatrixVersion, rowId: string): Resolution {
  const row = version.matrix.rows.find((r) => r.id === rowId);
  if (!row) return resolution;
  return {
    ...resolution,
    outcome: 'answer',
    match: { row, score: 1, matchedTerms: ['(chosen by you)'] },
    confidence: 1,
    alternatives: resolution.alternatives.filter((a) => a.row.id !== rowId),
  };
}
