import { buildImportResultCard, type AdaptiveCardJson } from '../../../cards/index.ts';
import type { MatrixDiff } from '../../domain/matrix/matrix-diff.ts';
import { describeChange } from '../../domain/matrix/matrix-diff.ts';
import type { MatrixImportError, MatrixImportWarning } from '../../domain/matrix/matrix-import.ts';
import type { MatrixVersion } from '../../domain/matrix/matrix.ts';

const problem = (p: MatrixImportError) => ({ line: p.line, message: p.message, ...(p.column ? { column: p.column } : {}) });

export function importFailedCard(errors: readonly MatrixImportError[]): AdaptiveCardJson {
  return buildImportResultCard({ ok: false, errors: errors.map(problem) });
}

export function importSucceededCard(version: MatrixVersion, diff: MatrixDiff, warnings: readonly MatrixImportWarning[]): AdaptiveCardJson {
  return buildImportResultCard({
    ok: true,
    matrixVersion: version.version,
    rowCount: version.matrix.rows.length,
    added: diff.added.map((r) => r.function),
    removed: diff.removed.map((r) => r.function),
    changed: diff.changed.map((c) => describeChange(c)),
    unchanged: diff.unchanged,
    warnings: warnings.map(problem),
  });
}
