import { unquoteSpreadsheetCell } from '../csv/spreadsheet-safe-cell.ts';
import { isBlankCode } from './cell-text.ts';
import { hasRequiredColumns } from './matrix-columns.ts';
import { missingHeaderMessage } from './markdown-table.ts';
import type { RawRecord, TableReadResult } from './raw-table.ts';

export type CsvDelimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * What detectFormat already found out, so that the separator is not looked for twice (each look
 * lays out every cell of a line as a header): the first line that is a Function/Internal/MSP header
 * and the first of DELIMITERS that makes it one, or that no line is one with any separator.
 */
export type CsvHeaderHint = { readonly line: string; readonly delimiter: CsvDelimiter } | 'none';

/** How many records may precede the header (a title line exported from a spreadsheet). */
const HEADER_SEARCH = 10;

/**
 * Reads CSV: comma, semicolon or tab separated (detected, or given by an Excel "sep=;" first line),
 * quoted fields with "" escapes and line breaks, BOM tolerated. The header is the first record
 * naming Function, Internal and MSP within the first few records. A cell Baton's own export guarded
 * against spreadsheet formulas (`'=x`, `'-`) reads back as it was (`=x`, `-`), header cells included.
 */
export function readCsvTable(text: string, hint?: CsvHeaderHint): TableReadResult {
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
  delimiter ??= detectCsvDelimiter(body, hint);
  // Records end at CRLF, LF and CR alike: csv-parse, left to itself, took the first it met as the
  // only one, so after a CRLF line a typed LF line ran into a cell of the row before.
  const parsed = readCsvRecords(body.replace(LONE_SURROGATE, '\ufffd'), delimiter);
  if (!parsed) {
    return {
      ok: false,
      problem: { line: unclosedQuoteLine(body) + lineOffset, message: 'a quoted cell is never closed: a " is missing, so the rest of the file would be one cell' },
    };
  }
  const records: RawRecord[] = parsed.map((p) => ({ line: p.line + lineOffset, cells: p.cells.map(unquoteSpreadsheetCell) })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (records.length === 0)
    return { ok: false, problem: { line: 1, message: 'the file is empty: expected a header row with Function, Internal and MSP, then one row per function' } };
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
export function detectCsvDelimiter(text: string, hint?: CsvHeaderHint): CsvDelimiter {
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, HEADER_SEARCH);
  const counts: number[] = []; // cells of the first line with each separator
  for (const [n, line] of lines.entries()) {
    if (hint !== undefined && hint !== 'none' && line === hint.line) return hint.delimiter;
    for (const d of DELIMITERS) {
      const cells = splitCsvLine(line, d);
      if (hint !== 'none' && hasRequiredColumns(cells)) return d;
      if (n === 0) counts.push(cells.length);
    }
    if (hint === 'none') break;
  }
  let best = 0;
  for (let d = 1; d < DELIMITERS.length; d++) if ((counts[d] ?? 1) > (counts[best] ?? 1)) best = d;
  return DELIMITERS[best]!;
}

/** A quote-aware split of one line (enough to recognise a header). */
export function splitCsvLine(line: string, delimiter: CsvDelimiter): string[] {
  const cells: string[] = [];
  const separator = delimiter.charCodeAt(0);
  let current = '';
  // Characters from `run` on belong to the cell but are not in `current` yet: they are added a run
  // at a time (adding them one by one, and trimming `current` at each quote, cost a copy per character).
  let run = 0;
  // Whether the cell so far is blank (trim() would leave nothing): a quote opens a quoted cell then.
  let blank = true;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (quoted) {
      if (code !== QUOTE) blank &&= isBlankCode(code);
      else if (line.charCodeAt(i + 1) === QUOTE) {
        current += line.slice(run, i + 1);
        blank = false;
        run = ++i + 1;
      } else {
        current += line.slice(run, i);
        quoted = false;
        run = i + 1;
      }
    } else if (code === QUOTE && blank) {
      quoted = true;
      current = '';
      run = i + 1;
    } else if (code === separator) {
      cells.push(current + line.slice(run, i));
      current = '';
      blank = true;
      run = i + 1;
    } else blank &&= isBlankCode(code);
  }
  cells.push(current + line.slice(run));
  return cells;
}

const QUOTE = 0x22;

/** A record as read: the line it starts on (lines end at CR, LF or CRLF) and its cells. */
interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

/**
 * CSV text → records, as csv-parse reads it with { relax_quotes, relax_column_count, and CRLF, LF
 * and CR as record delimiters } (which Baton used; test/matrix/import-linear-time.test.ts compares
 * the two): a quote opens a quoted cell only at the start of a cell; inside, "" is one quote and a
 * quote followed by a separator, a line ending, NUL or the end closes it; a quote followed by
 * anything else closes it too but stays, with the opening one, as text of the cell. Undefined when
 * a quoted cell never closes. By hand because csv-parse builds an error object (a stack trace, JSON
 * copies) for every record whose length differs from the first's, relaxed or not: seconds for a
 * paste of short rows under a longer header. One pass, each character read once.
 */
export function readCsvRecords(text: string, delimiter: CsvDelimiter): CsvRecord[] | undefined {
  const separator = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let run = 0; // text from `run` to here belongs to the cell too, not yet added to `field`
  let quoting = false;
  let wasQuoting = false;
  let escaping = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LF || (code === CR && text.charCodeAt(i + 1) !== LF)) line++;
    if (escaping) {
      escaping = false; // the second quote of "": text (it stays in the run)
    } else if (quoting) {
      if (code !== QUOTE) continue;
      const next = text.charCodeAt(i + 1); // NaN after the end
      field += text.slice(run, i);
      run = i + 1;
      if (next === QUOTE) escaping = true;
      else {
        quoting = false;
        wasQuoting = true;
        if (!(Number.isNaN(next) || next === 0 || next === separator || next === CR || next === LF)) {
          field = `"${field}`;
          run = i;
        }
      }
    } else if (code === QUOTE) {
      if (field === '' && run === i) {
        quoting = true;
        run = i + 1;
      }
    } else if (code === separator || code === CR || code === LF) {
      cells.push(field + text.slice(run, i));
      field = '';
      wasQuoting = false;
      if (code !== separator) {
        if (code === CR && text.charCodeAt(i + 1) === LF) {
          i++;
          line++;
        }
        records.push({ line: recordLine, cells });
        cells = [];
        recordLine = line;
      }
      run = i + 1;
    }
  }
  if (quoting) return undefined;
  const last = field + text.slice(run);
  if (wasQuoting || cells.length > 0 || last !== '') records.push({ line: recordLine, cells: [...cells, last] });
  return records;
}

const LF = 0x0a;
const CR = 0x0d;
/** A surrogate not in a pair: csv-parse reads the text as UTF-8, where each becomes U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The line where the last opening quote that never closes starts (lines end at CR, LF or CRLF). */
function unclosedQuoteLine(text: string): number {
  let line = 1;
  let quoted = false;
  let openedAt = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
    if (char !== '"') continue;
    if (quoted && text[i + 1] === '"') i++;
    else {
      quoted = !quoted;
      if (quoted) openedAt = line;
    }
  }
  return openedAt;
}
