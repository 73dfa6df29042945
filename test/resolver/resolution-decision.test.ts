import { describe, expect, it } from 'vitest';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { answerConfidence, decide } from '../../bot/domain/resolver/resolution-decision.ts';
import type { Anchor, RowScore } from '../../bot/domain/resolver/row-scoring.ts';
import { fixtureMatrix, matrixOf } from './resolver-fixtures.ts';

function scored(row: number, score: number, anchor: Anchor = 'specific'): RowScore {
  return { row, score, coverage: score, rowCoverage: 0.5, directShare: 1, anchor, matchedTerms: [], distinctive: false, unitMask: 1, specificMask: anchor === 'specific' ? 1 : 0 };
}

describe('decide', () => {
  it('answers a good score clearly ahead of the runner-up', () => {
    const d = decide([scored(0, 0.9), scored(1, 0.3)]);
    expect(d.outcome).toBe('answer');
    expect(d.best?.row).toBe(0);
    expect(d.confidence).toBeGreaterThan(0.8);
  });

  it('is ambiguous when the runner-up is close', () => {
    const d = decide([scored(0, 0.7), scored(1, 0.68), scored(2, 0.5), scored(3, 0.45)]);
    expect(d.outcome).toBe('ambiguous');
    expect(d.alternatives.map((a) => a.row)).toEqual([0, 1, 2]);
  });

  it('is ambiguous when plausible but weak', () => {
    expect(decide([scored(0, 0.22)]).outcome).toBe('ambiguous');
    expect(decide([scored(0, 0.4), scored(1, 0.35)]).outcome).toBe('ambiguous');
  });

  it('is a gap when nothing is plausible, nothing matched, or only weak words matched', () => {
    expect(decide([]).outcome).toBe('gap');
    expect(decide([scored(0, 0.15)]).outcome).toBe('gap');
    expect(decide([scored(0, 0.9, 'none')]).outcome).toBe('gap');
  });

  it('answers on plain-English words alone only when they say nearly all a row says, and no other row comes near', () => {
    expect(decide([scored(0, 0.35, 'broad')]).outcome).toBe('gap');
    expect(decide([scored(0, 0.85, 'broad')]).outcome).toBe('ambiguous');
    expect(decide([scored(0, 0.92, 'broad')]).outcome).toBe('answer');
    expect(decide([scored(0, 0.92, 'broad'), scored(1, 0.6, 'broad')]).outcome).toBe('ambiguous');
  });

  it('lowers confidence as the runner-up closes in, within 0..1', () => {
    expect(answerConfidence(0.9, 0)).toBeCloseTo(0.9);
    expect(answerConfidence(0.9, 0.6)).toBeLessThan(0.9);
    expect(answerConfidence(0, 0)).toBe(0);
  });
});

describe('resolver outcomes on the default template', () => {
  const resolver = buildResolver(fixtureMatrix('default-template'));

  it('answers with an explanation and the topic', () => {
    const r = resolver.resolve('who owns server patching?');
    expect(r.outcome).toBe('answer');
    expect(r.topic).toBe('server patching');
    expect(r.match?.row.function).toBe('Patch management for servers');
    expect(r.match?.matchedTerms).toEqual(['server', 'patching']);
    expect(r.confidence).toBeGreaterThan(0.5);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });

  it('uses qualifying words: servers vs workstations', () => {
    expect(resolver.resolve('patching servers?').match?.row.function).toBe('Patch management for servers');
    expect(resolver.resolve('laptop updates').match?.row.function).toBe('Patch management for workstations');
  });

  it('offers "did you mean" when a question fits two rows equally', () => {
    const r = resolver.resolve('who owns patching?');
    expect(r.outcome).toBe('ambiguous');
    expect(r.match).toBeUndefined();
    expect(r.alternatives.map((a) => a.row.function).sort()).toEqual(['Patch management for servers', 'Patch management for workstations']);
  });

  it.each([
    'who owns payroll?',
    'who fixes the coffee machine?',
    'who waters the plants',
    'who approves vacation',
    "what's for lunch",
    'who handles the office lease',
    'who orders stationery',
  ])('off-topic "%s" is a gap', (q) => {
    expect(resolver.resolve(q).outcome).toBe('gap');
  });

  it.each(['management', 'support', 'the', 'issues', 'problem', 'system', 'who', 'help', 'who handles management support issues'])(
    'a generic word alone ("%s") never answers',
    (q) => {
      expect(resolver.resolve(q).outcome).not.toBe('answer');
    },
  );

  it('is deterministic', () => {
    const a = resolver.resolve("EDR — ours or the MSP's?");
    const b = buildResolver(fixtureMatrix('default-template')).resolve("EDR — ours or the MSP's?");
    expect(a).toEqual(b);
    expect(a.match?.row.function).toBe('EDR management / response');
  });

  it('handles an empty matrix and an empty question', () => {
    expect(buildResolver({ rows: [] }).resolve('who owns backups?').outcome).toBe('gap');
    expect(resolver.resolve('').outcome).toBe('gap');
    expect(resolver.resolve('???').topic).toBe('');
  });
});

describe('questions made only of everyday words', () => {
  const resolver = buildResolver(
    matrixOf([
      { function: 'Staff accounts & password resets', internal: '✓', msp: '—' },
      { function: 'Student accounts & rostering', internal: '—', msp: '✓' },
      { function: 'Staff laptops & desktops', internal: '—', msp: '✓' },
      { function: 'Printers & copiers', internal: '✓', msp: '—' },
    ]),
  );

  it('suggests the row several of them name together instead of calling it a gap', () => {
    const r = resolver.resolve('who makes accounts for new staff?');
    expect(r.outcome).toBe('ambiguous');
    expect(r.alternatives[0]?.row.function).toBe('Staff accounts & password resets');
  });

  it('still says nothing on one everyday word, and does not answer on them', () => {
    expect(resolver.resolve('who handles the new stuff?').outcome).toBe('gap');
    expect(resolver.resolve('staff meeting next week').outcome).not.toBe('answer');
  });
});
