import type { AdaptiveCardJson } from '../../../cards/index.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { describeChange, diffMatrices, summarizeDiff } from '../../domain/matrix/matrix-diff.ts';
import type { MatrixVersion } from '../../domain/matrix/matrix.ts';
import { newestFirst } from '../../domain/matrix/matrix-versions.ts';
import type { MatrixVersionInfo } from '../../storage/matrix-version-store.ts';
import { formatInstant } from './format-time.ts';
import { literal, noticeCard } from './notice-reply.ts';

const SHOWN = 15;

/** `history`: matrix versions, newest first: who, when, why. */
export function historyCard(engagement: Engagement, history: readonly MatrixVersionInfo[]): AdaptiveCardJson {
  if (history.length === 0) return noticeCard({ title: 'No matrix versions yet', text: 'Say `setup` to load the first matrix.', style: 'warning' });
  const versions = newestFirst(history);
  const bullets = versions
    .slice(0, SHOWN)
    .map(
      (v) =>
        `v${v.version}${v.version === engagement.matrixVersion ? ' (current)' : ''}: ${literal(v.reason)}, by ${literal(v.author)}, ${formatInstant(v.at, engagement.internal.timeZone)}, ${v.rowCount} rows`,
    );
  if (versions.length > SHOWN) bullets.push(`… and ${versions.length - SHOWN} older versions`);
  return noticeCard({ title: `Matrix history: ${versions.length} ${versions.length === 1 ? 'version' : 'versions'}`, bullets, style: 'default' });
}

const LISTED = 30;

/** `diff`: rows added, removed and changed between two versions. */
export function diffCard(before: MatrixVersion, after: MatrixVersion): AdaptiveCardJson {
  const diff = diffMatrices(before.matrix, after.matrix);
  const bullets = [
    ...diff.added.map((r) => `Added: ${literal(r.function)}`),
    ...diff.removed.map((r) => `Removed: ${literal(r.function)}`),
    ...diff.changed.map((c) => `Changed: ${literal(describeChange(c))}`),
  ];
  const shown = bullets.slice(0, LISTED);
  if (bullets.length > LISTED) shown.push(`… and ${bullets.length - LISTED} more`);
  return noticeCard({
    title: `Matrix v${before.version} → v${after.version}: ${summarizeDiff(diff)}`,
    ...(shown.length > 0 ? { bullets: shown } : { text: 'The two versions are the same.' }),
    style: 'default',
  });
}
