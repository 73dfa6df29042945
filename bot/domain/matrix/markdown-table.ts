import { htmlToTableText } from './pasted-html.ts';
import { hasRequiredColumns } from './matrix-columns.ts';
import type { RawRecord, TableReadResult } from './raw-table.ts';

/**
 * Reads the first Markdown pipe table whose header names Function, Internal and MSP. Leading and
 * trailing pipes are optional, `\|` is a pipe inside a cell, the alignment row (`|---|:---:|`) is
 * optional, and text before or after the table (a heading, a sentence) is ignored.
 */
export function readMarkdownTable(text: string): TableReadResult {
  const lines = htmlToTableText(text.replace(/^\ufeff/, '')).split(/\r\n|\r|\n/);
  const pipeLines = lines.map((line, i) => ({ line: i + 1, text: line })).filter((l) => hasPipe(l.text));
  if (pipeLines.length === 0) {
    return {
      ok: false,
      problem: { line: 1, message: 'no table found: expected a Markdown table with the columns Function | Internal | MSP (one row per line, cells separated by |)' },
    };
  }
  const headerAt = pipeLines.find((l) => hasRequiredColumns(splitMarkdownRow(l.text)));
  if (!headerAt) {
    const first = pipeLines[0]!;
    const found = splitMarkdownRow(first.text).filter((c) => c.trim() !== '');
    return { ok: false, problem: { line: first.line, message: missingHeaderMessage(found) } };
  }
  const header = splitMarkdownRow(headerAt.text);
  // Without leading pipes and with none closing the header, a row's closing pipe separates an empty last cell.
  const decorativeEnds = /(^|[^\\])\|\s*$/.test(headerAt.text) || headerAt.text.trim().startsWith('|');
  const records: RawRecord[] = [];
  let index = headerAt.line; // 0-based index of the line after the header
  let first = true;
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.trim() === '') continue;
    if (!hasPipe(line)) break;
    const cells = splitMarkdownRow(line, decorativeEnds || line.trim().startsWith('|'));
    if (first && isAlignmentRow(cells)) {
      first = false;
      continue;
    }
    first = false;
    records.push({ line: index + 1, cells });
  }
  return { ok: true, table: { headerLine: headerAt.line, header, records } };
}

/** The message for a table whose header lacks Function, Internal or MSP. */
export function missingHeaderMessage(found: readonly string[]): string {
  const shown = found.length === 0 ? 'no column names' : found.map((c) => `"${c.trim()}"`).join(', ');
  return `the header row must name the columns Function, Internal and MSP; found ${shown}`;
}

function hasPipe(line: string): boolean {
  return /(^|[^\\])\|/.test(line);
}

function isAlignmentRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^\s*:?-+:?\s*$/.test(c));
}

/**
 * Splits one table line into cells on unescaped pipes; `\|` becomes `|`, any other backslash stays.
 * A leading pipe is dropped, and a trailing one too unless `dropTrailingPipe` is false (they are
 * optional in Markdown).
 */
export function splitMarkdownRow(line: string, dropTrailingPipe = true): string[] {
  const text = line.trim();
  const cells: string[] = [];
  let current = '';
  let endsWithPipe = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && text[i + 1] === '|') {
      current += '|';
      i++;
      endsWithPipe = false;
    } else if (char === '|') {
      cells.push(current);
      current = '';
      endsWithPipe = true;
    } else {
      current += char;
      endsWithPipe = false;
    }
  }
  cells.push(current);
  if (text.startsWith('|')) cells.shift();
  if (endsWithPipe && dropTrailingPipe && cells.length > 0) cells.pop();
  return cells;
}
