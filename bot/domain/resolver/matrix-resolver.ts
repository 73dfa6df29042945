import type { Matrix } from '../matrix/matrix.ts';
import { buildMatrixIndex, type MatrixIndex } from './matrix-index.ts';
import { readQuestion } from './question-reading.ts';
import type { Resolution, Resolver, ResolverCandidate } from './resolution.ts';
import { decide, DECISION_KEEP_RATIO } from './resolution-decision.ts';
import { scoreRows, type RowScore } from './row-scoring.ts';

/**
 * The question resolver: finds the matrix row a question in the user's own words is
 * about, deterministically and without any external service.
 */

function candidate(index: MatrixIndex, score: RowScore): ResolverCandidate {
  const row = index.rows[score.row];
  if (row === undefined) throw new Error(`row ${score.row} out of range`);
  return { row, score: Math.round(score.score * 1000) / 1000, matchedTerms: score.matchedTerms };
}

/** Resolves one question against a prebuilt index. */
export function resolveWithIndex(index: MatrixIndex, question: string): Resolution {
  const read = readQuestion(question, index);
  const decision = decide(scoreRows(read.units, read.corrected, index, read.unitFactors, DECISION_KEEP_RATIO));
  const confidence = Math.round(decision.confidence * 1000) / 1000;
  const alternatives = decision.alternatives.map((s) => candidate(index, s));
  if (decision.outcome === 'answer' && decision.best !== undefined) {
    return { question, topic: read.topic, outcome: 'answer', match: candidate(index, decision.best), confidence, alternatives };
  }
  return { question, topic: read.topic, outcome: decision.outcome, confidence, alternatives };
}

/** Builds the index for a matrix once; the returned resolver answers questions against it. */
export function buildResolver(matrix: Matrix): Resolver {
  const index = buildMatrixIndex(matrix);
  return { resolve: (question: string) => resolveWithIndex(index, question) };
}
