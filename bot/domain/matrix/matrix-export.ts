import { spreadsheetCsv } from '../csv/spreadsheet-csv.ts';
import type { Matrix, MatrixRow } from './matrix.ts';
import { CANONICAL_HEADER, columnRoleOf, OPTIONAL_ROLES, type ColumnRole } from './matrix-columns.ts';
import type { MatrixFormat } from './matrix-format.ts';

interface ExportColumn {
  readonly header: string;
  readonly value: (row: MatrixRow) => string;
}

/**
 * Writes the matrix as CSV or a Markdown table, in the shape `parseMatrix` reads back unchanged.
 * Optional columns appear only when a row uses them; extra columns always come back.
 */
export function exportMatrix(matrix: Matrix, format: MatrixFormat): string {
  const columns = exportColumns(matrix);
  const header = columns.map((c) => c.header);
  const rows = matrix.rows.map((row) => columns.map((c) => c.value(row)));
  return format === 'csv' ? toCsv(header, rows) : toMarkdown(header, rows);
}

const ROLE_VALUE: Readonly<Record<ColumnRole, (row: MatrixRow) => string>> = {
  function: (row) => row.function,
  internal: (row) => row.internal.raw,
  msp: (row) => row.msp.raw,
  aliases: (row) => joinAliases(row.aliases),
  internalContact: (row) => row.internalContact ?? '',
  mspContact: (row) => row.mspContact ?? '',
  escalationContact: (row) => row.escalationContact ?? '',
  notes: (row) => row.notes ?? '',
};

function exportColumns(matrix: Matrix): ExportColumn[] {
  const extras = matrix.extraColumns ?? [];
  // An optional column is also written when an extra column would otherwise be read as it.
  const optional = OPTIONAL_ROLES.filter((role) => matrix.rows.some((row) => ROLE_VALUE[role](row) !== '') || extras.some((name) => columnRoleOf(name) === role));
  const roles: ColumnRole[] = ['function', 'internal', 'msp', ...optional];
  return [
    ...roles.map((role) => ({ header: CANONICAL_HEADER[role], value: ROLE_VALUE[role] })),
    ...extras.map((name) => ({ header: name, value: (row: MatrixRow) => (Object.hasOwn(row.extra ?? {}, name) ? (row.extra?.[name] ?? '') : '') })),
  ];
}

/** "a; b". A single alias with a comma gets a trailing ";" so it is not split on the comma when read back. */
export function joinAliases(aliases: readonly string[]): string {
  const text = aliases.join('; ');
  return aliases.length === 1 && text.includes(',') ? `${text};` : text;
}

/** Formula-like cells come out neutralised (readCsvTable undoes it), so the file is safe to open in a spreadsheet. */
function toCsv(header: readonly string[], rows: readonly string[][]): string {
  return spreadsheetCsv([header, ...rows]);
}

function toMarkdown(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

/** Only the pipe needs escaping: the reader turns `\|` back into `|` and keeps every other backslash. */
function escapeMarkdownCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
