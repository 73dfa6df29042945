import { describe, expect, it } from 'vitest';
import { parseMatrix, type MatrixImportResult } from '../../bot/domain/matrix/matrix-import.ts';
import type { Matrix } from '../../bot/domain/matrix/matrix.ts';
import { fixtureText } from './fixture-text.ts';

function ok(result: MatrixImportResult): { matrix: Matrix; warnings: readonly { line: number; message: string }[] } {
  if (!result.ok) throw new Error(`expected a matrix, got ${JSON.stringify(result.errors)}`);
  return result;
}

describe('parseMatrix: CSV', () => {
  it('reads every recognised column, quoted cells with commas and quotes, and keeps extra columns', () => {
    const { matrix, warnings } = ok(parseMatrix(fixtureText('contoso.csv')));
    expect(matrix.extraColumns).toEqual(['Cost centre']);
    expect(matrix.rows.map((r) => r.id)).toEqual(['tier-1-helpdesk', 'server-patching', 'firewall-changes', 'on-site-hardware', 'printers']);
    expect(matrix.rows[0]).toEqual({
      id: 'tier-1-helpdesk',
      function: 'Tier 1 helpdesk',
      internal: { raw: '✓', kind: 'owns' },
      msp: { raw: 'Overflow only', kind: 'qualified' },
      aliases: ['helpdesk', 'tickets, L1'],
      internalContact: 'Dana Ortiz',
      escalationContact: 'Max Weber',
      notes: 'Walk-ups welcome, "urgent" via phone',
      extra: { 'Cost centre': 'CC-10' },
    });
    expect(matrix.rows[1]).toMatchObject({ aliases: ['patch tuesday'], mspContact: 'Sam Lee', internal: { kind: 'none' } });
    expect(matrix.rows[1]).not.toHaveProperty('notes');
    expect(matrix.rows[3]!.aliases).toEqual(['desk-side', 'hardware']);
    expect(matrix.rows[4]!.extra).toEqual({ 'Cost centre': '' });
    expect(warnings.map((w) => [w.line, w.message])).toEqual([
      [1, 'the column "Cost centre" is not one Baton reads; it is kept as is and exported again'],
      [6, 'nobody owns "Printers": the Internal and MSP cells both say no one; questions about it will be reported as a gap'],
    ]);
  });

  it('reads an Excel semicolon export with a BOM, a sep= line and header variants', () => {
    const { matrix } = ok(parseMatrix(fixtureText('semicolon-excel.csv')));
    expect(matrix.rows[0]).toMatchObject({
      function: 'Server patching; monthly',
      internal: { raw: '—', kind: 'none' },
      msp: { raw: '✓', kind: 'owns' },
      aliases: ['patching', 'updates'],
      escalationContact: 'Jo Chen',
      extra: { Priority: 'High' },
    });
    expect(matrix.rows[1]!.function).toBe('Printers');
  });

  it('detects semicolon and tab separators without a sep= line', () => {
    expect(ok(parseMatrix('Function;Internal;MSP\nBackups;—;"✓"\n')).matrix.rows[0]!.msp.kind).toBe('owns');
    expect(ok(parseMatrix('Area\tInternal IT\tManaged service provider\nBackups\t—\t✓\n')).matrix.rows[0]!.function).toBe('Backups');
  });

  it('accepts header variants, case and emphasis', () => {
    for (const header of [
      'FUNCTION,INTERNAL,MSP',
      'IT Function,In-house,Provider',
      'Responsibility,Client,MSP',
      'Area,In house,Managed Service Provider',
      'Function:,Internal (Contoso),MSP (Fabrikam)',
    ]) {
      const { matrix } = ok(parseMatrix(`${header}\nBackups,—,✓\n`, 'csv'));
      expect(matrix.rows[0]).toMatchObject({ function: 'Backups', internal: { kind: 'none' }, msp: { kind: 'owns' } });
      expect(matrix.extraColumns).toBeUndefined();
    }
  });

  it('keeps extra columns in order, including a column named like a recognised one that lost to a better match', () => {
    const { matrix } = ok(parseMatrix('Priority,Function,Client,Internal,MSP,Owner team\nhigh,Backups,x,—,✓,ops\n', 'csv'));
    expect(matrix.extraColumns).toEqual(['Priority', 'Client', 'Owner team']);
    expect(matrix.rows[0]).toMatchObject({ internal: { raw: '—' }, extra: { Priority: 'high', Client: 'x', 'Owner team': 'ops' } });
  });

  it('skips a title line above the header and blank lines, and ignores trailing empty cells', () => {
    const { matrix } = ok(parseMatrix('Responsibility matrix 2025\n\nFunction,Internal,MSP,,\nBackups,—,✓,,\n\n,,,,\nEmail,✓,—\n', 'csv'));
    expect(matrix.rows.map((r) => r.function)).toEqual(['Backups', 'Email']);
  });

  it('folds line breaks and non-breaking spaces inside cells into single spaces', () => {
    const { matrix } = ok(parseMatrix('Function,Internal,MSP\n"Patch\r\nmanagement",\u00a0✓\u00a0,"Overflow   only"\n', 'csv'));
    expect(matrix.rows[0]).toMatchObject({ function: 'Patch management', internal: { raw: '✓', kind: 'owns' }, msp: { raw: 'Overflow only' } });
  });

  it('reports lines correctly after a quoted cell spanning lines', () => {
    const result = parseMatrix('Function,Internal,MSP\n"Multi\nline",✓,—\n,✓,—\n', 'csv');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.line).toBe(4);
  });
});
