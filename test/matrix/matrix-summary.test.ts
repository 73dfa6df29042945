import { describe, expect, it } from 'vitest';
import { parseCell } from '../../bot/domain/matrix/cell.ts';
import { defaultTemplateMatrix } from '../../bot/domain/matrix/default-template.ts';
import { cellText, ownerLabel, primaryOwner, rowsBySide } from '../../bot/domain/matrix/matrix-summary.ts';
import { parseMatrix } from '../../bot/domain/matrix/matrix-import.ts';

const row = (internal: string, msp: string) => ({ internal: parseCell(internal), msp: parseCell(msp) });

describe('ownerLabel', () => {
  it.each([
    ['✓', '—', 'Internal'],
    ['—', '✓', 'MSP'],
    ['✓', '✓', 'Joint'],
    ['Joint', 'Joint', 'Joint'],
    ['Joint', '—', 'Joint'],
    ['—', 'Shared', 'Joint'],
    ['✓', 'Overflow only', 'Internal'],
    ['When MSP unavailable', '✓', 'MSP'],
    ['After hours', '', 'Internal'],
    ['—', 'Advanced changes only', 'MSP'],
    ['Approval only', 'Advanced changes only', 'Joint'],
    ['—', '—', null],
    ['', 'n/a', null],
  ] as const)('%s | %s → %s', (internal, msp, label) => {
    expect(ownerLabel(row(internal, msp))).toBe(label);
    expect(primaryOwner(row(internal, msp))).toBe(label === null ? null : label.toLowerCase());
  });

  it('shows an empty cell as a dash', () => {
    expect(cellText(parseCell(''))).toBe('—');
    expect(cellText(parseCell('Overflow only'))).toBe('Overflow only');
  });
});

describe('rowsBySide', () => {
  it('groups the default template for ours / msp / joint', () => {
    const groups = rowsBySide(defaultTemplateMatrix());
    expect(groups.internal.map((r) => r.id)).toEqual([
      'tier-1-helpdesk-passwords-printers-basic-windows',
      'on-site-visits-hands-on-hardware',
      'user-onboarding-offboarding',
      'user-accounts-sign-in-and-mfa-entra-id-active-directory',
      'microsoft-365-administration-mailboxes-teams-sharepoint',
      'phone-system-teams-phone-desk-phones',
      'software-licences-and-hardware-purchasing',
    ]);
    expect(groups.msp).toHaveLength(14);
    expect(groups.joint.map((r) => r.function)).toEqual(['Patch management for workstations', 'Major projects (migrations, deployments)']);
    expect(groups.unowned).toEqual([]);
  });

  it('puts rows nobody owns under unowned', () => {
    const parsed = parseMatrix('Function,Internal,MSP\nPrinters,—,—\nBackups,—,✓\n', 'csv');
    if (!parsed.ok) throw new Error('setup');
    expect(rowsBySide(parsed.matrix).unowned.map((r) => r.function)).toEqual(['Printers']);
  });
});
