import { describe, expect, it } from 'vitest';
import { MAX_ROWS, parseMatrix, type MatrixImportError } from '../../bot/domain/matrix/matrix-import.ts';
import { fixtureText } from './fixture-text.ts';

function errorsOf(text: string, format?: 'csv' | 'md'): readonly MatrixImportError[] {
  const result = parseMatrix(text, format);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseMatrix: problems', () => {
  it('lists every problem of a bad file by line, and gives no matrix', () => {
    expect(errorsOf(fixtureText('bad.csv'))).toEqual([
      { line: 3, column: 'Function', message: 'the Function cell is empty; every row needs the name of an IT function' },
      { line: 4, column: 'Function', message: '"printers" is listed twice: on line 2 (as "Printers") and on line 4; each function must appear once' },
      { line: 5, message: 'this row has 2 cells but the header has 3 (Function | Internal | MSP); check for a missing or extra cell' },
      { line: 6, message: 'this row has 4 cells but the header has 3 (Function | Internal | MSP); check for a missing or extra separator' },
    ]);
  });

  it('rejects an empty text', () => {
    for (const text of ['', '   \n\n', '\ufeff']) expect(errorsOf(text)[0]).toMatchObject({ line: 1, message: expect.stringMatching(/^the file is empty/) });
  });

  it('names the missing header columns and what it found', () => {
    expect(errorsOf('Function,Internal,Owner\nA,✓,—\n', 'csv')).toEqual([
      { line: 1, message: 'the header row must name the columns Function, Internal and MSP; found "Function", "Internal", "Owner"' },
    ]);
  });

  it('rejects a header with no rows', () => {
    expect(errorsOf('Function,Internal,MSP\n', 'csv')[0]!.message).toMatch(/no rows/);
  });

  it('rejects a repeated column', () => {
    expect(errorsOf('Function,Internal,MSP,Notes,notes\nA,✓,—,,\n', 'csv')[0]).toMatchObject({
      line: 1,
      column: 'notes',
      message: 'the column "notes" appears twice in the header (also as "Notes")',
    });
  });

  it('rejects a value in a column without a name', () => {
    expect(errorsOf('Function,Internal,MSP,\nA,✓,—,\nB,✓,—,oops\n', 'csv')[0]!.message).toBe(
      'column 4 has no name in the header, but line 3 has a value in it; name the column or remove it',
    );
  });

  it('rejects cells and functions longer than 200 characters', () => {
    const long = 'x'.repeat(201);
    expect(errorsOf(`Function,Internal,MSP\n${long},✓,—\n`, 'csv')[0]).toEqual({
      line: 2,
      column: 'Function',
      message: 'the Function cell is 201 characters long; the limit is 200',
    });
    expect(errorsOf(`Function,Internal,MSP\nA,✓,${long}\n`, 'csv')[0]).toMatchObject({ line: 2, column: 'MSP' });
    expect(parseMatrix(`Function,Internal,MSP\n${'x'.repeat(200)},✓,—\n`, 'csv').ok).toBe(true);
  });

  it(`rejects more than ${MAX_ROWS} rows, at the first row over`, () => {
    const rows = Array.from({ length: MAX_ROWS + 5 }, (_, i) => `Function ${i},✓,—`);
    const errors = errorsOf(`Function,Internal,MSP\n${rows.join('\n')}\n`, 'csv');
    expect(errors).toEqual([{ line: MAX_ROWS + 2, message: 'the matrix has 2,005 rows; the limit is 2,000' }]);
    expect(parseMatrix(`Function,Internal,MSP\n${rows.slice(0, MAX_ROWS).join('\n')}\n`, 'csv').ok).toBe(true);
  });

  it('reports an unclosed quote at the line it opens', () => {
    expect(errorsOf('Function,Internal,MSP\nA,✓,—\n"B,✓,—\nC,✓,—\n', 'csv')[0]).toMatchObject({ line: 3, message: expect.stringMatching(/never closed/) });
  });

  it('warns, without failing, when nobody owns a row or Joint is one-sided', () => {
    const result = parseMatrix('| Function | Internal | MSP |\n|---|---|---|\n| Printers | | — |\n| Wi-Fi | Joint | — |\n', 'md');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.warnings).toEqual([
        { line: 3, message: 'nobody owns "Printers": the Internal and MSP cells both say no one; questions about it will be reported as a gap' },
        { line: 4, message: '"Wi-Fi" is Joint on the Internal side but the MSP cell says no one; it is read as Joint (both sides)' },
      ]);
    }
  });

  it('stops listing after 50 problems', () => {
    const rows = Array.from({ length: 80 }, () => ',✓,—');
    const errors = errorsOf(`Function,Internal,MSP\n${rows.join('\n')}\n`, 'csv');
    expect(errors).toHaveLength(51);
    expect(errors[50]!.message).toMatch(/stopped after 50 problems/);
  });
});
