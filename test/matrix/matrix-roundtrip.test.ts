import { describe, expect, it } from 'vitest';
import { parseCell } from '../../bot/domain/matrix/cell.ts';
import { exportMatrix } from '../../bot/domain/matrix/matrix-export.ts';
import type { MatrixFormat } from '../../bot/domain/matrix/matrix-format.ts';
import { parseMatrix } from '../../bot/domain/matrix/matrix-import.ts';
import { assignRowIds, type Matrix, type MatrixRow } from '../../bot/domain/matrix/matrix.ts';
import { randomMatrix, seededRandom } from './matrix-generator.ts';

const FORMATS: readonly MatrixFormat[] = ['csv', 'md'];

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

describe('export → import is lossless', () => {
  it('holds for 400 generated matrices in both formats, with the format given or detected', () => {
    const random = seededRandom(20251202);
    for (let i = 0; i < 400; i++) {
      const generated = randomMatrix(random);
      for (const format of FORMATS) {
        // The generator writes canonical matrices: they survive unchanged.
        expect(reparse(generated, format), `matrix #${i} as ${format}`).toEqual(generated);
        expect(reparse(generated, format, false), `matrix #${i} as ${format}, detected`).toEqual(generated);
      }
    }
  });

  it('holds for whatever the importer produces from either format (parse ∘ export ∘ parse = parse)', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 150; i++) {
      for (const from of FORMATS) {
        const first = parseMatrix(exportMatrix(randomMatrix(random, { maxRows: 8 }), from), from);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        for (const to of FORMATS) expect(reparse(first.matrix, to)).toEqual(first.matrix);
      }
    }
  });

  const tricky = matrixOf(
    [
      { function: 'Printers, scanners & "MFPs"', internal: '✓', msp: 'Overflow only', aliases: ['copier', 'print queue'], notes: 'Use the "Print" queue, not | pipes' },
      { function: 'A | B \\ C \\| D', internal: '—', msp: '✓', aliases: ['Smith, John'], escalationContact: 'Max Weber' },
      { function: 'Wi‑Fi — guest', internal: 'Joint', msp: 'Joint', aliases: ['a, b', 'c'], internalContact: 'Dana Ortiz' },
      { function: '中文 功能 😀', internal: '', msp: '✓', aliases: ['two words', 'three more words'], mspContact: 'Sam Lee' },
      { function: '---', internal: '-', msp: '--', aliases: [] },
      { function: '<b>Bold</b> & &amp; entities', internal: 'x > y', msp: '<i>', aliases: [] },
    ].map((r) => ({ ...r, extra: { 'Cost, centre': 'CC-10; CC-20', Priority: '' } })),
    ['Cost, centre', 'Priority'],
  );

  for (const format of FORMATS) {
    it(`keeps commas, quotes, pipes, backslashes, unicode, aliases and extra columns in ${format}`, () => {
      expect(reparse(tricky, format)).toEqual(tricky);
    });
  }

  it('writes a recognised optional column when an extra column would otherwise be read as it', () => {
    // "Escalation" is an extra column here because "Escalation contact" took the role; no row uses that role.
    const parsed = parseMatrix('Function,Internal,MSP,Escalation contact,Escalation\nA,✓,—,,call Max\n', 'csv');
    if (!parsed.ok) throw new Error('setup');
    expect(parsed.matrix.extraColumns).toEqual(['Escalation']);
    for (const format of FORMATS) expect(reparse(parsed.matrix, format)).toEqual(parsed.matrix);
  });

  it('only writes optional columns that some row uses', () => {
    const matrix = matrixOf([
      { function: 'A', internal: '✓', msp: '—', aliases: [], notes: 'n' },
      { function: 'B', internal: '—', msp: '✓', aliases: [] },
    ]);
    expect(exportMatrix(matrix, 'csv').split('\n')[0]).toBe('Function,Internal,MSP,Notes');
    expect(exportMatrix(matrix, 'md').split('\n')[0]).toBe('| Function | Internal | MSP | Notes |');
  });

  it('writes a Markdown table with an alignment row and escaped pipes', () => {
    const matrix = matrixOf([{ function: 'A | B', internal: '✓', msp: '—', aliases: [] }]);
    expect(exportMatrix(matrix, 'md')).toBe('| Function | Internal | MSP |\n|---|---|---|\n| A \\| B | ✓ | — |\n');
  });
});
