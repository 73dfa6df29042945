import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { TeamsTheme } from './teams-host-config.ts';

/**
 * Baton's cards rendered the way Teams renders them: Microsoft's Adaptive Cards JavaScript renderer
 * (the `adaptivecards` package, the renderer Teams' web client and the emulator are built on) in a page
 * served from this machine, with a Teams host config and client CSS (teams-host-config.ts) and Markdown
 * processed the way Teams does (only bold, italic, lists, links; backslash escapes; `<at>` tags that have
 * a mention entity show the name). Anything else, a backtick say, stays literal, as it would in Teams.
 *
 * After a render, `inspect()` measures what a person would see wrong: text cut off or spilling out of
 * its box or the card, the contrast of every visible text against what is behind it, and Markdown or
 * escapes left literal.
 */

export interface TextSample {
  /** The text (clipped) and, when it is part of a longer block, the block's text. */
  readonly text: string;
  readonly where: string;
}

export interface ContrastSample extends TextSample {
  readonly ratio: number;
  /** The ratio needed: 3 for large text (24 px, or 18.66 px bold) and everything here; see `bodyMinimum`. */
  readonly foreground: string;
  readonly background: string;
  readonly fontPx: number;
  readonly bold: boolean;
}

export interface CardInspection {
  /** "cut off" findings: what, and how it is cut. */
  readonly cutOff: string[];
  /** Every visible text and input's contrast, lowest first. */
  readonly contrast: ContrastSample[];
  /** Literal Markdown, escapes, entities or tags in visible text. */
  readonly literalMarkup: string[];
  /** Actions the renderer moved into the "…" overflow menu (a person sees "…", not their titles). */
  readonly overflowActions: number;
  /** The card's rendered size. */
  readonly width: number;
  readonly height: number;
}

export interface RenderOutcome {
  /** Parse and validation warnings from the renderer (unknown elements, too many actions, …). */
  readonly warnings: string[];
  /** Titles of the card's ShowCard buttons (first of each title), to open one by one. */
  readonly showCards: string[];
}

/** The harness the page runs; see `installCardHarness`. */
interface Harness {
  render(card: unknown, theme: { hostConfig: unknown; css: string; canvas: string }, width: number): RenderOutcome;
  openShowCard(title: string): boolean;
  inspect(): CardInspection;
}

declare global {
  interface Window {
    batonCards?: Harness;
  }
}

const ADAPTIVECARDS_JS = fileURLToPath(new URL('../../node_modules/adaptivecards/dist/adaptivecards.min.js', import.meta.url));

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baton cards</title>
<style>
  html, body { margin: 0; padding: 0; }
  #frame { display: inline-block; padding: 12px; }
  #host { box-sizing: border-box; }
  .ac-adaptiveCard { border-radius: 4px; }
  .ac-textBlock p { margin: 0 0 6px; }
  .ac-textBlock ul, .ac-textBlock ol { margin: 0 0 6px; padding-left: 20px; box-sizing: border-box; }
</style>
<style id="theme"></style>
<script src="/adaptivecards.min.js"></script>
<script src="/harness.js"></script>
</head><body><div id="frame"><div id="host"></div></div></body></html>`;

export interface CardRenderServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves the page, the renderer's browser bundle and the harness from 127.0.0.1 (nothing from the internet). */
export async function startCardRenderServer(): Promise<CardRenderServer> {
  const bundle = readFileSync(ADAPTIVECARDS_JS);
  const harness = `(${installCardHarness.toString()})();`;
  const files: Record<string, { type: string; body: string | Buffer }> = {
    '/': { type: 'text/html; charset=utf-8', body: PAGE },
    '/adaptivecards.min.js': { type: 'text/javascript; charset=utf-8', body: bundle },
    '/harness.js': { type: 'text/javascript; charset=utf-8', body: harness },
  };
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://127.0.0.1').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** One browser page that renders card after card. */
export class CardRenderPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(url: string): Promise<void> {
    const errors: string[] = [];
    this.page.on('pageerror', (err) => errors.push(err.message));
    await this.page.goto(url);
    const ready = await this.page.evaluate(() => typeof window.batonCards === 'object');
    if (!ready) throw new Error(`the card page did not load its renderer: ${errors.join('; ')}`);
  }

  async render(card: unknown, theme: TeamsTheme, width: number): Promise<RenderOutcome> {
    return this.page.evaluate(([c, t, w]) => window.batonCards!.render(c, t, w), [card, { hostConfig: theme.hostConfig, css: theme.css, canvas: theme.canvas }, width] as const);
  }

  async openShowCard(title: string): Promise<boolean> {
    return this.page.evaluate((t) => window.batonCards!.openShowCard(t), title);
  }

  async inspect(): Promise<CardInspection> {
    return this.page.evaluate(() => window.batonCards!.inspect());
  }

  /** The card with a margin of the chat canvas around it. */
  async screenshot(path: string): Promise<void> {
    await this.page.locator('#frame').screenshot({ path, animations: 'disabled', caret: 'hide' });
  }
}

/**
 * Runs in the page (serialised with toString: it must not use anything from this module). Installs
 * `window.batonCards`.
 */
function installCardHarness(): void {
  type Rgba = [number, number, number, number];
  // The renderer's browser bundle sets this global; its types are not needed here.
  const AC = (window as unknown as { AdaptiveCards: any }).AdaptiveCards;
  let mentionTags: string[] = [];
  let canvas: Rgba = [255, 255, 255, 1];

  // ---- Markdown as Teams renders it in a TextBlock: bold, italic, bullet and numbered lists, links. ----
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  function markdown(text: string): string {
    const held: string[] = [];
    const hold = (html: string) => `\uE000${held.push(html) - 1}\uE001`;
    let s = text;
    // A mention tag with its entity shows the person's name; any other tag stays literal text.
    for (const tag of mentionTags) s = s.split(tag).join(hold(`<span class="baton-mention">${escapeHtml(tag.slice(4, -5))}</span>`));
    s = s.replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => hold(escapeHtml(c)));
    const inline = (raw: string): string => {
      let h = escapeHtml(raw);
      h = h.replace(/\[([^\]\n]+)\]\(([^()\s]+)\)/g, (_m, label: string, href: string) => `${hold(`<a href="${href}">`)}${label}${hold('</a>')}`);
      h = h.replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>').replace(/__(?=\S)([\s\S]*?\S)__/g, '<strong>$1</strong>');
      h = h.replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?![\w*])/g, '$1<em>$2</em>').replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?![\w_])/g, '$1<em>$2</em>');
      return h;
    };
    const out: string[] = [];
    let paragraph: string[] = [];
    let list: { ordered: boolean; items: string[] } | undefined;
    const flush = () => {
      if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
      paragraph = [];
      if (list) out.push(`<${list.ordered ? 'ol' : 'ul'}>${list.items.map((i) => `<li>${inline(i)}</li>`).join('')}</${list.ordered ? 'ol' : 'ul'}>`);
      list = undefined;
    };
    for (const line of s.split(/\r\n|\r|\n/)) {
      const item = /^\s{0,3}([-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
      if (line.trim() === '') flush();
      else if (item) {
        const ordered = /\d/.test(item[1]!);
        if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
        list ??= { ordered, items: [] };
        list.items.push(item[2]!);
      } else if (list) list.items[list.items.length - 1] += ` ${line.trim()}`;
      else paragraph.push(line.trim());
    }
    flush();
    let html = out.join('');
    while (/\uE000\d+\uE001/.test(html)) html = html.replace(/\uE000(\d+)\uE001/g, (_m, i: string) => held[Number(i)]!);
    return html;
  }
  AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { didProcess: boolean; outputHtml?: string }) => {
    result.outputHtml = markdown(text);
    result.didProcess = true;
  };

  // ---- Colours ----
  function parseColor(css: string): Rgba {
    const m = /rgba?\(([^)]+)\)/.exec(css);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1]!
      .split(/[\s,/]+/)
      .filter((p) => p !== '')
      .map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  }
  const over = (top: Rgba, bottom: Rgba): Rgba => {
    const a = top[3];
    return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
  };
  const hex = (c: Rgba) =>
    `#${c
      .slice(0, 3)
      .map((v) => Math.round(v).toString(16).padStart(2, '0'))
      .join('')}`;
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (c: Rgba) => 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
  const ratio = (a: Rgba, b: Rgba) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (l1 + 0.05) / (l2 + 0.05);
  };
  /** What is behind an element: its and its ancestors' backgrounds, composited over the chat canvas. */
  function backgroundBehind(el: Element): Rgba {
    const layers: Rgba[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const bg = parseColor(getComputedStyle(e).backgroundColor);
      if (bg[3] > 0) {
        layers.push(bg);
        if (bg[3] >= 1) break;
      }
    }
    return layers.reverse().reduce((below, layer) => over(layer, below), canvas);
  }
  function opacityOf(el: Element): number {
    let o = 1;
    for (let e: Element | null = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  }

  // ---- Rendering ----
  function root(): HTMLElement {
    const card = document.querySelector<HTMLElement>('#host > .ac-adaptiveCard');
    if (!card) throw new Error('no card rendered');
    return card;
  }

  function render(card: unknown, theme: { hostConfig: unknown; css: string; canvas: string }, width: number): RenderOutcome {
    document.getElementById('theme')!.textContent = theme.css;
    document.body.style.backgroundColor = theme.canvas;
    document.getElementById('frame')!.style.backgroundColor = theme.canvas;
    canvas = parseColor(getComputedStyle(document.body).backgroundColor);
    const host = document.getElementById('host')!;
    host.style.width = `${width}px`;
    const entities = (card as { msteams?: { entities?: Array<{ type?: string; text?: string }> } }).msteams?.entities;
    mentionTags = (Array.isArray(entities) ? entities : []).filter((e) => e.type === 'mention' && typeof e.text === 'string').map((e) => e.text!);
    const adaptiveCard = new AC.AdaptiveCard();
    adaptiveCard.hostConfig = new AC.HostConfig(theme.hostConfig);
    const context = new AC.SerializationContext();
    adaptiveCard.parse(card, context);
    const warnings: string[] = [];
    for (let i = 0; i < context.eventCount; i++) warnings.push(`parse: ${context.getEventAt(i).message}`);
    const validation = adaptiveCard.validateProperties();
    for (const e of validation.validationEvents ?? []) warnings.push(`validation: ${e.message}`);
    const element: HTMLElement | undefined = adaptiveCard.render();
    if (!element) throw new Error('the renderer returned nothing');
    host.replaceChildren(element);
    const showCards: string[] = [];
    for (const b of Array.from(element.querySelectorAll<HTMLElement>('button.expandable'))) {
      const title = b.innerText.trim();
      if (title && !showCards.includes(title)) showCards.push(title);
    }
    return { warnings, showCards };
  }

  function openShowCard(title: string): boolean {
    const button = Array.from(root().querySelectorAll<HTMLElement>('button.expandable')).find((b) => b.innerText.trim() === title);
    if (!button) return false;
    button.click();
    return button.getAttribute('aria-expanded') === 'true' || button.classList.contains('expanded');
  }

  // ---- What a person would see wrong ----
  const clipText = (s: string, n = 90) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > n ? `${t.slice(0, n - 1)}…` : t;
  };
  const isVisible = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  function blockOf(el: Element): HTMLElement {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const d = getComputedStyle(e).display;
      if (!d.startsWith('inline') && d !== 'contents') return e as HTMLElement;
    }
    return el as HTMLElement;
  }
  function describe(el: Element): string {
    const button = el.closest('button');
    if (button) return 'button';
    if (el.closest('label, .ac-input-label')) return 'label';
    if (el.closest('.ac-factset')) return 'fact';
    return el.closest('.ac-textBlock') ? 'text' : el.tagName.toLowerCase();
  }
  /** The button, TextBlock or block a text belongs to: one finding per owner. */
  const ownerOf = (el: Element): Element => el.closest('button') ?? el.closest('.ac-textBlock') ?? blockOf(el);
  /** The nearest box, up to the card itself, that hides part of these text rectangles (overflow not visible). */
  function clippingBox(el: Element, card: Element, rects: DOMRect[]): Element | undefined {
    for (let e: Element | null = el; e; e = e === card ? null : e.parentElement) {
      const cs = getComputedStyle(e);
      const clipsX = cs.overflowX !== 'visible';
      const clipsY = cs.overflowY !== 'visible';
      if (!clipsX && !clipsY) continue;
      const r = e.getBoundingClientRect();
      const left = r.left + e.clientLeft;
      const top = r.top + e.clientTop;
      const right = left + e.clientWidth;
      const bottom = top + e.clientHeight;
      const out = rects.some((t) => (clipsX && (t.right > right + 1 || t.left < left - 1)) || (clipsY && (t.bottom > bottom + 2 || t.top < top - 2)));
      if (out) return e;
    }
    return undefined;
  }
  let measure: CanvasRenderingContext2D | null = null;
  function textWidth(text: string, el: Element): number {
    measure ??= document.createElement('canvas').getContext('2d');
    const cs = getComputedStyle(el);
    measure!.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
    return measure!.measureText(text).width;
  }

  function inspect(): CardInspection {
    const card = root();
    const cardRect = card.getBoundingClientRect();
    const cutOff: string[] = [];
    const contrast: ContrastSample[] = [];
    const literalMarkup: string[] = [];
    const blockTexts = new Map<HTMLElement, string>();
    const clipped: Array<{ owner: Element; what: string; how: string }> = [];

    const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      const el = node.parentElement;
      if (!el || !/\S/.test(text) || el.closest('option, select, style, script')) continue;
      if (!isVisible(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const block = blockOf(el);
      blockTexts.set(block, (blockTexts.get(block) ?? '') + text);
      // Text outside a box that clips it (a line clamp, a fixed height, the card's edge): not seen.
      const clipper = clippingBox(el, card, rects);
      if (clipper) clipped.push({ owner: ownerOf(el), what: describe(el), how: clipper === card ? "runs past the card's edge" : 'is cut off by its box' });
      const cs = getComputedStyle(el);
      const fg = parseColor(cs.color);
      const bg = backgroundBehind(el);
      const shown = over([fg[0], fg[1], fg[2], fg[3] * opacityOf(el)], bg);
      const fontPx = parseFloat(cs.fontSize);
      const bold = Number(cs.fontWeight) >= 700;
      contrast.push({ text: clipText(text, 60), where: describe(el), ratio: ratio(shown, bg), foreground: hex(shown), background: hex(bg), fontPx, bold });
    }

    // Inputs: the value (or the placeholder while empty) against the field.
    for (const input of Array.from(card.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select'))) {
      if (!isVisible(input) || (input instanceof HTMLInputElement && ['radio', 'checkbox', 'hidden'].includes(input.type))) continue;
      const bg = backgroundBehind(input);
      const cs = getComputedStyle(input);
      let text = input instanceof HTMLSelectElement ? (input.selectedOptions[0]?.text ?? '') : input.value;
      let color = cs.color;
      let where = input instanceof HTMLSelectElement ? 'choice' : 'input value';
      if (text === '' && !(input instanceof HTMLSelectElement) && input.placeholder) {
        text = input.placeholder;
        color = getComputedStyle(input, '::placeholder').color;
        where = 'placeholder';
      }
      if (text === '') continue;
      const shown = over(parseColor(color), bg);
      contrast.push({ text: clipText(text, 60), where, ratio: ratio(shown, bg), foreground: hex(shown), background: hex(bg), fontPx: parseFloat(cs.fontSize), bold: false });
      blockTexts.set(input, text);
      const multiline = input instanceof HTMLTextAreaElement;
      if (!multiline && input.type !== 'time' && input.type !== 'date') {
        const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - (input instanceof HTMLSelectElement ? 20 : 0);
        const needed = textWidth(text, input);
        if (needed > room + 1) cutOff.push(`${where} "${clipText(text)}" needs ${Math.ceil(needed)} px, the field shows ${Math.floor(room)} px`);
      }
    }

    // Boxes whose text does not fit: cut off (overflow hidden, maybe with an ellipsis) or spilling out.
    const boxes = new Set<HTMLElement>(blockTexts.keys());
    for (const b of Array.from(card.querySelectorAll<HTMLElement>('button'))) {
      if (!isVisible(b)) continue;
      boxes.add(b);
      for (const child of Array.from(b.querySelectorAll<HTMLElement>('*'))) boxes.add(child);
    }
    const reported = new Set<Element>();
    for (const box of boxes) {
      if (box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement || box instanceof HTMLSelectElement) continue;
      if (!isVisible(box) || box.clientWidth === 0) continue;
      const owner = ownerOf(box);
      if (reported.has(owner)) continue;
      const cs = getComputedStyle(box);
      const full = clipText(owner instanceof HTMLElement ? owner.innerText : (box.textContent ?? ''));
      const what = owner.tagName === 'BUTTON' ? 'button title' : describe(box);
      if (box.scrollWidth > box.clientWidth + 1) {
        reported.add(owner);
        const how = cs.textOverflow === 'ellipsis' ? 'ends in an ellipsis' : cs.overflowX === 'visible' ? 'spills out of its box' : 'is cut off';
        cutOff.push(`${what} "${full}" ${how}: ${box.scrollWidth} px of text in ${box.clientWidth} px`);
      } else if (cs.overflowY !== 'visible' && box.scrollHeight > box.clientHeight + 2) {
        reported.add(owner);
        cutOff.push(`${what} "${full}" is cut off at the bottom: ${box.scrollHeight} px of text in ${box.clientHeight} px`);
      }
    }
    for (const { owner, what, how } of clipped) {
      if (reported.has(owner)) continue;
      reported.add(owner);
      cutOff.push(`${what} "${clipText(owner instanceof HTMLElement ? owner.innerText : (owner.textContent ?? ''))}" ${how}`);
    }

    // Markup a person would read literally.
    const patterns: Array<[RegExp, string]> = [
      [/`/, 'a backtick'],
      [/\*\*|__/, 'Markdown bold markers (** or __)'],
      [/\[[^\]\n]*\]\([^)\s]*\)/, 'a Markdown link [text](url)'],
      [/<\/?at\b[^>]*>/i, 'an <at> tag'],
      [/\\[!-/:-@[-`{-~]/, 'a backslash escape'],
      [/&(?:amp|lt|gt|quot|nbsp|#\d+);/, 'an HTML entity'],
    ];
    for (const [el, text] of blockTexts) {
      for (const [pattern, what] of patterns) {
        if (pattern.test(text)) literalMarkup.push(`${describe(el)} "${clipText(text)}" shows ${what}`);
      }
    }

    const overflowActions = Array.from(card.querySelectorAll<HTMLElement>('button')).filter((b) => isVisible(b) && /^(\.\.\.|…)$/.test(b.innerText.trim())).length;
    contrast.sort((a, b) => a.ratio - b.ratio);
    return { cutOff, contrast, literalMarkup, overflowActions, width: Math.round(cardRect.width), height: Math.round(cardRect.height) };
  }

  window.batonCards = { render, openShowCard, inspect };
}
