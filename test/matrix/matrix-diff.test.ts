import { describe, expect, it } from 'vitest';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import { diffMatrices, isSameMatrix, summarizeDiff } from '../../bot/domain/matrix/matrix-diff.ts';
import { parseMatrix } from '../../bot/domain/matrix/matrix-import.ts';
import type { Matrix } from '../../bot/domain/matrix/matrix.ts';

function md(text: string): Matrix {
  const result = parseMatrix(text, 'md');
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.matrix;
}

const before = md(`| Function | Internal | MSP | Notes |
|---|---|---|---|
| Backups | — | ✓ | nightly |
| Printers | ✓ | Overflow only | |
| Email security | — | ✓ | |
| Wi-Fi | ✓ | — | |`);

const after = md(`| Function | Internal | MSP | Notes |
|---|---|---|---|
| backups | — | ✓ | nightly |
| Printers | ✓ | When internal unavailable | toner in B2 |
| Wi-Fi | ✓ | — | |
| SIEM | — | ✓ | |`);

describe('diffMatrices', () => {
  it('matches rows by function text ignoring case, and lists field changes', () => {
    const diff = diffMatrices(before, after);
    expect(diff.added.map((r) => r.function)).toEqual(['SIEM']);
    expect(diff.removed.map((r) => r.function)).toEqual(['Email security']);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed.map((c) => [c.after.function, c.changes])).toEqual([
      ['backups', [{ field: 'function', label: 'Function', before: 'Backups', after: 'backups' }]],
      [
        'Printers',
        [
          { field: 'msp', label: 'MSP', before: 'Overflow only', after: 'When internal unavailable' },
          { field: 'notes', label: 'Notes', before: '', after: 'toner in B2' },
        ],
      ],
    ]);
  });

  it('compares extra columns too', () => {
    const a = md('| Function | Internal | MSP | Cost |\n|---|---|---|---|\n| A | ✓ | — | 1 |');
    const b = md('| Function | Internal | MSP | Cost |\n|---|---|---|---|\n| A | ✓ | — | 2 |');
    expect(diffMatrices(a, b).changed[0]!.changes).toEqual([{ field: 'extra:Cost', label: 'Cost', before: '1', after: '2' }]);
  });

  it('treats a first import as all added', () => {
    const diff = diffMatrices({ rows: [] }, defaultTemplateMatrix());
    expect(diff.added).toHaveLength(23);
    expect(summarizeDiff(diff)).toBe(
      '23 added (Tier 1 helpdesk (passwords, printers, basic Windows), On-site visits / hands-on hardware, User onboarding / offboarding, and 20 more); 0 unchanged.',
    );
  });

  it('summarises in one line', () => {
    expect(summarizeDiff(diffMatrices(before, after))).toBe(
      '1 added (SIEM); 1 removed (Email security); 2 changed (backups: Function Backups → backups, Printers: MSP Overflow only → When internal unavailable (+1 more)); 1 unchanged.',
    );
    const same = diffMatrices(before, before);
    expect(isSameMatrix(same)).toBe(true);
    expect(summarizeDiff(same)).toBe('No changes (4 rows).');
  });
});
