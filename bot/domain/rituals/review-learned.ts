import type { Engagement } from '../engagement/engagement.ts';
import { isActive, type LearnedPhrasingRecord } from '../corrections/learned-phrasing.ts';
import type { Matrix, MatrixRow } from '../matrix/matrix.ts';
import { guard, voidSignOffs, type Review, type ReviewResult } from './review.ts';
import type { RitualActor } from './standup.ts';

/**
 * The quarterly review's say on what Baton learned from corrections: the learned phrasings of each
 * row are listed; managers keep them (they become the row's aliases in the new version) or drop them.
 * A row retired in the new version drops its phrasings.
 */

export interface ReviewLearnedRow {
  readonly rowId: string;
  readonly function: string;
  readonly phrasings: ReadonlyArray<{ readonly id: string; readonly text: string }>;
}

/** Rows listed at most, and phrasings per row (the review card keeps one short line per row). */
export const MAX_REVIEW_LEARNED_ROWS = 30;
const MAX_PHRASINGS_PER_ROW = 10;

/** The learned phrasings still in force, by row of the matrix under review (matrix order). */
export function learnedForReview(phrasings: readonly LearnedPhrasingRecord[], matrix: Matrix): ReviewLearnedRow[] {
  const active = phrasings.filter(isActive).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return matrix.rows
    .map((row) => ({
      rowId: row.id,
      function: row.function,
      phrasings: active
        .filter((p) => p.rowId === row.id)
        .slice(0, MAX_PHRASINGS_PER_ROW)
        .map((p) => ({ id: p.id, text: p.text })),
    }))
    .filter((r) => r.phrasings.length > 0)
    .slice(0, MAX_REVIEW_LEARNED_ROWS);
}

/** A manager sets which rows keep their learned phrasings (the rest are dropped). */
export function decideLearned(review: Review, engagement: Engagement, actor: RitualActor, keptRowIds: readonly string[], _now: Date): ReviewResult {
  const g = guard(review, engagement, actor);
  if ('reason' in g) return { ok: false, reason: g.reason };
  const listed = (review.learned ?? []).map((r) => r.rowId);
  if (listed.length === 0) return { ok: false, reason: 'This review lists no learned phrasings.' };
  const kept = new Set(keptRowIds);
  const learnedDropped = listed.filter((id) => !kept.has(id));
  const same = learnedDropped.length === (review.learnedDropped ?? []).length && learnedDropped.every((id) => review.learnedDropped?.includes(id));
  if (same) return { ok: true, review, note: 'Learned phrasings: nothing changed.' };
  const voided = voidSignOffs({ ...review, learnedDropped });
  const keptCount = listed.length - learnedDropped.length;
  const note = [
    `Learned phrasings: ${keptCount} row${keptCount === 1 ? '' : 's'} keep theirs as aliases, ${learnedDropped.length} drop${learnedDropped.length === 1 ? 's' : ''} them.`,
    voided.note,
  ]
    .filter(Boolean)
    .join(' ');
  return { ok: true, review: voided.review, note };
}

function kept(review: Review): ReviewLearnedRow[] {
  const dropped = new Set(review.learnedDropped ?? []);
  return (review.learned ?? []).filter((r) => !dropped.has(r.rowId));
}

/** The new version's matrix with the kept phrasings added to their rows' aliases (rows still in it only). */
export function applyLearned(matrix: Matrix, review: Review): Matrix {
  const byRow = new Map(kept(review).map((r) => [r.rowId, r.phrasings.map((p) => p.text)]));
  if (byRow.size === 0) return matrix;
  const withAliases = (row: MatrixRow): MatrixRow => {
    const texts = byRow.get(row.id);
    if (!texts) return row;
    const seen = new Set([row.function, ...row.aliases].map((t) => t.trim().toLowerCase()));
    const added = texts.filter((t) => {
      const key = t.trim().toLowerCase();
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return added.length > 0 ? { ...row, aliases: [...row.aliases, ...added] } : row;
  };
  return { ...matrix, rows: matrix.rows.map(withAliases) };
}

/** After publication: which listed phrasings became aliases and which were dropped (their row retired, or dropped). */
export function learnedFate(review: Review, published: Matrix): { adopted: string[]; dropped: string[]; retiredRows: string[] } {
  const inMatrix = new Set(published.rows.map((r) => r.id));
  const keptRows = new Set(kept(review).map((r) => r.rowId));
  const adopted: string[] = [];
  const dropped: string[] = [];
  for (const row of review.learned ?? []) {
    for (const p of row.phrasings) (inMatrix.has(row.rowId) && keptRows.has(row.rowId) ? adopted : dropped).push(p.id);
  }
  const retiredRows = (review.learned ?? []).map((r) => r.rowId).filter((id) => !inMatrix.has(id));
  return { adopted, dropped, retiredRows };
}
