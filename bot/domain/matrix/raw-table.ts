/** A table as read from text, before any meaning is given to its columns. */

export interface RawRecord {
  /** 1-based line in the source text where the record starts. */
  readonly line: number;
  /** Cell texts, unescaped but not yet cleaned. */
  readonly cells: readonly string[];
}

export interface RawTable {
  readonly headerLine: number;
  readonly header: readonly string[];
  readonly records: readonly RawRecord[];
}

/** A problem found while reading the table's structure (no header, unclosed quote). */
export interface TableProblem {
  readonly line: number;
  readonly message: string;
}

export type TableReadResult = { readonly ok: true; readonly table: RawTable } | { readonly ok: false; readonly problem: TableProblem };
