import { DELIMITERS, splitCsvLine } from './csv-table.ts';
import { hasRequiredColumns } from './matrix-columns.ts';
import { splitMarkdownRow } from './markdown-table.ts';
import { looksLikeHtml } from './pasted-html.ts';

/** The two text shapes a matrix is written in: CSV (or semicolon/tab separated) and a Markdown table. */
export type MatrixFormat = 'csv' | 'md';

const ALIGNMENT_LINE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/;

/**
 * Guesses the format of pasted or uploaded text. The first line that reads as a Function/Internal/MSP
 * header decides (pipes → Markdown, commas/semicolons/tabs → CSV); an HTML table, or failing a header
 * Teams HTML, an alignment row or lines starting with a pipe mean Markdown; anything else is CSV.
 */
export function detectFormat(text: string): MatrixFormat {
  if (/<\/t[dh]\s*>/i.test(text)) return 'md';
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  for (const line of lines) {
    if (/(^|[^\\])\|/.test(line) && hasRequiredColumns(splitMarkdownRow(line))) return 'md';
    if (DELIMITERS.some((d) => hasRequiredColumns(splitCsvLine(line, d)))) return 'csv';
  }
  if (looksLikeHtml(text)) return 'md';
  if (lines.some((line) => ALIGNMENT_LINE.test(line) || /^\s*\|.*\|/.test(line))) return 'md';
  return 'csv';
}
