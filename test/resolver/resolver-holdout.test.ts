import { describe, expect, it } from 'vitest';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { evaluate, fixtureMatrix, fixtureQuestions } from './resolver-fixtures.ts';

/**
 * Held-out matrix (a law firm) and questions, written before tuning and not used to
 * tune: a guard against overfitting the lexicon and thresholds to the dev sets.
 */
describe('resolver held-out set', () => {
  it('scores ≥85% on an unseen matrix without aliases', () => {
    const matrix = fixtureMatrix('holdout-matrix');
    expect(matrix.rows.length).toBeGreaterThanOrEqual(15);
    const result = evaluate(buildResolver(matrix), fixtureQuestions('holdout-questions'));
    console.log(
      `[resolver holdout] ${result.right}/${result.total} right (${((100 * result.right) / result.total).toFixed(1)}%), ` +
        `off-topic answered ${result.offTopicAnswered}/${result.offTopic}\n${result.failures.join('\n')}`,
    );
    expect(result.right / result.total).toBeGreaterThanOrEqual(0.85);
  });
});
