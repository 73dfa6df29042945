import type { ResolutionOutcome } from './resolution.ts';
import type { RowScore } from './row-scoring.ts';

/**
 * Turns ranked row scores into an outcome: answer only when the best row is clearly
 * good and clearly ahead; offer "did you mean" when something is plausible; else gap.
 */
export const DECISION = {
  /** Best score needed to answer. */
  answerScore: 0.42,
  /** To answer, the runner-up may be at most this share of the best score… */
  maxRunnerUpRatio: 0.85,
  /** …or at least this far behind it. */
  minLead: 0.12,
  /**
   * A modest best score still answers when the best row is far ahead: on terse matrices
   * a question's extra words (places, people, symptoms) lower every score alike.
   */
  modestAnswerScore: 0.25,
  /** "Far ahead" for a modest answer: the runner-up at most this share of the best. */
  modestMaxRunnerUpRatio: 0.6,
  /** Rows within this share of the best score matched alike: row coverage breaks the tie… */
  nearTieRatio: 0.97,
  /** …when the fittest covers at least this much more of its row than any other. */
  rowCoverageLead: 0.15,
  /** Below this nothing is plausible: gap. */
  plausibleScore: 0.2,
  /** When only plain-English words ("training") matched, this much is needed to even suggest a row… */
  broadPlausibleScore: 0.4,
  /**
   * …and this much, with no other row in sight, to answer: the question then says nearly all the
   * row says ("who reviews who has access" → "User access reviews"), which common words alone rarely do.
   */
  broadAnswerScore: 0.9,
  /** Alternatives must reach this share of the best score. */
  alternativeRatio: 0.5,
  /**
   * A question naming what only one row names (a product or system: "synxis config") answers with
   * that row at this score, whatever else it says, unless another row is as close.
   */
  distinctiveAnswerScore: 0.15,
  maxAlternatives: 3,
} as const;

/**
 * Rows below this share of the top anchored score are never suggested (alternatives are measured
 * against the best row, which a near tie may put a little below the top), so scoring need not return them.
 */
export const DECISION_KEEP_RATIO = DECISION.alternativeRatio * DECISION.nearTieRatio;

export interface Decision {
  readonly outcome: ResolutionOutcome;
  /** 0..1 confidence in the answer (or the best candidate's score when not answering). */
  readonly confidence: number;
  /** Ranked candidates to show (answer first when answering). */
  readonly best?: RowScore;
  readonly alternatives: readonly RowScore[];
}

/** Confidence in the best row, lowered as the runner-up gets close. */
export function answerConfidence(best: number, runnerUp: number): number {
  if (best <= 0) return 0;
  const ratio = Math.min(1, runnerUp / best);
  return Math.max(0, Math.min(1, best * (1 - 0.5 * ratio * ratio)));
}

/**
 * Rows scoring within a hair of each other matched the question alike; the one whose own
 * words the question covers clearly more of ("ecw" → "EHR application support" rather than
 * "EHR interfaces (labs, HL7, clearinghouse)") goes first and may answer over the others.
 */
function breakNearTie(anchored: readonly RowScore[]): { ranked: RowScore[]; settled: boolean } {
  const top = anchored[0];
  if (top === undefined) return { ranked: [], settled: false };
  const near = anchored.filter((s) => s.score >= top.score * DECISION.nearTieRatio);
  if (near.length < 2) return { ranked: [...anchored], settled: false };
  const fittest = near.reduce((a, b) => (b.rowCoverage > a.rowCoverage ? b : a));
  const next = Math.max(...near.filter((s) => s !== fittest).map((s) => s.rowCoverage));
  const settled = fittest.rowCoverage - next >= DECISION.rowCoverageLead;
  return { ranked: [fittest, ...anchored.filter((s) => s !== fittest)], settled };
}

/** True when `a` matched every unit `b` matched, on specific evidence, and more. */
function covers(a: RowScore, b: RowScore): boolean {
  return (a.specificMask & b.specificMask) === b.specificMask && a.specificMask !== b.specificMask && (a.unitMask & b.unitMask) === b.unitMask;
}

/** The only row the question names by a distinctive name, when exactly one row is so named. */
function distinctivelyNamed(ranked: readonly RowScore[]): RowScore | undefined {
  const named = ranked.filter((s) => s.distinctive);
  return named.length === 1 ? named[0] : undefined;
}

export interface DecisionContext {
  /**
   * The question names an everyday non-IT thing ("coffee machine", "health insurance"): it answers
   * only on a good score clearly ahead, never on a modest one.
   */
  readonly mentionsNonIt?: boolean;
  /**
   * The question names something neither the matrix nor the vocabulary knows and no common word
   * either ("zendesk", "revinate"): likely a system without a row, so only a good, clear answer.
   */
  readonly namesUnknown?: boolean;
}

export function decide(ranked: readonly RowScore[], context: DecisionContext = {}): Decision {
  const named = distinctivelyNamed(ranked);
  // Named, unless another row matches what is being done to it ("the JustFood server's patches" is patching).
  const otherwise = ranked.reduce((mask, s) => (s === named ? mask : mask | s.specificMask), 0);
  if (named !== undefined && named.score >= DECISION.distinctiveAnswerScore && (otherwise & ~named.specificMask) === 0) {
    const others = ranked.filter((s) => s !== named && s.score >= named.score * DECISION.alternativeRatio).slice(0, DECISION.maxAlternatives);
    const runnerUp = others[0]?.score ?? 0;
    if (runnerUp <= named.score * DECISION.maxRunnerUpRatio) {
      return { outcome: 'answer', confidence: answerConfidence(named.score, runnerUp), best: named, alternatives: others };
    }
  }
  // Rows found only by everyday words meeting in them ('paired') count only when nothing better is found.
  const strong = ranked.filter((s) => s.anchor === 'broad' || s.anchor === 'specific');
  const { ranked: anchored, settled } = breakNearTie(strong.length > 0 ? strong : ranked.filter((s) => s.anchor === 'paired'));
  const best = anchored[0];
  if (best === undefined || best.score < DECISION.plausibleScore) {
    return { outcome: 'gap', confidence: best?.score ?? 0, alternatives: [] };
  }
  const runnerUps = anchored.slice(1).filter((s) => !settled || s.score < best.score * DECISION.nearTieRatio);
  const runnerUp = runnerUps[0]?.score ?? 0;
  if (best.anchor === 'paired') {
    // "accounts for new staff": only everyday words, but together they name this row. A suggestion, not a gap.
    // (Only 'paired' rows are left when the best is one: see `strong` above.)
    const suggestions = anchored.filter((s) => s.score >= best.score * DECISION.alternativeRatio);
    return { outcome: 'ambiguous', confidence: best.score, best, alternatives: suggestions.slice(0, DECISION.maxAlternatives) };
  }
  if (best.anchor === 'broad') {
    if (best.score < DECISION.broadPlausibleScore) return { outcome: 'gap', confidence: best.score, alternatives: [] };
    const suggestions = anchored.filter((s) => s.score >= best.score * DECISION.alternativeRatio);
    if (best.score >= DECISION.broadAnswerScore && suggestions.length === 1) {
      return { outcome: 'answer', confidence: answerConfidence(best.score, runnerUp), best, alternatives: [] };
    }
    return { outcome: 'ambiguous', confidence: best.score, best, alternatives: suggestions.slice(0, DECISION.maxAlternatives) };
  }
  const others = anchored
    .slice(1)
    .filter((s) => s.score >= best.score * DECISION.alternativeRatio && s.score >= DECISION.plausibleScore * 0.5)
    .slice(0, DECISION.maxAlternatives);
  // Rows matched only on plain words ("back", "finance") do not compete with a specific match, and a row
  // matching everything the runner-up matches and more is ahead of it.
  const rivals = runnerUps.filter((s) => s.specificMask !== 0 && !covers(best, s));
  const rival = rivals[0]?.score ?? 0;
  const clearlyAhead =
    runnerUp <= best.score * DECISION.maxRunnerUpRatio || best.score - runnerUp >= DECISION.minLead || (best.specificMask !== 0 && rival <= best.score * DECISION.maxRunnerUpRatio);
  const farAhead = (best.specificMask !== 0 ? rival : runnerUp) <= best.score * DECISION.modestMaxRunnerUpRatio;
  const modest = context.mentionsNonIt !== true && context.namesUnknown !== true && best.score >= DECISION.modestAnswerScore && farAhead;
  if ((best.score >= DECISION.answerScore && clearlyAhead) || modest) {
    return { outcome: 'answer', confidence: answerConfidence(best.score, runnerUp), best, alternatives: others };
  }
  return {
    outcome: 'ambiguous',
    confidence: best.score,
    best,
    alternatives: [best, ...others].slice(0, DECISION.maxAlternatives),
  };
}
