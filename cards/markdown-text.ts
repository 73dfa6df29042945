/**
 * Text from users (matrix cells, questions, names) goes into TextBlocks and Fact values, which Teams
 * renders as Markdown. These helpers make such text show literally.
 *
 * Templating is not a concern here: adaptivecards-templating evaluates `${…}` only in the template,
 * never in the data bound to it, so "Cost ${x} review" in the data stays as written.
 */

/** Characters that start or end Markdown (emphasis, links, code, strike-through) or HTML-like tags (`<at>`). */
const INLINE_SPECIAL = /[\\`*_[\]<>~]/g;

/** One line of user text, shown literally inside Markdown: specials backslash-escaped, line breaks flattened. */
export function escapeMarkdown(text: string): string {
  const flat = oneLine(text);
  const escaped = flat.replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // Line-start markers would turn the text into a heading, list or quote.
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** User text on one line: CR/LF/tabs and repeated spaces become single spaces; trimmed. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** At most `max` characters (an ellipsis marks the cut). */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * A Markdown bullet list for a TextBlock: Teams separates list items with "\r" (a "\n\n" would
 * indent the next item). Items are escaped unless `markdownItems` says they already are Markdown.
 */
export function bulletList(items: readonly string[], options: { markdownItems?: boolean } = {}): string {
  return items.map((item) => `- ${options.markdownItems ? item : escapeMarkdown(item)}`).join('\r');
}

/** Lines shown as separate lines in a TextBlock (Teams needs "\n\n" outside lists). */
export function lines(items: readonly string[]): string {
  return items.join('\n\n');
}
