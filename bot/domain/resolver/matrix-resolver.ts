import type { Matrix, MatrixRow } from '../matrix/matrix.ts';
import { buildMatrixIndex, type MatrixIndex } from './matrix-index.ts';
import { readQuestion } from './question-reading.ts';
import { isCommonWord } from './language-model.ts';
import type { TextUnit } from './text-units.ts';
import { extractTopic } from './question-topic.ts';
import { normalizeText } from './normalize-text.ts';
import type { Resolution, Resolver, ResolverCandidate } from './resolution.ts';
import { decide, DECISION_KEEP_RATIO } from './resolution-decision.ts';
import { scoreRows, type RowScore } from './row-scoring.ts';

/**
 * The question resolver: finds the matrix row a question in the user's own words is
 * about, deterministically and without any external service.
 */

function candidate(rows: readonly MatrixRow[], score: RowScore): ResolverCandidate {
  const row = rows[score.row];
  if (row === undefined) throw new Error(`row ${score.row} out of range`);
  return { row, score: Math.round(score.score * 1000) / 1000, matchedTerms: score.matchedTerms, ...(score.distinctive ? { named: true as const } : {}) };
}

/** A one-word unit that is a name nobody here knows: not in the matrix, the vocabulary, or common English. */
function isUnknownName(unit: TextUnit, index: MatrixIndex): boolean {
  const s = unit.stems[0];
  if (s === undefined || unit.stems.length !== 1 || unit.concepts.size > 0 || unit.blocked || unit.weak || unit.common) return false;
  if (!/^[a-z]{4,}$/.test(unit.surface) || index.wordPostings.has(s)) return false;
  return isCommonWord(unit.surface) === false;
}

/** Resolves one question against a prebuilt index. */
export function resolveWithIndex(index: MatrixIndex, question: string, rows: readonly MatrixRow[] = index.rows): Resolution {
  const read = readQuestion(question, index);
  const mentionsNonIt = read.units.some((u) => u.blocked);
  const namesUnknown = read.units.some((u) => isUnknownName(u, index));
  const decision = decide(scoreRows(read.units, read.corrected, index, read.unitFactors, DECISION_KEEP_RATIO), { mentionsNonIt, namesUnknown });
  const confidence = Math.round(decision.confidence * 1000) / 1000;
  const alternatives = decision.alternatives.map((s) => candidate(rows, s));
  if (decision.outcome === 'answer' && decision.best !== undefined) {
    return { question, topic: read.topic, outcome: 'answer', match: candidate(rows, decision.best), confidence, alternatives };
  }
  return { question, topic: read.topic, outcome: decision.outcome, confidence, alternatives };
}

/** A phrasing people taught Baton for a row (a correction of an answer), fed to the row's index. */
export interface LearnedPhrasing {
  readonly rowId: string;
  readonly text: string;
}

export interface ResolverOptions {
  /** Phrasings learned from corrections; unknown row ids are ignored. */
  readonly learned?: readonly LearnedPhrasing[];
}

/** The matrix with learned phrasings added to their rows' aliases (the index reads aliases like the function). */
function withLearned(matrix: Matrix, learned: readonly LearnedPhrasing[]): Matrix {
  if (learned.length === 0) return matrix;
  const byRow = new Map<string, string[]>();
  // What a learned question is about ("who looks after the label printers?" → "label printers"), not how it asked.
  for (const l of learned) {
    const topic = extractTopic(normalizeText(l.text));
    if (topic !== '') byRow.set(l.rowId, [...(byRow.get(l.rowId) ?? []), topic]);
  }
  return { ...matrix, rows: matrix.rows.map((r) => (byRow.has(r.id) ? { ...r, aliases: [...r.aliases, ...(byRow.get(r.id) ?? [])] } : r)) };
}

/** Builds the index for a matrix once; the returned resolver answers questions against it. */
export function buildResolver(matrix: Matrix, options: ResolverOptions = {}): Resolver {
  const index = buildMatrixIndex(withLearned(matrix, options.learned ?? []));
  // Answers carry the matrix's own rows: learned phrasings stay out of cards and exports.
  return { resolve: (question: string) => resolveWithIndex(index, question, matrix.rows) };
}
