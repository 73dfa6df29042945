import { describe, expect, it } from 'vitest';
import { parseMatrix, type MatrixImportResult } from '../../bot/domain/matrix/matrix-import.ts';
import type { Matrix } from '../../bot/domain/matrix/matrix.ts';
import { fixtureText } from './fixture-text.ts';

function matrixOf(result: MatrixImportResult): Matrix {
  if (!result.ok) throw new Error(`expected a matrix, got ${JSON.stringify(result.errors)}`);
  return result.matrix;
}

describe('parseMatrix: Markdown', () => {
  it('reads a table between a heading and a closing sentence, without outer pipes, with alignment colons', () => {
    const matrix = matrixOf(parseMatrix(fixtureText('messy.md')));
    expect(matrix.rows.map((r) => [r.function, r.internal.raw, r.msp.raw, r.notes])).toEqual([
      ['Password resets', '✓', 'Overflow only', 'Self-service first'],
      ['Cloud | SaaS admin', 'Joint', 'Joint', undefined],
      ['Vendor calls', '—', '✓', undefined],
    ]);
  });

  it('reads a table with outer pipes and no alignment row', () => {
    const matrix = matrixOf(parseMatrix('| Function | Internal | MSP |\n| Backups | — | ✓ |\n', 'md'));
    expect(matrix.rows[0]).toMatchObject({ function: 'Backups', msp: { kind: 'owns' } });
  });

  it('reads a Teams paste: <br> line breaks, &nbsp; and non-breaking spaces', () => {
    const text =
      '<p>Here you go</p><p>|\u00a0Function\u00a0|\u00a0Internal\u00a0|\u00a0MSP\u00a0|<br>|---|---|---|<br>| Backups &amp; restores |&nbsp;—&nbsp;| ✓ |<br>| Printers | ✓ | Overflow only |</p>';
    const matrix = matrixOf(parseMatrix(text));
    expect(matrix.rows.map((r) => [r.function, r.internal.raw, r.msp.raw])).toEqual([
      ['Backups & restores', '—', '✓'],
      ['Printers', '✓', 'Overflow only'],
    ]);
  });

  it('reads an HTML table pasted into Teams, with a pipe and a <br> inside cells', () => {
    const matrix = matrixOf(parseMatrix(fixtureText('teams-paste.html')));
    expect(matrix.rows.map((r) => [r.function, r.internal.raw, r.msp.raw])).toEqual([
      ['Backups', '—', '✓'],
      ['Wi-Fi | guest network', '✓', 'After hours'],
    ]);
  });

  it('keeps backslashes that do not escape a pipe', () => {
    const matrix = matrixOf(parseMatrix('| Function | Internal | MSP |\n|---|---|---|\n| \\\\fileserver\\share | ✓ | a \\| b |\n', 'md'));
    expect(matrix.rows[0]).toMatchObject({ function: '\\\\fileserver\\share', msp: { raw: 'a | b' } });
  });

  it('counts lines in the original text for errors', () => {
    const result = parseMatrix('# Matrix\n\n| Function | Internal | MSP |\n|---|---|---|\n| Backups | — | ✓ |\n| Printers | ✓ |\n', 'md');
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 6, message: 'this row has 2 cells but the header has 3 (Function | Internal | MSP); check for a missing or extra cell' }],
    });
  });

  it('says what it found when the header is wrong', () => {
    const result = parseMatrix('| Task | Owner |\n|---|---|\n| Backups | MSP |\n', 'md');
    expect(result).toEqual({ ok: false, errors: [{ line: 1, message: 'the header row must name the columns Function, Internal and MSP; found "Task", "Owner"' }] });
  });

  it('says there is no table when there are no pipes', () => {
    const result = parseMatrix('just some words', 'md');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.message).toMatch(/^no table found/);
  });
});
