import { buildLearnedCard, type AdaptiveCardJson, type LearnedCardRow } from '../../../cards/index.ts';
import { teachers, type LearnedPhrasingRecord } from '../../domain/corrections/learned-phrasing.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import type { Matrix } from '../../domain/matrix/matrix.ts';
import { formatDate } from './format-time.ts';

/** `learned`: the phrasings in force, grouped by row in matrix order (rows no longer in the matrix last). */
export function learnedCard(
  engagement: Engagement,
  phrasings: readonly LearnedPhrasingRecord[],
  matrix: Matrix | undefined,
  canManage: boolean,
  notice?: { text: string; good: boolean },
): AdaptiveCardJson {
  const order = new Map((matrix?.rows ?? []).map((r, i) => [r.id, i]));
  const names = new Map((matrix?.rows ?? []).map((r) => [r.id, r.function]));
  const byRow = new Map<string, LearnedPhrasingRecord[]>();
  for (const p of phrasings) {
    if (p.status !== 'personal' && p.status !== 'shared') continue;
    byRow.set(p.rowId, [...(byRow.get(p.rowId) ?? []), p]);
  }
  const rows: LearnedCardRow[] = [...byRow.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER))
    .map(([rowId, list]) => ({
      functionName: names.get(rowId) ?? `${list[0]!.function} (no longer in the matrix)`,
      phrasings: list.map((p) => ({
        id: p.id,
        text: p.text,
        status: p.status === 'shared' ? 'shared' : 'personal',
        taughtBy: `${teachers(p)}, ${formatDate(p.createdAt, engagement.internal.timeZone)}`,
        reach:
          p.status === 'personal'
            ? 'applies to its author only'
            : p.sharedHow === 'manager'
              ? 'applies to everyone (a manager’s correction)'
              : p.sharedHow === 'confirmed'
                ? 'applies to everyone (confirmed by a manager)'
                : 'applies to everyone (two people agreed)',
      })),
    }));
  return buildLearnedCard({ rows, canManage, ...(notice ? { notice } : {}) });
}
