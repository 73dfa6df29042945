import { describe, expect, it } from 'vitest';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { evaluate, fixtureMatrix, fixtureQuestions } from './resolver-fixtures.ts';

/** Dev sets: ≥95% right (expected row answered, or gap when off-topic), ≤5% off-topic answered. */
const SETS = [
  { matrix: 'default-template', questions: 'default-template-questions' },
  { matrix: 'second-matrix', questions: 'second-matrix-questions' },
] as const;

describe('resolver dev sets', () => {
  for (const set of SETS) {
    it(`${set.matrix}: ≥95% right, ≤5% off-topic answered`, () => {
      const result = evaluate(buildResolver(fixtureMatrix(set.matrix)), fixtureQuestions(set.questions));
      const rate = result.right / result.total;
      console.log(
        `[resolver dev set] ${set.matrix}: ${result.right}/${result.total} right (${(rate * 100).toFixed(1)}%), ` +
          `off-topic answered ${result.offTopicAnswered}/${result.offTopic}\n${result.failures.join('\n')}`,
      );
      expect(result.offTopic / result.total).toBeGreaterThanOrEqual(0.15);
      expect(rate).toBeGreaterThanOrEqual(0.95);
      expect(result.offTopicAnswered / result.offTopic).toBeLessThanOrEqual(0.05);
    });
  }

  it('has at least 150 dev questions in total', () => {
    const total = SETS.reduce((n, s) => n + fixtureQuestions(s.questions).length, 0);
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it('every expected row exists in its matrix', () => {
    for (const set of SETS) {
      const functions = new Set(fixtureMatrix(set.matrix).rows.map((r) => r.function));
      for (const q of fixtureQuestions(set.questions)) {
        if (q.expect !== null) expect(functions, q.q).toContain(q.expect);
      }
    }
  });
});
