/**
 * CSV ("formula") injection, as OWASP describes it: a spreadsheet opening a CSV runs a cell that
 * starts with = + - @ TAB or CR as a formula, so a display name or resolve note such as
 * =HYPERLINK("https://evil.example","x") becomes a live link (or worse, DDE). OWASP's remedy is to
 * prefix such a cell with a single quote, which spreadsheets treat as "this is text". The full-width
 * ＝ ＋ － ＠ count too: Apple Numbers folds them into their ASCII forms before deciding.
 *
 * Baton also reads its own CSV back (matrix export → import), so the prefix must be undone exactly.
 * A cell that genuinely starts with apostrophes before a formula character ("'=x") gets one more,
 * which is what makes the rule reversible: writing adds one quote to every cell matching
 * /^'*[=+\-@\t\r＝＋－＠]/, reading removes one from every cell matching /^'+[=+\-@\t\r＝＋－＠]/, and
 * read(write(x)) = x for every text x (a cell the writer leaves alone never matches the reader's rule).
 */

/** Starts like a formula, possibly behind apostrophes a person typed: gets one more apostrophe. */
const NEEDS_QUOTE = /^'*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
/** What the writer produced from such a cell: one leading apostrophe comes off. */
const QUOTED = /^'+[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** The cell as it may be written to a CSV a spreadsheet will open. */
export function spreadsheetSafeCell(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The inverse of spreadsheetSafeCell, for every CSV cell Baton reads. */
export function unquoteSpreadsheetCell(text: string): string {
  return QUOTED.test(text) ? text.slice(1) : text;
}
