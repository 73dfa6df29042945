/**
 * Text clean-up shared by the CSV and Markdown readers, so that every cell the importer produces is
 * in one canonical form (and export → import gives it back unchanged).
 */

/** HTML tags Teams and rich-text editors put into pasted tables (line and cell structure), within one line. */
export const STRUCTURAL_TAG = /<\/?(?:br|p|div|table|thead|tbody|tr|td|th)(?:[ \t][^<>|\n\r]*)?\/?>/gi;

const WHITESPACE = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;

/**
 * A cell as Baton keeps it: structural tags and non-breaking spaces become spaces, every run of
 * whitespace (including line breaks inside a quoted CSV cell) becomes one space, and the ends are
 * trimmed. Idempotent: cleaning a clean cell changes nothing.
 */
export function cleanCellText(raw: string): string {
  let text = raw.replace(/&nbsp;/gi, ' ').replace(WHITESPACE, ' ');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(STRUCTURAL_TAG, ' ').replace(/&nbsp;/gi, ' ');
  }
  return text.replace(WHITESPACE, ' ').trim();
}
