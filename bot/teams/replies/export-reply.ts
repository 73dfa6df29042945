import { buildExportCard, type AdaptiveCardJson } from '../../../cards/index.ts';
import { exportMatrix } from '../../domain/matrix/matrix-export.ts';
import type { MatrixVersion } from '../../domain/matrix/matrix.ts';

/** `export`: one card per format asked for, each with the text `import` reads back. */
export function exportCards(version: MatrixVersion, format: 'md' | 'csv' | 'both'): AdaptiveCardJson[] {
  const formats: Array<'md' | 'csv'> = format === 'both' ? ['md', 'csv'] : [format];
  return formats.map((f) => buildExportCard({ format: f, text: exportMatrix(version.matrix, f), matrixVersion: version.version, rowCount: version.matrix.rows.length }));
}
