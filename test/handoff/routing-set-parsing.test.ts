import { describe, expect, it } from 'vitest';
import { parseAlertBody } from '../../bot/domain/alerts/parse-alert-body.ts';
import { loadRoutingSets } from '../fixtures/routing/routing-sets.ts';

/** The routing test sets are only useful if Baton accepts every body and every expectation names a real row. */
const sets = loadRoutingSets();

describe('routing test sets', () => {
  it('has the three sets, each with a 25–30 row matrix and 30–40 alerts', () => {
    expect(sets.map((s) => s.name)).toEqual(['accounting-firm', 'manufacturer-ot', 'senior-care']);
    for (const set of sets) {
      expect(set.matrixRows.length, set.name).toBeGreaterThanOrEqual(25);
      expect(set.matrixRows.length, set.name).toBeLessThanOrEqual(30);
      expect(set.alerts.length, set.name).toBeGreaterThanOrEqual(30);
      expect(set.alerts.length, set.name).toBeLessThanOrEqual(40);
      expect(new Set(set.matrixRows.map((r) => r.function)).size, `${set.name}: row functions are unique`).toBe(set.matrixRows.length);
    }
  });

  for (const set of sets) {
    describe(set.name, () => {
      const functions = new Set(set.matrixRows.map((r) => r.function));

      it.each(set.alerts.map((a, i) => [i + 1, a.tool, a] as const))('alert %i (%s) parses as its format into at least one event', (_line, _tool, alert) => {
        const parsed = parseAlertBody(alert.body);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
        expect(parsed.format).toBe(alert.format);
        if (parsed.ok) expect(parsed.events.length).toBeGreaterThanOrEqual(1);
      });

      it('every expect is null or exactly a row function of the matrix', () => {
        const unknown = set.alerts.filter((a) => a.expect !== null && !functions.has(a.expect)).map((a) => a.expect);
        expect(unknown).toEqual([]);
      });

      it('no baton body names its function (that would bypass routing)', () => {
        const naming = set.alerts.filter((a) => a.format === 'baton' && typeof a.body === 'object' && a.body !== null && 'function' in a.body);
        expect(naming.map((a) => a.tool)).toEqual([]);
      });

      it('at most a third of its alerts are in Baton format', () => {
        expect(set.alerts.filter((a) => a.format === 'baton').length * 3).toBeLessThanOrEqual(set.alerts.length);
      });
    });
  }
});
