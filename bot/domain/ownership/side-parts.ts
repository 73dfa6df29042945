import { SIDES, sideProfile, type Engagement, type Side } from '../engagement/engagement.ts';
import type { MatrixRow } from '../matrix/matrix.ts';
import type { SidePart } from './ownership.ts';
import { interpretQualifier } from './qualifier.ts';

/** The sides that have a part in the row, with what their cell means. */
export function sideParts(row: MatrixRow, engagement: Engagement): SidePart[] {
  const parts: SidePart[] = [];
  for (const side of SIDES) {
    const cell = side === 'internal' ? row.internal : row.msp;
    const name = sideProfile(engagement, side).name;
    if (cell.kind === 'none') continue;
    if (cell.kind === 'owns') parts.push({ side, name, cell, kind: 'owns', meaning: 'owns this' });
    else if (cell.kind === 'joint') parts.push({ side, name, cell, kind: 'joint', meaning: 'shares this (Joint)' });
    else {
      const condition = interpretQualifier(cell.raw);
      parts.push({ side, name, cell, kind: condition.kind, condition, meaning: condition.meaning });
    }
  }
  return parts;
}

export function partOf(parts: readonly SidePart[], side: Side): SidePart | undefined {
  return parts.find((p) => p.side === side);
}
