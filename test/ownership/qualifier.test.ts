import { describe, expect, it } from 'vitest';
import { interpretQualifier, type QualifierKind } from '../../bot/domain/ownership/qualifier.ts';

const CASES: ReadonlyArray<[string, QualifierKind]> = [
  ['Overflow only', 'backup'],
  ['Backup', 'backup'],
  ['Secondary', 'backup'],
  ['Assist', 'backup'],
  ['As needed', 'backup'],
  ['Escalation only', 'backup'],
  ['Tier 2', 'backup'],
  ['When internal unavailable', 'when-other-unavailable'],
  ['If internal is away', 'when-other-unavailable'],
  ['If internal is out', 'when-other-unavailable'],
  ['When Contoso IT is on leave', 'when-other-unavailable'],
  ['If internal absent', 'when-other-unavailable'],
  ['When MSP unavailable', 'when-other-unavailable'],
  ['Cover', 'when-other-unavailable'],
  ['Vacation coverage', 'when-other-unavailable'],
  ['After hours', 'after-hours'],
  ['After-hours', 'after-hours'],
  ['Out of hours', 'after-hours'],
  ['Nights/weekends', 'after-hours'],
  ['24/7 on-call', 'after-hours'],
  ['Business hours only', 'business-hours'],
  ['9-5', 'business-hours'],
  ['Weekdays only', 'business-hours'],
  ['Advanced changes only', 'scoped'],
  ['Approval only', 'scoped'],
  ['Licensing', 'scoped'],
];

describe('interpretQualifier', () => {
  it.each(CASES)('%s → %s', (text, kind) => {
    const condition = interpretQualifier(text);
    expect(condition.kind).toBe(kind);
    expect(condition.text).toBe(text);
    expect(condition.meaning.length).toBeGreaterThan(10);
  });

  it('gives a plain-English meaning', () => {
    expect(interpretQualifier('Overflow only').meaning).toBe('helps with overflow only: steps in when the owner is unavailable or needs a hand');
    expect(interpretQualifier('When internal unavailable').meaning).toBe('covers when the other side is unavailable (away or outside its hours)');
    expect(interpretQualifier(' Advanced changes only ').meaning).toBe('has a limited part: "Advanced changes only"');
  });
});
