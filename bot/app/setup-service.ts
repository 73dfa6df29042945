import { isDeepStrictEqual } from 'node:util';
import type { Engagement } from '../domain/engagement/engagement.ts';
import { applySetup, type SetupInput } from '../domain/engagement/setup-input.ts';
import type { Matrix, MatrixVersion } from '../domain/matrix/matrix.ts';
import type { Services } from './services.ts';

export interface SetupOutcome {
  readonly engagement: Engagement;
  readonly version: MatrixVersion;
  /** False when the matrix given was the same as the current one (no new version). */
  readonly newVersion: boolean;
}

/**
 * Setup, the same from the Teams card and from `baton engagement setup`: the sides, hours and time
 * zone, and the matrix published as a new version (unless it is unchanged). `actor` (a Teams user)
 * becomes their side's manager; the CLI passes none.
 */
export async function runSetup(
  services: Services,
  engagementId: string,
  input: SetupInput,
  matrix: Matrix,
  actor: { id: string; name: string } | undefined,
  author: string,
): Promise<SetupOutcome> {
  const at = services.clock().toISOString();
  const engagement = await services.engagements.update(engagementId, (current) => {
    const configured = applySetup(current, input, actor ?? { id: '', name: '' }, at);
    return actor ? configured : { ...configured, people: current.people };
  });
  const current = await services.matrices.current(engagementId, engagement.matrixVersion);
  if (current && isDeepStrictEqual(current.matrix, matrix)) return { engagement, version: current, newVersion: false };
  const version = await services.matrices.publish(engagementId, matrix, author, current ? 'Setup: matrix replaced' : 'Setup: first matrix');
  const updated = (await services.engagements.getFresh(engagementId)) ?? engagement;
  return { engagement: updated, version, newVersion: true };
}
