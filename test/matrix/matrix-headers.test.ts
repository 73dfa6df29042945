import { describe, expect, it } from 'vitest';
import { parseMatrix } from '../../bot/domain/matrix/matrix-import.ts';

/** Matrices come with headers nobody standardised; the three columns must still be found. */
describe('header spellings', () => {
  it.each([
    ['IT Function,In-house IT,MSP Partner,Notes\nServer patching,,Yes,monthly\n', 'Server patching', 'msp'],
    ['Category;Internal;MSP\nBackups;No;Yes\n', 'Backups', 'msp'],
    ['| Area | Client | Provider |\n|--|--|--|\n| Firewall | - | x |\n', 'Firewall', 'msp'],
    ['| # | Workstream | Internal IT Team | MSP Partner | MSP contact |\n|---|---|---|---|---|\n| 1 | Firewall | - | x | Bob |\n', 'Firewall', 'msp'],
    ['| Service | Our IT staff | Managed services | Comments |\n|---|---|---|---|\n| Wi-Fi | ✓ | | |\n', 'Wi-Fi', 'internal'],
  ])('%j', (text, fn, owner) => {
    const result = parseMatrix(text);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    const row = result.matrix.rows[0]!;
    expect(row.function).toBe(fn);
    expect((owner === 'msp' ? row.msp : row.internal).kind).toBe('owns');
  });

  it('keeps a contact column as a contact, not as a side', () => {
    const result = parseMatrix('| Function | Internal | MSP | MSP contact |\n|---|---|---|---|\n| Firewall | — | ✓ | Bob |\n');
    expect(result.ok && result.matrix.rows[0]!.mspContact).toBe('Bob');
  });

  it('still refuses a header without the sides, naming what it found', () => {
    const result = parseMatrix('| Function | Owner |\n|---|---|\n| Firewall | MSP |\n');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]!.message).toMatch(/Function, Internal and MSP/);
  });
});
