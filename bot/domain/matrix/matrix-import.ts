import { parseCell, type Cell } from './cell.ts';
import { cleanCellText } from './cell-text.ts';
import { readCsvTable } from './csv-table.ts';
import { readMarkdownTable } from './markdown-table.ts';
import { assignRowIds, type Matrix, type MatrixRow } from './matrix.ts';
import { CANONICAL_HEADER, layoutColumns, REQUIRED_ROLES, type ColumnLayout, type ColumnRole } from './matrix-columns.ts';
import { detectFormatOf, type MatrixFormat } from './matrix-format.ts';
import type { RawRecord, RawTable } from './raw-table.ts';

/** A problem that stops the import. `line` is the 1-based line in the source text. */
export interface MatrixImportError {
  readonly line: number;
  /** The column concerned, as named in the header, when the problem is about one cell. */
  readonly column?: string;
  /** Plain English, without the "line N:" prefix (callers add it). */
  readonly message: string;
}

/** Something worth telling the importer that does not stop the import (same shape as an error). */
export type MatrixImportWarning = MatrixImportError;

export type MatrixImportResult =
  { readonly ok: true; readonly matrix: Matrix; readonly warnings: readonly MatrixImportWarning[] } | { readonly ok: false; readonly errors: readonly MatrixImportError[] };

export const MAX_ROWS = 2000;
/** Function, Internal, MSP and contact cells. */
export const MAX_CELL_CHARS = 200;
/** Notes, aliases (the whole cell) and extra columns. */
export const MAX_LONG_CELL_CHARS = 1000;
export const MAX_TEXT_CHARS = 2_000_000;
/** After this many errors the importer stops listing more. */
export const MAX_ERRORS = 50;

/**
 * Reads a responsibility matrix from CSV or Markdown text (detected when not given). A bad table
 * yields every problem found, by line, and no matrix: callers write nothing.
 */
export function parseMatrix(text: string, format?: MatrixFormat): MatrixImportResult {
  if (text.trim() === '') {
    return fail({ line: 1, message: 'the file is empty: expected a header row with Function, Internal and MSP, then one row per function' });
  }
  if (text.length > MAX_TEXT_CHARS)
    return fail({ line: 1, message: `the text is too long (${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_TEXT_CHARS.toLocaleString('en-US')})` });
  const detected = format === undefined ? detectFormatOf(text) : undefined;
  const read = (detected?.format ?? format) === 'md' ? readMarkdownTable(text) : readCsvTable(text, detected?.format === 'csv' ? detected.csvHeader : undefined);
  if (!read.ok) return fail(read.problem);
  return buildMatrix(read.table);
}

function fail(error: MatrixImportError): MatrixImportResult {
  return { ok: false, errors: [error] };
}

type RowDraft = Omit<MatrixRow, 'id'>;

/** Gives the raw table its meaning: columns → roles, records → rows; collects every problem. */
export function buildMatrix(table: RawTable): MatrixImportResult {
  const errors: MatrixImportError[] = [];
  const warnings: MatrixImportWarning[] = [];
  const layout = layoutColumns(table.header);
  // The header cleaned once: rows are checked against it (cleaning it again per row grows with rows × columns).
  const header = cleanHeader(table.header);
  checkHeader(table, header, layout, errors, warnings);
  if (errors.length > 0) return { ok: false, errors };

  const extraColumns = layout.extras.map((e) => e.name);
  const drafts: RowDraft[] = [];
  const firstLineOf = new Map<string, { line: number; text: string }>();
  let dataRows = 0;
  for (const record of table.records) {
    if (errors.length >= MAX_ERRORS) break;
    if (record.cells.every((c) => cleanCellText(c) === '')) continue;
    dataRows++;
    if (dataRows === MAX_ROWS + 1) {
      const total = table.records.filter((r) => r.cells.some((c) => cleanCellText(c) !== '')).length;
      errors.push({ line: record.line, message: `the matrix has ${total.toLocaleString('en-US')} rows; the limit is ${MAX_ROWS.toLocaleString('en-US')}` });
      break;
    }
    const draft = readRow(record, header, layout, errors, warnings);
    if (!draft) continue;
    const key = draft.function.toLowerCase();
    const earlier = firstLineOf.get(key);
    if (earlier) {
      errors.push({
        line: record.line,
        column: headerName(header, layout, 'function'),
        message: `"${draft.function}" is listed twice: on line ${earlier.line}${earlier.text === draft.function ? '' : ` (as "${earlier.text}")`} and on line ${record.line}; each function must appear once`,
      });
      continue;
    }
    firstLineOf.set(key, { line: record.line, text: draft.function });
    drafts.push(draft);
  }
  if (errors.length >= MAX_ERRORS) errors.push({ line: errors[errors.length - 1]!.line, message: `stopped after ${MAX_ERRORS} problems; fix these and import again` });
  if (errors.length > 0) return { ok: false, errors };
  if (drafts.length === 0) {
    return { ok: false, errors: [{ line: table.headerLine, message: 'the table has a header but no rows: add one row per IT function' }] };
  }
  const matrix: Matrix = { rows: assignRowIds(drafts), ...(extraColumns.length > 0 ? { extraColumns } : {}) };
  return { ok: true, matrix, warnings };
}

/** The header's cells as written and cleaned, and how many count (empty trailing cells do not). */
interface CleanHeader {
  readonly cells: readonly string[];
  readonly clean: readonly string[];
  readonly width: number;
}

function cleanHeader(cells: readonly string[]): CleanHeader {
  const clean = cells.map(cleanCellText);
  return { cells, clean, width: clean.reduce((n, h, i) => (h !== '' ? i + 1 : n), 0) };
}

function checkHeader(table: RawTable, header: CleanHeader, layout: ColumnLayout, errors: MatrixImportError[], warnings: MatrixImportWarning[]): void {
  const line = table.headerLine;
  const missing = REQUIRED_ROLES.filter((role) => layout.roles[role] === undefined);
  if (missing.length > 0) {
    const found = header.clean.filter((h) => h !== '');
    errors.push({ line, message: `the header has no ${missing.map((r) => CANONICAL_HEADER[r]).join(' or ')} column; found ${found.map((h) => `"${h}"`).join(', ') || 'nothing'}` });
    return;
  }
  const seen = new Map<string, string>();
  for (const [index, name] of header.clean.entries()) {
    if (name === '') continue;
    const key = layout.normalized[index]!; // normalizeHeader(name): cleaning twice changes nothing
    const before = seen.get(key);
    if (before !== undefined) errors.push({ line, column: name, message: `the column "${name}" appears twice in the header (also as "${before}")` });
    else seen.set(key, name);
    if (name.length > MAX_CELL_CHARS) errors.push({ line, column: name.slice(0, 40), message: `a column name is longer than ${MAX_CELL_CHARS} characters` });
  }
  const usedAt = firstUseOf(layout.unnamed, table.records);
  for (const index of layout.unnamed) {
    const used = usedAt.get(index);
    if (used !== undefined) errors.push({ line, message: `column ${index + 1} has no name in the header, but line ${used} has a value in it; name the column or remove it` });
  }
  for (const extra of layout.extras) {
    warnings.push({ line, column: extra.name, message: `the column "${extra.name}" is not one Baton reads; it is kept as is and exported again` });
  }
}

/**
 * For each of the columns, the line of the first record with a value in it (if any). One pass over
 * the records' cells: looking up each column in every record grows with columns × records, and a
 * header of a million empty cells fits in the text accepted.
 */
function firstUseOf(columns: readonly number[], records: readonly RawRecord[]): Map<number, number> {
  const usedAt = new Map<number, number>();
  const wanted = new Uint8Array(columns.reduce((max, c) => Math.max(max, c + 1), 0));
  for (const column of columns) wanted[column] = 1;
  let left = columns.length;
  for (const record of records) {
    if (left === 0) break;
    const width = Math.min(record.cells.length, wanted.length);
    for (let index = 0; index < width; index++) {
      if (wanted[index] === 1 && cleanCellText(record.cells[index]!) !== '') {
        wanted[index] = 0;
        usedAt.set(index, record.line);
        left--;
      }
    }
  }
  return usedAt;
}

function headerName(header: CleanHeader, layout: ColumnLayout, role: ColumnRole): string {
  const index = layout.roles[role];
  return index === undefined ? CANONICAL_HEADER[role] : header.clean[index] || CANONICAL_HEADER[role];
}

/** One record → one row draft, or undefined after recording why not. */
function readRow(record: RawRecord, header: CleanHeader, layout: ColumnLayout, errors: MatrixImportError[], warnings: MatrixImportWarning[]): RowDraft | undefined {
  const { line, cells } = record;
  // Empty trailing header cells (a spreadsheet's padding) do not count.
  const width = header.width;
  if (cells.length < width || cells.slice(header.cells.length).some((c) => cleanCellText(c) !== '')) {
    const lastUsed = cells.reduce((n, c, i) => (cleanCellText(c) !== '' ? i + 1 : n), 0);
    const found = cells.length < width ? cells.length : lastUsed;
    errors.push({
      line,
      message: `this row has ${found} cells but the header has ${width} (${header.clean.slice(0, width).join(' | ')}); check for a missing or extra ${cells.length < width ? 'cell' : 'separator'}`,
    });
    return undefined;
  }
  const before = errors.length;
  const value = (role: ColumnRole, limit: number): string => {
    const index = layout.roles[role];
    if (index === undefined) return '';
    const text = cleanCellText(cells[index] ?? '');
    if (text.length > limit)
      errors.push({
        line,
        column: headerName(header, layout, role),
        message: `the ${headerName(header, layout, role)} cell is ${text.length} characters long; the limit is ${limit}`,
      });
    return text;
  };
  const fn = value('function', MAX_CELL_CHARS);
  const internalText = value('internal', MAX_CELL_CHARS);
  const mspText = value('msp', MAX_CELL_CHARS);
  const aliasesText = value('aliases', MAX_LONG_CELL_CHARS);
  const internalContact = value('internalContact', MAX_CELL_CHARS);
  const mspContact = value('mspContact', MAX_CELL_CHARS);
  const escalationContact = value('escalationContact', MAX_CELL_CHARS);
  const notes = value('notes', MAX_LONG_CELL_CHARS);
  const extra: Record<string, string> = {};
  for (const column of layout.extras) {
    const text = cleanCellText(cells[column.index] ?? '');
    if (text.length > MAX_LONG_CELL_CHARS)
      errors.push({ line, column: column.name, message: `the ${column.name} cell is ${text.length} characters long; the limit is ${MAX_LONG_CELL_CHARS}` });
    Object.defineProperty(extra, column.name, { value: text, enumerable: true, writable: true, configurable: true });
  }
  if (fn === '') {
    errors.push({
      line,
      column: headerName(header, layout, 'function'),
      message: `the ${headerName(header, layout, 'function')} cell is empty; every row needs the name of an IT function`,
    });
    return undefined;
  }
  const aliases = splitAliases(aliasesText);
  const tooLong = aliases.find((a) => a.length > MAX_CELL_CHARS);
  if (tooLong) errors.push({ line, column: headerName(header, layout, 'aliases'), message: `an alias is ${tooLong.length} characters long; the limit is ${MAX_CELL_CHARS}` });
  if (errors.length > before) return undefined;

  const internal = parseCell(internalText);
  const msp = parseCell(mspText);
  warnAboutCells(line, fn, internal, msp, warnings);
  return {
    function: fn,
    internal,
    msp,
    aliases,
    ...(internalContact ? { internalContact } : {}),
    ...(mspContact ? { mspContact } : {}),
    ...(escalationContact ? { escalationContact } : {}),
    ...(notes ? { notes } : {}),
    ...(layout.extras.length > 0 ? { extra } : {}),
  };
}

/** "a; b; c" or "a, b, c": semicolons win when present, so an alias may contain a comma. */
export function splitAliases(text: string): string[] {
  if (text === '') return [];
  const separator = text.includes(';') ? ';' : ',';
  return text
    .split(separator)
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

function warnAboutCells(line: number, fn: string, internal: Cell, msp: Cell, warnings: MatrixImportWarning[]): void {
  if (internal.kind === 'none' && msp.kind === 'none') {
    warnings.push({ line, message: `nobody owns "${fn}": the Internal and MSP cells both say no one; questions about it will be reported as a gap` });
  } else if ((internal.kind === 'joint') !== (msp.kind === 'joint') && (internal.kind === 'none' || msp.kind === 'none')) {
    const [jointSide, otherSide] = internal.kind === 'joint' ? ['Internal', 'MSP'] : ['MSP', 'Internal'];
    warnings.push({ line, message: `"${fn}" is Joint on the ${jointSide} side but the ${otherSide} cell says no one; it is read as Joint (both sides)` });
  }
}
