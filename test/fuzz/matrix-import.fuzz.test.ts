import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE_MARKDOWN } from '../../bot/domain/matrix/default-template.ts';
import { exportMatrix } from '../../bot/domain/matrix/matrix-export.ts';
import type { MatrixFormat } from '../../bot/domain/matrix/matrix-format.ts';
import { MAX_ERRORS, parseMatrix, type MatrixImportResult } from '../../bot/domain/matrix/matrix-import.ts';
import { htmlToTableText } from '../../bot/domain/matrix/pasted-html.ts';
import { fixtureText } from '../matrix/fixture-text.ts';
import { AWKWARD_TEXT, awkwardString, RUNS } from './fuzz-support.ts';

/**
 * `import` (and the setup card's pasted matrix, and the CLI) on any text: never a throw; either a
 * matrix, or errors that each name a line of the text. Nothing in between.
 */

const VALID: readonly string[] = [
  DEFAULT_TEMPLATE_MARKDOWN,
  fixtureText('contoso.csv'),
  fixtureText('messy.md'),
  fixtureText('semicolon-excel.csv'),
  fixtureText('teams-paste.html'),
  exportMatrix(parseOk(DEFAULT_TEMPLATE_MARKDOWN), 'csv'),
];

function parseOk(text: string) {
  const r = parseMatrix(text);
  if (!r.ok) throw new Error('fixture does not parse');
  return r.matrix;
}

/**
 * Lines of the text as the readers count them (CR, LF and CRLF each end a line). A table pasted as
 * HTML is read as the rows it shows, one line each: its errors count those lines, not the HTML's.
 */
function lineCount(text: string): number {
  const lines = (t: string) => t.split(/\r\n|\r|\n/).length;
  return Math.max(lines(text), lines(htmlToTableText(text)));
}

function check(result: MatrixImportResult, text: string): void {
  if (result.ok) {
    expect(result.matrix.rows.length).toBeGreaterThan(0);
    for (const row of result.matrix.rows) {
      expect(row.function.trim()).not.toBe('');
      expect(typeof row.id).toBe('string');
    }
    // A matrix read from text can be written out again (what `export` does).
    for (const format of ['csv', 'md'] as const) expect(typeof exportMatrix(result.matrix, format)).toBe('string');
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(MAX_ERRORS + 1);
  const lines = lineCount(text);
  for (const e of result.errors) {
    expect(Number.isInteger(e.line), JSON.stringify(e)).toBe(true);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.line, `${JSON.stringify(e)} in a text of ${lines} lines`).toBeLessThanOrEqual(lines + 1);
    expect(e.message.trim()).not.toBe('');
  }
}

type Edit =
  | { readonly op: 'insert'; readonly at: number; readonly text: string }
  | { readonly op: 'delete'; readonly at: number; readonly length: number }
  | { readonly op: 'dropLine' | 'duplicateLine'; readonly at: number }
  | { readonly op: 'truncate'; readonly at: number };

const piece = fc.oneof(
  fc.constantFrom(...AWKWARD_TEXT, ',', ';', '\t', '|', '\\|', '"', '""', '\n', '\r', '\r\n', '---', ':-:', '✓', '—', 'Joint', 'sep=;\n', '\ufeff'),
  awkwardString(12),
);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: piece }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constantFrom('dropLine' as const, 'duplicateLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.op === 'insert') out = out.slice(0, at) + e.text + out.slice(at);
    else if (e.op === 'delete') out = out.slice(0, at) + out.slice(at + e.length);
    else if (e.op === 'truncate') out = out.slice(0, at);
    else {
      const lines = out.split('\n');
      const i = e.at % lines.length;
      if (e.op === 'dropLine') lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]!);
      out = lines.join('\n');
    }
  }
  return out;
}

const mutatedTable = fc.tuple(fc.constantFrom(...VALID), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([t, edits]) => applyEdits(t, edits));
const format = fc.constantFrom<MatrixFormat | undefined>(undefined, 'csv', 'md');

describe('matrix import on arbitrary text', () => {
  it('arbitrary text → a matrix or errors by line, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(awkwardString(200), fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), format, (text, f) => {
        check(parseMatrix(text, f), text);
      }),
      { numRuns: RUNS.pure },
    );
  });

  it('valid tables (Markdown, CSV, semicolon CSV, Teams HTML paste) mutated → a matrix or errors by line', () => {
    fc.assert(
      fc.property(mutatedTable, format, (text, f) => {
        check(parseMatrix(text, f), text);
      }),
      { numRuns: RUNS.pure },
    );
  });

  it('rows made of awkward cells → a matrix or errors by line', () => {
    const cell = fc.oneof(awkwardString(30), fc.constantFrom('✓', '—', 'Joint', 'Overflow only', ''));
    const row = fc.array(cell, { minLength: 0, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom(',', ';', '\t', '|'), (rows, sep) => {
        const header = sep === '|' ? '| Function | Internal | MSP | Notes |' : ['Function', 'Internal', 'MSP', 'Notes'].join(sep);
        const body = rows.map((r) => (sep === '|' ? `| ${r.join(' | ')} |` : r.join(sep)));
        const text = [header, ...body].join('\n');
        check(parseMatrix(text), text);
      }),
      { numRuns: RUNS.pure },
    );
  });

  it('what the importer accepts, export gives back (parse ∘ export ∘ parse = parse), awkward cells included', () => {
    const cell = awkwardString(20).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(
        fc.uniqueArray(cell, { minLength: 1, maxLength: 5, selector: (s) => s.toLowerCase() }),
        fc.array(cell, { minLength: 1, maxLength: 5 }),
        fc.constantFrom<MatrixFormat>('csv', 'md'),
        (functions, notes, f) => {
          const text = [
            'Function;Internal;MSP;Notes',
            ...functions.map((fn, i) => [fn, '✓', '—', notes[i % notes.length]].map((c) => `"${c!.replace(/"/g, '""')}"`).join(';')),
          ].join('\n');
          const first = parseMatrix(text, 'csv');
          fc.pre(first.ok);
          if (!first.ok) return;
          const again = parseMatrix(exportMatrix(first.matrix, f), f);
          expect(again.ok && again.matrix, exportMatrix(first.matrix, f)).toEqual(first.matrix);
        },
      ),
      { numRuns: RUNS.pure },
    );
  });

  it('large inputs are refused or read, not hung on: 2,000 rows; 200,000-character cells; 2,000,000 characters', () => {
    const started = Date.now();
    const rows = Array.from({ length: 2_001 }, (_, i) => `Function ${i},✓,—`).join('\n');
    check(parseMatrix(`Function,Internal,MSP\n${rows}`), rows);
    const wide = `Function,Internal,MSP\n"${'x'.repeat(200_000)}",✓,—`;
    check(parseMatrix(wide), wide);
    const huge = 'Function,Internal,MSP\n' + 'a,b,c\n'.repeat(340_000);
    check(parseMatrix(huge), huge);
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});

/**
 * The CSV reader once ended records only at the line ending it met first (csv-parse's way) and
 * counted lines its own way, so a CSV with mixed line endings (a paste that joins a CRLF file and
 * typed LF lines) reported errors on lines that were not the row's. CR, LF and CRLF now each end a
 * line and a record, as the Markdown reader and the line numbers in messages have it.
 */
it('a CSV with mixed line endings names the line of the bad row', () => {
  const text = 'Function,Internal,MSP\r\n\n\nA,✓';
  const result = parseMatrix(text);
  expect(!result.ok && result.errors.map((e) => e.line)).toEqual([4]);
});

it.each([
  ['CRLF, then LF', 'Function,Internal,MSP\r\nA,✓,—\nB,✓\r\n', [3]],
  ['LF, then CRLF', 'Function,Internal,MSP\nA,✓,—\r\n\r\nB,✓\n', [4]],
  ['CR only', 'Function,Internal,MSP\rA,✓,—\r\rB,✓', [4]],
  ['LF, then lone CRs', 'Function,Internal,MSP\nA,✓,—\r\rB,✓', [4]],
  ['a quoted cell over lines, then the bad row', 'Function,Internal,MSP\r\n"A\r\nstill A",✓,—\n\nB,✓', [5]],
  ['an unclosed quote after CR line endings', 'Function,Internal,MSP\rA,✓,—\r"B,✓,—', [3]],
])('a CSV with mixed line endings names the line of the bad row: %s', (_name, text, lines) => {
  const result = parseMatrix(text);
  expect(!result.ok && result.errors.map((e) => e.line)).toEqual(lines);
});

/**
 * Found by this suite: patterns that took time quadratic in the length of one line or cell (fixed).
 * Any user of a chat Baton is not yet set up in can paste a matrix (the first one becomes its
 * manager), and Node has one thread: one such message stalls every conversation. The inputs stay
 * small here so the suite stays fast; test/matrix/import-linear-time.test.ts runs them (and others)
 * at the 2,000,000 characters accepted.
 */
describe('matrix import time on adversarial lines (once quadratic)', () => {
  const LONG = 4_000;
  const cases: Array<[string, string]> = [
    ['cell-text.ts cleanCellText: tags that re-form after each pass ("<p<p…<br>>>…")', `Function,Internal,MSP\n"${'<p'.repeat(LONG)}<br>${'>'.repeat(LONG)}",✓,—`],
    ['matrix-format.ts ALIGNMENT_LINE: a long run of blanks', `${' '.repeat(LONG * 4)}x`],
    ['pasted-html.ts: "<a" never closed in a pasted HTML table', `<p>| Function | Internal | MSP |</p>${'<a'.repeat(LONG)}`],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const started = performance.now();
      check(parseMatrix(text), text);
      expect(performance.now() - started).toBeLessThan(2_000);
    });
  }
});
