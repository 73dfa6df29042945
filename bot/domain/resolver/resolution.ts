import type { MatrixRow } from '../matrix/matrix.ts';

/** A row the resolver considered, with why. */
export interface ResolverCandidate {
  readonly row: MatrixRow;
  /** 0..1, comparable across questions. */
  readonly score: number;
  /** The question's words (or lexicon concepts) that matched this row, for the explanation. */
  readonly matchedTerms: readonly string[];
  /** The question names something only this row names (a product or system, "Huntress"). */
  readonly named?: true;
}

export type ResolutionOutcome =
  /** One row fits with confidence: answer it. */
  | 'answer'
  /** Some rows may fit but none confidently: offer up to three "did you mean". */
  | 'ambiguous'
  /** Nothing in the matrix covers the question: a gap. */
  | 'gap';

export interface Resolution {
  readonly question: string;
  /** What the question is about, with the asking phrase removed ("server patching"). */
  readonly topic: string;
  readonly outcome: ResolutionOutcome;
  /** Set only when outcome is 'answer'. */
  readonly match?: ResolverCandidate;
  /** 0..1: confidence in `match` when answering; the best candidate's score otherwise. */
  readonly confidence: number;
  /** Up to three other candidates, best first (the "did you mean" list when ambiguous). */
  readonly alternatives: readonly ResolverCandidate[];
}

export interface Resolver {
  resolve(question: string): Resolution;
}
