/**
 * A checker for text from outside in what Baton sends: does any rendered field carry live Markdown
 * (a link, an image, a mention, a heading or list) that Baton did not put there itself?
 *
 * It reads the card JSON the way Teams does: TextBlock text, Fact titles and values and rich-text runs
 * are Markdown; button titles, input values, labels and choices are plain text.
 */
import { allObjects } from './card-inspection.ts';

export interface RenderedText {
  /** Where in the card (for messages: "text"). */
  readonly where: string;
  readonly text: string;
  /** True when the client renders it as Markdown. */
  readonly markdown: boolean;
  /** A single-line input value or a title: a line break there is structure nobody asked for. */
  readonly singleLine: boolean;
}

export interface MarkupOptions {
  /** The exact link targets Baton is expected to build (already encoded). */
  readonly allowedLinks?: readonly string[];
}

/** What a message or card shows, field by field (facts and choices are told apart by the array they are in). */
export function renderedTexts(card: unknown): RenderedText[] {
  const out: RenderedText[] = [];
  const walk = (node: unknown, parentKey: string): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, parentKey);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const type = typeof o.type === 'string' ? o.type : undefined;
    const push = (key: string, markdown: boolean, singleLine: boolean) => {
      const value = o[key];
      if (typeof value === 'string') out.push({ where: `${type ?? parentKey}.${key}`, text: value, markdown, singleLine });
    };
    if (type === 'TextBlock') push('text', true, false);
    else if (type === 'TextRun') push('text', false, false);
    else if (type?.startsWith('Action.')) push('title', false, true);
    else if (type?.startsWith('Input.')) {
      for (const key of ['label', 'placeholder', 'errorMessage']) push(key, false, false);
      push('title', false, true);
      push('value', false, !(type === 'Input.Text' && o.isMultiline === true));
    } else if (type === undefined && parentKey === 'facts') {
      // Teams renders both parts of a fact as Markdown.
      push('title', true, true);
      push('value', true, false);
    } else if (type === undefined && parentKey === 'choices') push('title', false, true);
    for (const [key, value] of Object.entries(o)) {
      // Action data goes back to Baton, never shown.
      if (key !== 'data') walk(value, key);
    }
  };
  walk(card, '');
  return out;
}

/** Mention texts a card declares (`msteams.entities`). */
export function cardMentionTexts(card: unknown): string[] {
  const entities = (card as { msteams?: { entities?: unknown } }).msteams?.entities;
  return Array.isArray(entities) ? entities.map((e) => (e as { text?: unknown }).text).filter((t): t is string => typeof t === 'string') : [];
}

const INVISIBLE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** True when the character at `i` is backslash-escaped (an odd run of backslashes before it). */
function escapedAt(text: string, i: number): boolean {
  let n = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) n++;
  return n % 2 === 1;
}

/** Problems of one Markdown text: live links to unexpected targets, images, tags without a mention, line-start structure. */
export function markdownProblems(text: string, mentions: readonly string[], options: MarkupOptions = {}): string[] {
  const problems: string[] = [];
  const allowed = new Set(options.allowedLinks ?? []);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (escapedAt(text, i)) continue;
    if (c === ']' && text[i + 1] === '(') {
      const end = text.indexOf(')', i + 2);
      const target = end < 0 ? text.slice(i + 2) : text.slice(i + 2, end);
      if (!allowed.has(target)) problems.push(`live link to ${JSON.stringify(target)}`);
      else if (/[\s(<>"'`]/.test(target)) problems.push(`link target ${JSON.stringify(target)} is not encoded`);
    }
    if (c === '!' && text[i + 1] === '[' && !escapedAt(text, i + 1)) problems.push('live image');
    if (c === '<') {
      const tag = /^<at>([^<]*)<\/at>/.exec(text.slice(i));
      if (!tag) problems.push(`HTML-like tag at ${JSON.stringify(text.slice(i, i + 12))}`);
      else if (!mentions.includes(tag[0])) problems.push(`${tag[0]} without its mention entity`);
      else i += tag[0].length - 1;
    }
  }
  // Structure the hostile samples would create if they were live.
  if (/(^|[\r\n])[ \t]*(- )?(#{1,6} heading|1[.)] list|> quote)/.test(text)) problems.push('line-start marker (heading, list or quote) is live');
  if (/(?<!\\)\*\*bold/.test(text)) problems.push('**bold** is live');
  if (/(?<!\\)`code|\*\*code\*\*/.test(text)) problems.push('`code` is live');
  return problems;
}

/** Every problem in a card: each Markdown field, invisible characters, line breaks in single-line fields, URL elements. */
export function cardMarkupProblems(card: unknown, options: MarkupOptions = {}): string[] {
  const mentions = cardMentionTexts(card);
  const problems: string[] = [];
  for (const field of renderedTexts(card)) {
    const at = (p: string) => `${field.where} ${JSON.stringify(field.text.slice(0, 80))}: ${p}`;
    if (field.markdown) problems.push(...markdownProblems(field.text, mentions, options).map(at));
    if (INVISIBLE.test(field.text)) problems.push(at('bidi, zero-width or control character'));
    if (field.singleLine && /[\r\n]/.test(field.text)) problems.push(at('line break in a single-line field'));
  }
  const allowed = new Set(options.allowedLinks ?? []);
  for (const o of allObjects(card)) {
    if (o.type === 'Action.OpenUrl' && !allowed.has(String(o.url))) problems.push(`Action.OpenUrl to ${JSON.stringify(o.url)}`);
    if (o.type === 'Image' && !/^https?:\/\//.test(String(o.url))) problems.push(`Image from ${JSON.stringify(o.url)}`);
  }
  problems.push(...mentionProblems(mentions));
  return problems;
}

/** A mention's tag is shown as the person's name: no brackets, tags, emphasis or escapes in it (parentheses are fine: "Megan (on call)"). */
function mentionProblems(mentions: readonly string[]): string[] {
  return mentions.filter((text) => /[[\]<>*`\\]/.test(text.slice(4, -5))).map((text) => `mention ${JSON.stringify(text)} carries Markdown`);
}

/** Problems in a plain Teams message (rendered as Markdown) with its mentions. */
export function messageMarkupProblems(message: { text: string; mentions: ReadonlyArray<{ text: string }> }, options: MarkupOptions = {}): string[] {
  const mentions = message.mentions.map((m) => m.text);
  const problems = markdownProblems(message.text, mentions, options);
  if (INVISIBLE.test(message.text)) problems.push('bidi, zero-width or control character');
  problems.push(...mentionProblems(mentions));
  return problems;
}

/** Markdown backslash escapes undone: what a reader sees. */
export function unescaped(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The words of a text (letters and digits), lower-cased; invisible characters are not word breaks. */
export function words(text: string): string[] {
  return (
    text
      .replace(new RegExp(INVISIBLE.source, 'gu'), '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((w) => w !== '');
}

/** The words of `value` a field clipped to `max` characters still shows whole. */
export function wordsShown(value: string, max?: number): string[] {
  if (max === undefined || [...value].length <= max) return words(value);
  const kept = [...value].slice(0, max - 1).join('');
  const cutInWord = /[\p{L}\p{N}]$/u.test(kept) && /^[\p{L}\p{N}]/u.test([...value].slice(max - 1).join(''));
  const w = words(kept);
  return cutInWord ? w.slice(0, -1) : w;
}

/** True when some visible string shows `expected` words in order. */
export function showsWords(visible: readonly string[], expected: readonly string[]): boolean {
  if (expected.length === 0) return true;
  return visible.some((text) => {
    // A link's target counts as shown (Teams shows it on hover), percent-escapes read as the characters they stand for.
    const seen = words(unescaped(text).replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
    let k = 0;
    for (const w of seen) if (w === expected[k] && ++k === expected.length) return true;
    return false;
  });
}
