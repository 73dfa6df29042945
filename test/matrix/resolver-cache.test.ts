import { describe, expect, it } from 'vitest';
import { MatrixService } from '../../bot/app/matrix-service.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import type { MatrixVersion } from '../../bot/domain/matrix/matrix.ts';

describe('the resolver cache', () => {
  // resolverFor touches no storage.
  const service = new MatrixService(undefined as never, undefined as never, () => new Date());
  const matrix = defaultTemplateMatrix();
  const version = (i: number): MatrixVersion => ({ engagementId: `e-${i}`, version: 1, author: 'a', at: '2026-12-01T00:00:00Z', reason: 'r', matrix });

  it('builds a resolver once per version, and keeps the ones in use while alerts go round many engagements', () => {
    const busy = service.resolverFor(version(0));
    expect(service.resolverFor(version(0))).toBe(busy);
    // Round after round over 400 engagements, one of them used in every round, stays cached.
    for (let round = 0; round < 2; round++) {
      for (let i = 1; i <= 400; i++) {
        service.resolverFor(version(i));
        if (i % 50 === 0) expect(service.resolverFor(version(0))).toBe(busy);
      }
    }
    const early = service.resolverFor(version(1));
    expect(service.resolverFor(version(1))).toBe(early);
  });
});
