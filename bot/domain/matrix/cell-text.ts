/**
 * Text clean-up shared by the CSV and Markdown readers, so that every cell the importer produces is
 * in one canonical form (and export → import gives it back unchanged).
 *
 * Everything here runs in time linear in the text: anyone can paste a matrix, and one slow cell
 * stalls the whole bot (see test/matrix/import-linear-time.test.ts).
 */

/**
 * HTML tags Teams and rich-text editors put into pasted tables (line and cell structure), within one
 * line. Each match runs from a `<` to the first `>` after it, with no `<` in between, so one search
 * scans each character at most a few times (linear); cleanCellText does not use it to replace (see there).
 */
export const STRUCTURAL_TAG = /<\/?(?:br|p|div|table|thead|tbody|tr|td|th)(?:[ \t][^<>|\n\r]*)?\/?>/gi;

const WHITESPACE = /[\s\u00a0\u2007\u202f\u200b\ufeff]+/g;
/** Text without any of these is clean already (most cells): no entity, tag or whitespace to change. */
const NEEDS_CLEANING = /[&<\s\u00a0\u2007\u202f\u200b\ufeff]/;

/**
 * A cell as Baton keeps it: structural tags and non-breaking spaces become spaces, every run of
 * whitespace (including line breaks inside a quoted CSV cell) becomes one space, and the ends are
 * trimmed. Idempotent: cleaning a clean cell changes nothing.
 */
export function cleanCellText(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw;
  // After this no "&nbsp;" is left, and none can form later: a removed tag leaves a space.
  const text = raw.includes('&') ? raw.replace(/&nbsp;/gi, ' ') : raw;
  return squeezeWhitespace(text.includes('<') ? removeStructuralTags(text.replace(WHITESPACE, ' ')) : text);
}

/**
 * `text.replace(WHITESPACE, ' ').trim()`: the words (runs of anything else) with one space between.
 * By hand, as most cells are short and already are so (then returned as they are).
 */
function squeezeWhitespace(text: string): string {
  let squeezed = '';
  let word = -1; // where the current word starts
  let unchanged = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : SPACE;
    if (!isWhitespace(code)) {
      if (word < 0) word = i;
      continue;
    }
    if (code !== SPACE || word < 0 || i === text.length - 1) unchanged = false;
    if (word >= 0) {
      squeezed += squeezed === '' ? text.slice(word, i) : ` ${text.slice(word, i)}`;
      word = -1;
    }
  }
  return unchanged ? text : squeezed;
}

/** In WHITESPACE: what trim() removes, and the zero-width space. */
function isWhitespace(code: number): boolean {
  return code === 0x200b || isBlankCode(code);
}

/**
 * A character trim() removes (the same as \s): ASCII blanks, and beyond them only U+00A0, U+1680,
 * U+2000 to U+3000 (some of them) and U+FEFF can be, which the regex decides.
 */
export function isBlankCode(code: number): boolean {
  if (code <= SPACE) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x3000) || code === 0xfeff) && /\s/.test(String.fromCharCode(code));
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const SPACE = 0x20;
const TAB = 0x09;
const PIPE = 0x7c;
const LF = 0x0a;
const CR = 0x0d;

const TAG_NAMES: ReadonlySet<string> = new Set(['br', 'p', 'div', 'table', 'thead', 'tbody', 'tr', 'td', 'th']);

/**
 * The text with every STRUCTURAL_TAG replaced by a space, again and again until none is left: a
 * removed tag can let an enclosing one form (`<p<br>>` → `<p >` → ` `). Replacing all matches and
 * repeating takes a pass per nesting level (quadratic); this does it in one pass. A match is a `<`,
 * then no `<` or `>`, then `>`, so two matches never overlap and replacing one never breaks another:
 * the result does not depend on the order of replacements. Here each `>` is checked against the
 * nearest open `<` before it (the output so far is kept in a buffer); a tag becomes a space and the
 * `<` before it is open again, anything else closes every `<` before it for good.
 */
function removeStructuralTags(text: string): string {
  const firstOpen = text.indexOf('<');
  if (firstOpen < 0 || text.indexOf('>', firstOpen) < 0) return text;
  const out = new Uint16Array(text.length);
  const open = new Int32Array(text.length);
  let length = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === LT) {
      open[depth++] = length;
      out[length++] = code;
    } else if (code === GT && depth > 0 && isStructuralTag(out, open[depth - 1]!, length)) {
      length = open[--depth]!;
      out[length++] = SPACE;
    } else {
      if (code === GT) depth = 0;
      out[length++] = code;
    }
  }
  let result = '';
  for (let from = 0; from < length; from += 8192) result += String.fromCharCode(...out.subarray(from, Math.min(length, from + 8192)));
  return result;
}

/** Whether `<` at `start` up to `end` (a `>` follows; no `<` or `>` between) is a STRUCTURAL_TAG. */
function isStructuralTag(chars: Uint16Array, start: number, end: number): boolean {
  let i = start + 1;
  if (i < end && chars[i] === SLASH) i++;
  let name = '';
  for (; i < end && name.length <= 5; i++) {
    const code = chars[i]!;
    const lower = code | 0x20; // ASCII letters only, either case (as /i matches them)
    if (lower < 0x61 || lower > 0x7a) break;
    name += String.fromCharCode(lower);
  }
  if (!TAG_NAMES.has(name)) return false;
  if (i === end || (i + 1 === end && chars[i] === SLASH)) return true;
  if (chars[i] !== SPACE && chars[i] !== TAB) return false;
  for (let j = i + 1; j < end; j++) {
    const code = chars[j];
    if (code === PIPE || code === LF || code === CR) return false;
  }
  return true;
}
