import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafeCell } from './spreadsheet-safe-cell.ts';

/**
 * Every CSV Baton writes goes through here, so no writer can forget the formula guard: each cell is
 * passed through spreadsheetSafeCell, then quoted as RFC 4180 needs (commas, quotes, line breaks).
 * csv-stringify leaves a lone CR unquoted; spreadsheets read it as a line break, so the rest of the
 * cell would open a new row (and could start it with a formula): such cells are always quoted.
 */
export function spreadsheetCsv(records: ReadonlyArray<readonly string[]>): string {
  return stringify(
    records.map((cells) => cells.map(spreadsheetSafeCell)),
    { record_delimiter: 'unix', quoted_match: /\r/ },
  );
}
