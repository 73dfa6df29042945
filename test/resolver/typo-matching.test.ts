import { describe, expect, it } from 'vitest';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { buildTypoIndex, correctTypo } from '../../bot/domain/resolver/typo-corrector.ts';
import { allowedEdits, osaDistance } from '../../bot/domain/resolver/typo-distance.ts';
import { fixtureMatrix } from './resolver-fixtures.ts';

describe('osaDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit', () => {
    expect(osaDistance('patching', 'patching', 2)).toBe(0);
    expect(osaDistance('pacthing', 'patching', 2)).toBe(1);
    expect(osaDistance('priner', 'printer', 2)).toBe(1);
    expect(osaDistance('bakcups', 'backups', 2)).toBe(1);
    expect(osaDistance('onbaording', 'onboarding', 2)).toBe(1);
    expect(osaDistance('monitorng', 'monitoring', 2)).toBe(1);
    expect(osaDistance('ca', 'abc', 3)).toBe(3); // OSA, not full Damerau
  });

  it('exits early with max + 1', () => {
    expect(osaDistance('firewall', 'printers', 2)).toBe(3);
    expect(osaDistance('a', 'abcdef', 1)).toBe(2);
  });

  it('allows no edit below 4 letters, 1 from 4, 2 from 8', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('correctTypo', () => {
  const index = buildTypoIndex(['patching', 'printer', 'backups', 'handles', 'onboarding', 'server', 'servers']);

  it('finds the closest vocabulary word through the deletion neighbourhood', () => {
    expect(correctTypo('pacthing', [index])?.word).toBe('patching');
    expect(correctTypo('hanldes', [index])?.word).toBe('handles');
    expect(correctTypo('onbaording', [index])?.word).toBe('onboarding');
    expect(correctTypo('servres', [index])?.word).toBe('servers');
  });

  it('never corrects short words or words too far away', () => {
    expect(correctTypo('srv', [index])).toBeUndefined();
    expect(correctTypo('payroll', [index])).toBeUndefined();
    expect(correctTypo('patchnig', [index])?.word).toBe('patching');
    expect(correctTypo('ptchng', [index])).toBeUndefined();
  });

  it('keeps the first letter (a misspelling rarely changes it)', () => {
    expect(correctTypo('watches', [buildTypoIndex(['patches'])])).toBeUndefined();
  });
});

describe('resolver with misspellings', () => {
  const resolver = buildResolver(fixtureMatrix('default-template'));
  it.each([
    ['who hanldes backups', 'Backup management and testing'],
    ['who does pacthing for servers', 'Patch management for servers'],
    ['who handles onbaording', 'User onboarding / offboarding'],
    ['who fixes the priner', 'Tier 1 helpdesk (passwords, printers, basic Windows)'],
    ['bakcups', 'Backup management and testing'],
  ])('%s → %s', (question, expected) => {
    const r = resolver.resolve(question);
    expect(r.outcome).toBe('answer');
    expect(r.match?.row.function).toBe(expected);
  });

  it('does not turn everyday words into IT words', () => {
    expect(resolver.resolve('who restocks the vending machine').outcome).toBe('gap');
    expect(resolver.resolve('who watches the kids').outcome).toBe('gap');
  });
});
