import { buildMatrixCard, type AdaptiveCardJson } from '../../../cards/index.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { MatrixVersion } from '../../domain/matrix/matrix.ts';
import { formatDate } from './format-time.ts';
import { ownerKindOf } from './owner-kind.ts';

export type MatrixView = 'all' | 'internal' | 'msp' | 'joint';

/** The matrix grouped by owner (`matrix`), or one group (`ours`, `msp`, `joint`). */
export function matrixCard(engagement: Engagement, version: MatrixVersion, view: MatrixView): AdaptiveCardJson {
  const rows = version.matrix.rows
    .map((row) => ({ functionName: row.function, internalCell: row.internal.raw, mspCell: row.msp.raw, owner: ownerKindOf(row) }))
    .filter((row) => view === 'all' || row.owner === view);
  return buildMatrixCard({
    view,
    matrixVersion: version.version,
    updatedAt: formatDate(version.at, engagement.internal.timeZone),
    updatedBy: version.author,
    internalName: engagement.internal.name,
    mspName: engagement.msp.name,
    rows,
  });
}
