import { DELIMITERS, splitCsvLine, type CsvHeaderHint } from './csv-table.ts';
import { hasRequiredColumns } from './matrix-columns.ts';
import { splitMarkdownRow } from './markdown-table.ts';
import { looksLikeHtml } from './pasted-html.ts';

/** The two text shapes a matrix is written in: CSV (or semicolon/tab separated) and a Markdown table. */
export type MatrixFormat = 'csv' | 'md';

/**
 * A Markdown alignment row (`|---|:---:|`, `--- | ---`): at least two cells of `:?-+:?`, pipes
 * between them and optionally at either end, blanks anywhere around. Once a single regex,
 * `/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/`, whose adjacent `\s*` split a run of blanks in
 * every possible way (quadratic in the run's length); the same test, cell by cell.
 */
export function isAlignmentLine(line: string): boolean {
  const cells = line.trim().split('|');
  if (cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length >= 2 && cells.every(isAlignmentCell);
}

/** One cell of an alignment row: `---`, `:---`, `---:` or `:---:`, blanks around allowed. */
function isAlignmentCell(cell: string): boolean {
  return /^:?-+:?$/.test(cell.trim());
}

/**
 * Guesses the format of pasted or uploaded text. The first line that reads as a Function/Internal/MSP
 * header decides (pipes → Markdown, commas/semicolons/tabs → CSV); an HTML table, or failing a header
 * Teams HTML, an alignment row or lines starting with a pipe mean Markdown; anything else is CSV.
 */
export function detectFormat(text: string): MatrixFormat {
  return detectFormatOf(text).format;
}

/** detectFormat, and for CSV what it found of the header (readCsvTable need not look again). */
export function detectFormatOf(text: string): { readonly format: 'md' } | { readonly format: 'csv'; readonly csvHeader: CsvHeaderHint } {
  if (/<\/t[dh]\s*>/i.test(text)) return { format: 'md' };
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  for (const line of lines) {
    if (/(^|[^\\])\|/.test(line) && hasRequiredColumns(splitMarkdownRow(line))) return { format: 'md' };
    const delimiter = DELIMITERS.find((d) => hasRequiredColumns(splitCsvLine(line, d)));
    if (delimiter) return { format: 'csv', csvHeader: { line, delimiter } };
  }
  if (looksLikeHtml(text)) return { format: 'md' };
  if (lines.some((line) => isAlignmentLine(line) || /^\s*\|.*\|/.test(line))) return { format: 'md' };
  return { format: 'csv', csvHeader: 'none' }; // every line was tried
}
