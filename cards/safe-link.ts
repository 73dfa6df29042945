import { clip, escapeMarkdown } from './markdown-text.ts';

/**
 * Links from outside (alert links, PagerDuty image links). A monitoring tool decides the href, so a
 * regex check is not enough: "https://ok.example/a)(https://evil" passes one and ends the Markdown link
 * early, adding a second one. Every link Baton shows goes through `markdownLink`; every image URL
 * through `httpUrl`.
 */

/** Longer than any real alert link; a card has no room for more. */
const MAX_URL_LENGTH = 2048;

/**
 * Characters that could end or break a Markdown link destination (parentheses, brackets, angle
 * brackets, space, quotes, backslash), or start code or emphasis in clients that parse loosely.
 * `new URL()` leaves most of them as they are; they are percent-encoded here, which servers read as the same URL.
 */
const LINK_BREAKING = /[()[\]<> "'\\`*_]/g;

/**
 * The URL in normal form when Baton may link to it (or show it as an image), else undefined:
 * it must parse with `new URL()`, be http: or https:, carry no user name or password
 * ("https://bank.example@evil.example"), and not have a bracketed IPv6 host (its brackets cannot
 * be encoded without breaking the host).
 */
export function httpUrl(href: string): string | undefined {
  if (href.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.hostname.startsWith('[')) return undefined;
  return url.href;
}

/** The link destination for Markdown: `httpUrl` with every link-breaking character percent-encoded. */
export function linkTarget(href: string): string | undefined {
  return httpUrl(href)?.replace(LINK_BREAKING, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A Markdown link `[text](target)` with the text escaped (the URL itself when there is no text).
 * An href Baton may not link to (javascript:, data:, ftp:, credentials, not a URL) is shown as
 * escaped plain text instead, "text (href)", so people still see what the tool sent.
 */
export function markdownLink(text: string | undefined, href: string): string {
  // Text that is empty once invisible characters are gone would make a link nobody can see: the URL is shown instead.
  const label = text !== undefined && escapeMarkdown(text) !== '' ? text : undefined;
  const target = linkTarget(href);
  if (!target) return escapeMarkdown(clip(label !== undefined && label !== href ? `${label} (${href})` : href, 200));
  return `[${escapeMarkdown(clip(label ?? httpUrl(href) ?? href, 60))}](${target})`;
}
