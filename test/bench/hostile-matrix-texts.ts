import { MAX_TEXT_CHARS } from '../../bot/domain/matrix/matrix-import.ts';

/**
 * Anyone in a chat Baton is not set up in yet can paste a matrix for `import`, up to MAX_TEXT_CHARS
 * characters, and Baton runs on one Node thread: a pattern whose time grows with the square of a
 * line's length stalls every team and every alert. Each text below once took from seconds (csv-parse's
 * cost per short row) to hours (time quadratic in a line, or columns × rows); most took seconds at a
 * thirtieth of the size. The bound is generous for a loaded machine.
 */
/** The most a hostile text may take to read or refuse (the bench's goal; tests check results, not time). */
export const BOUND_MS = 3_000;
export const SIZE = MAX_TEXT_CHARS;

/** `unit` repeated to make the text (with `before` and `after`) about SIZE characters long. */
function fill(before: string, unit: string, after = ''): string {
  return before + unit.repeat(Math.floor((SIZE - before.length - after.length) / unit.length)) + after;
}

const HTML_HEADER = '<p>| Function | Internal | MSP |</p>';

/** Distinct two-character cells (CJK, so that nothing about them is a fast path). */
function distinctCells(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String.fromCharCode(0x4e00 + (i % 20_000), 0x4e00 + Math.floor(i / 20_000)));
}

export const HOSTILE: ReadonlyArray<[string, () => string]> = [
  // The three the fuzzer found.
  [
    'cell-text.ts cleanCellText: tags that re-form after each pass ("<p<p…<br>>>…")',
    () => {
      const n = Math.floor((SIZE - 40) / 3);
      return `Function,Internal,MSP\n"${'<p'.repeat(n)}<br>${'>'.repeat(n)}",✓,—`;
    },
  ],
  ['matrix-format.ts ALIGNMENT_LINE: a long run of blanks', () => fill('', ' ', 'x')],
  ['pasted-html.ts <[a-z/!][^>]*>: "<a" never closed in a pasted HTML table', () => fill(HTML_HEADER, '<a')],
  // The other `[^>]*>` patterns of pasted-html.ts.
  ['pasted-html.ts <br\\b[^>]*>: "<br" never closed', () => fill(HTML_HEADER, '<br')],
  ['pasted-html.ts <\\/?(?:table|tr)\\b[^>]*>: "<tr" never closed', () => fill(HTML_HEADER, '<tr')],
  ['pasted-html.ts <t[dh]\\b[^>]*>: "<td" never closed', () => fill(HTML_HEADER, '<td')],
  // Header normalization (matrix-columns.ts), run on every line while looking for the header.
  ['matrix-columns.ts [:?.]+$: a run of colons not at the end', () => fill('', ':', 'x')],
  ['matrix-columns.ts \\bin\\s*-?\\s*house\\b: "in", then blanks (once the "*" are gone)', () => fill('in', ' *')],
  ['matrix-columns.ts \\s*\\([^)]*\\)$: a run of "("', () => fill('', '(')],
  // Not regexes, but time quadratic (or columns × rows) all the same.
  ['csv-table.ts splitCsvLine: quotes after text (a trim of the growing cell at each)', () => fill('x', '"')],
  [
    'matrix-columns.ts layoutColumns: a line of many distinct cells',
    () =>
      distinctCells(Math.floor(SIZE / 3))
        .join(',')
        .slice(0, SIZE),
  ],
  [
    'matrix-columns.ts layoutColumns: many distinct cells, blank-led',
    () =>
      distinctCells(Math.floor(SIZE / 4))
        .map((c) => ` ${c}`)
        .join(',')
        .slice(0, SIZE),
  ],
  ['matrix-columns.ts layoutColumns: a header with many distinct extra columns', () => `Function,Internal,MSP,${distinctCells(Math.floor(SIZE / 3)).join(',')}`.slice(0, SIZE)],
  ['matrix-columns.ts layoutColumns: a Markdown line of many empty cells', () => fill('', '|')],
  ['csv-table.ts (was csv-parse, which builds an error object for each): many rows shorter than the header', () => fill('Function,Internal,MSP,Notes\n', 'a,b,c\n')],
  ['matrix-import.ts: many unnamed header columns, many rows', () => `Function,Internal,MSP${','.repeat(SIZE / 2)}\n${'a,✓,—\n'.repeat(Math.floor(SIZE / 2 / 6) - 10)}`],
  [
    'matrix-import.ts: a wide header, checked again for each of 2,000 rows',
    () => {
      const rows = Array.from({ length: 2_000 }, (_, i) => `Function ${i},✓,—`).join('\n');
      return `Function,Internal,MSP${','.repeat(SIZE - rows.length - 30)}\n${rows}`;
    },
  ],
];
