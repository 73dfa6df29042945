import type { Matrix, MatrixVersion } from './matrix.ts';

export const MAX_REASON_CHARS = 500;

export type NextVersionResult = { readonly ok: true; readonly version: MatrixVersion } | { readonly ok: false; readonly errors: readonly string[] };

/** Problems with who is publishing and why: both must be given (the history is an audit trail). */
export function validateVersionMeta(author: string, reason: string): string[] {
  const errors: string[] = [];
  if (author.trim() === '') errors.push('a new matrix version needs an author');
  if (reason.trim() === '') errors.push('a new matrix version needs a reason (what changed and why)');
  if (reason.trim().length > MAX_REASON_CHARS) errors.push(`the reason is longer than ${MAX_REASON_CHARS} characters`);
  return errors;
}

/**
 * The version that follows `current` (1 when there is none). `engagementId` is needed only for the
 * first version; later ones keep the engagement of `current`.
 */
export function nextVersion(
  current: MatrixVersion | undefined,
  matrix: Matrix,
  author: string,
  reason: string,
  at: Date,
  engagementId: string | undefined = current?.engagementId,
): NextVersionResult {
  const errors = validateVersionMeta(author, reason);
  if (!engagementId) errors.push('the first matrix version needs the engagement id');
  if (current && engagementId && current.engagementId !== engagementId) errors.push(`version ${current.version} belongs to another engagement`);
  if (Number.isNaN(at.getTime())) errors.push('the time of the version is not a valid date');
  if (errors.length > 0 || !engagementId) return { ok: false, errors };
  return {
    ok: true,
    version: { engagementId, version: (current?.version ?? 0) + 1, author: author.trim(), at: at.toISOString(), reason: reason.trim(), matrix },
  };
}

/** "v3 by Dana Ortiz, 2025-12-02T14:05:00.000Z: Imported in Teams" for history lists and logs. */
export function describeVersion(version: Pick<MatrixVersion, 'version' | 'author' | 'at' | 'reason'>): string {
  return `v${version.version} by ${version.author}, ${version.at}: ${version.reason}`;
}

/** Versions newest first. */
export function newestFirst<T extends Pick<MatrixVersion, 'version'>>(versions: readonly T[]): T[] {
  return [...versions].sort((a, b) => b.version - a.version);
}
