import { parse } from 'csv-parse/sync';
import { unquoteSpreadsheetCell } from '../csv/spreadsheet-safe-cell.ts';
import { hasRequiredColumns } from './matrix-columns.ts';
import { missingHeaderMessage } from './markdown-table.ts';
import type { RawRecord, TableReadResult } from './raw-table.ts';

export type CsvDelimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];
/** How many records may precede the header (a title line exported from a spreadsheet). */
const HEADER_SEARCH = 10;

/**
 * Reads CSV: comma, semicolon or tab separated (detected, or given by an Excel "sep=;" first line),
 * quoted fields with "" escapes and line breaks, BOM tolerated. The header is the first record
 * naming Function, Internal and MSP within the first few records. A cell Baton's own export guarded
 * against spreadsheet formulas (`'=x`, `'-`) reads back as it was (`=x`, `-`), header cells included.
 */
export function readCsvTable(text: string): TableReadResult {
  let body = text.replace(/^\ufeff/, '');
  let lineOffset = 0;
  let delimiter: CsvDelimiter | undefined;
  const sep = /^sep=(.)[ \t]*(\r\n|\r|\n|$)/i.exec(body);
  if (sep) {
    const char = sep[1];
    if (char === ',' || char === ';' || char === '\t') delimiter = char;
    body = body.slice(sep[0].length);
    lineOffset = 1;
  }
  delimiter ??= detectCsvDelimiter(body);
  let parsed: Array<{ record: string[]; raw: string; info: { lines: number } }>;
  try {
    // With info and raw, csv-parse returns { record, raw, info } per record (its types do not say so).
    parsed = parse(body, { delimiter, info: true, raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as unknown as typeof parsed;
  } catch (error) {
    return { ok: false, problem: csvProblem(error, body, lineOffset) };
  }
  const records: RawRecord[] = parsed
    .map((p) => ({ line: startLine(p.raw, p.info.lines) + lineOffset, cells: p.record.map(unquoteSpreadsheetCell) }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (records.length === 0) return { ok: false, problem: { line: 1, message: 'the file is empty: expected a header row with Function, Internal and MSP, then one row per function' } };
  const headerIndex = records.slice(0, HEADER_SEARCH).findIndex((r) => hasRequiredColumns(r.cells));
  if (headerIndex < 0) {
    const first = records[0]!;
    return { ok: false, problem: { line: first.line, message: missingHeaderMessage(first.cells.filter((c) => c.trim() !== '')) } };
  }
  const header = records[headerIndex]!;
  return { ok: true, table: { headerLine: header.line, header: header.cells, records: records.slice(headerIndex + 1) } };
}

/**
 * The separator: the first of the opening lines that reads as a Function/Internal/MSP header with
 * some separator decides; otherwise the separator most frequent (outside quotes) on the first line.
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, HEADER_SEARCH);
  for (const line of lines) {
    const fitting = DELIMITERS.find((d) => hasRequiredColumns(splitCsvLine(line, d)));
    if (fitting) return fitting;
  }
  const first = lines[0] ?? '';
  let best: CsvDelimiter = ',';
  for (const d of DELIMITERS) if (splitCsvLine(first, d).length > splitCsvLine(first, best).length) best = d;
  return best;
}

/** A quote-aware split of one line (enough to recognise a header). */
export function splitCsvLine(line: string, delimiter: CsvDelimiter): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"' && current.trim() === '') {
      quoted = true;
      current = '';
    } else if (char === delimiter) {
      cells.push(current);
      current = '';
    } else current += char;
  }
  cells.push(current);
  return cells;
}

/** csv-parse reports the line a record ends on; a record with quoted line breaks starts earlier. */
function startLine(raw: string, endLine: number): number {
  const breaks = raw.replace(/(\r\n|\r|\n)$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;
  return endLine - breaks;
}

function csvProblem(error: unknown, body: string, lineOffset: number): { line: number; message: string } {
  const e = error as { code?: string; lines?: number; message?: string };
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    return { line: unclosedQuoteLine(body) + lineOffset, message: 'a quoted cell is never closed: a " is missing, so the rest of the file would be one cell' };
  }
  return { line: (e.lines ?? 1) + lineOffset, message: `the CSV cannot be read: ${e.message ?? String(error)}` };
}

/** The line where the last opening quote that never closes starts. */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let quoted = false;
  let openedAt = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') line++;
    if (char !== '"') continue;
    if (quoted && text[i + 1] === '"') i++;
    else {
      quoted = !quoted;
      if (quoted) openedAt = line;
    }
  }
  return openedAt;
}
