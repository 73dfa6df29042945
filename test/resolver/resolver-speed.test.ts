import { describe, expect, it } from 'vitest';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { averageResolveMs, benchmarkQuestions, syntheticMatrix } from './resolver-benchmark.ts';

/** Sanity check only, with a very generous bound; the real benchmark runs elsewhere. */
describe('resolver speed (sanity)', () => {
  it('resolves against a 500-row matrix in well under 5 ms per question', () => {
    const matrix = syntheticMatrix(500);
    expect(matrix.rows).toHaveLength(500);
    const resolver = buildResolver(matrix);
    const ms = averageResolveMs(resolver, benchmarkQuestions(), 1);
    console.log(`[resolver speed] ${(ms * 1000).toFixed(1)} µs per question on 500 rows`);
    expect(ms).toBeLessThan(5);
  });
});
