import { STRUCTURAL_TAG } from './cell-text.ts';

/**
 * Teams (and rich-text editors) deliver a pasted table as HTML: rows in <p>/<div>/<br> lines, or a
 * real <table>. This turns such text back into plain Markdown-table lines; plain text is returned as is.
 */

/** Same tags as STRUCTURAL_TAG (cell-text.ts), not global: a test, not a replace. */
const HTML_MARKUP = new RegExp(STRUCTURAL_TAG.source, 'i');

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', vert: '\\|' };

export function looksLikeHtml(text: string): boolean {
  return HTML_MARKUP.test(text);
}

/** HTML → lines of a pipe table: <br>, </p>, </div>, </tr> end lines; <td>/<th> start cells; other tags go. */
export function htmlToTableText(text: string): string {
  if (!looksLikeHtml(text)) return text;
  const isTable = /<t[dh]\b/i.test(text);
  // Inside a real table, line breaks and paragraphs are within cells; rows end at </tr>.
  const lineBreak = isTable ? ' ' : '\n';
  let out = isTable ? text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ') : text;
  out = replaceTags(out, /<br\b[^>]*>/gi, () => lineBreak);
  out = out.replace(/<\/(?:p|div)\s*>/gi, lineBreak);
  out = replaceTags(out, /<\/?(?:table|tr)\b[^>]*>/gi, (tag) => (/^<\/tr/i.test(tag) ? '|\n' : '\n'));
  out = replaceTags(out, /<t[dh]\b[^>]*>/gi, () => '|');
  out = replaceTags(out, /<[a-z/!][^>]*>/gi, () => '');
  return decodeEntities(out);
}

/**
 * `text.replace(tag, replace)` for a global pattern ending in `[^>]*>`. Such a match ends at the
 * first `>` after its start, so none lies past the text's last `>`: the search stops there. Over the
 * whole text, every `<` of an unclosed tail ("<a<a<a…") would scan to the end and fail (quadratic);
 * before the last `>` each scan ends at a `>` and the match consumes it (linear).
 */
function replaceTags(text: string, tag: RegExp, replace: (tag: string) => string): string {
  const end = text.lastIndexOf('>') + 1;
  return end === 0 ? text : text.slice(0, end).replace(tag, replace) + text.slice(end);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff) return whole;
      const char = String.fromCodePoint(code);
      return char === '|' ? '\\|' : char;
    }
    return ENTITIES[lower] ?? whole;
  });
}
