/**
 * Text from outside — alert fields from monitoring tools, resolve notes, dispute reasons, people's display
 * names, matrix cells, questions — goes into TextBlocks, Fact titles and values and plain Teams messages,
 * which Teams renders as Markdown. `escapeMarkdown` is the one function every card builder and every
 * reply uses for such text: it shows literally, on one line, in its real reading order.
 *
 * Plain-text fields (button titles, input values and labels, choices) are not Markdown: they take
 * `oneLine` (or `plainText` for multi-line inputs), which only removes what hides or reorders text.
 *
 * Templating is not a concern here: adaptivecards-templating evaluates `${…}` only in the template,
 * never in the data bound to it, so "Cost ${x} review" in the data stays as written.
 */

/**
 * Characters that reorder or hide text: C0/C1 controls (but tab and line breaks, which `oneLine`
 * flattens), the soft hyphen, bidi marks, embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069: "\u202Egnp.exe" would read "exe.png"), zero-width spaces, word joiners and invisible
 * operators, the BOM, and Unicode tag characters. Zero-width joiner and non-joiner stay: emoji
 * sequences and several scripts need them, and they hide nothing on their own.
 */
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/gu;

/** Line breaks of every kind, tabs and form feeds: one space on a single line. */
const BREAKS = /[\r\n\t\f\v\u0085\u2028\u2029]+/g;

/** Characters that start or end Markdown (emphasis, links, images, code, strike-through) or HTML-like tags (`<at>`). */
const INLINE_SPECIAL = /[\\`*_[\]<>~]/g;

/**
 * THE function for text from outside shown in Markdown (TextBlock text, Fact title and value, message
 * text): invisible and bidi characters removed, line breaks flattened, Markdown specials and `<`/`>`
 * backslash-escaped, and a leading heading, list or quote marker neutralised. Apostrophes, parentheses,
 * `&`, `#` and `!` inside the text are left as they are: without `[`, `]`, `<`, `*`, `_` they start nothing.
 */
export function escapeMarkdown(text: string): string {
  const escaped = oneLine(text).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // Line-start markers would turn the text into a heading, list or quote (">" is escaped above).
  return escaped.replace(/^([#+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text from outside for a plain-text field, on one line: invisibles removed, line breaks and repeated spaces → one space; trimmed. */
export function oneLine(text: string): string {
  return plainText(text).replace(BREAKS, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Text from outside for a multi-line input: invisible and bidi characters removed, line breaks kept. */
export function plainText(text: string): string {
  return text.replace(INVISIBLE, '');
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
