import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/index.ts';
import { SCREENSHOT_CARDS } from '../cards/card-screenshot-samples.ts';
import { CardRenderPage, startCardRenderServer, type CardInspection, type CardRenderServer, type ContrastSample } from './card-render-page.ts';
import { chromiumMissingReason, requireOrSkip } from './chromium-requirement.ts';
import { launchOfflineChromium, type OfflineBrowser } from './headless-chromium.ts';
import { TEAMS_THEMES, type TeamsTheme, type TeamsThemeName } from './teams-host-config.ts';

/**
 * Baton's cards as Teams shows them: every card the builders produce today (card-screenshot-samples.ts),
 * rendered by Microsoft's Adaptive Cards renderer in headless Chromium with a Teams host config, in the
 * light and the dark theme, at Teams' narrow width (320 px, a phone or a narrow chat pane) and a wide one
 * (540 px). Each render, and each of its ShowCard forms opened, is written to
 * test-results/cards/<card>[+<form>]-<theme>-<width>.png for a person to look at, and checked for what
 * a person would see wrong:
 *  - nothing cut off: no text, button title or field value that does not fit its box (an ellipsis, a
 *    clipped line, text past the card's edge);
 *  - no colour on colour: every visible text at least 3:1 against what is behind it (WCAG's minimum for
 *    large text; the figures under 4.5:1, the minimum for body text, are listed in summary.json);
 *  - no literal Markdown: no backtick, `**`, `[text](url)`, `<at>` tag, backslash escape or HTML entity
 *    in visible text.
 * The texts are never pinned: the cards change as their owners change them.
 *
 * Themes: Teams light and dark at both widths, and the Teams emulator's own colours (Microsoft's published
 * light host config, which the README's first run shows) at the narrow width only: its colours do not
 * change with the width. BATON_CARD_THEMES=light,dark picks fewer.
 */

const SHOTS = fileURLToPath(new URL('../../test-results/cards/', import.meta.url));
const WIDTHS = [320, 540] as const;
const THEMES: TeamsTheme[] = (process.env.BATON_CARD_THEMES ?? 'light,dark,emulator')
  .split(',')
  .map((name) => TEAMS_THEMES[name.trim() as TeamsThemeName])
  .filter((theme): theme is TeamsTheme => theme !== undefined);
/** WCAG 2 AA: 3:1 for large text (and the floor asserted here for all text), 4.5:1 for body text. */
const MIN_CONTRAST = 3;
const BODY_CONTRAST = 4.5;
const canRun = chromiumMissingReason() === undefined;

interface Look {
  readonly cutOff: string[];
  readonly lowContrast: string[];
  readonly literalMarkup: string[];
  readonly lowest: ContrastSample | undefined;
  readonly underBody: ContrastSample[];
  readonly warnings: string[];
  readonly overflowActions: number;
  readonly size: string;
  readonly files: string[];
}

const summary: Record<string, Look> = {};

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const ratioText = (r: number) => `${r.toFixed(2)}:1`;
const contrastLine = (c: ContrastSample) => `${c.where} "${c.text}" ${c.foreground} on ${c.background} = ${ratioText(c.ratio)}`;

describe('Baton cards as Teams shows them (headless Chromium, Teams host config)', () => {
  let chromium: OfflineBrowser | undefined;
  let server: CardRenderServer | undefined;
  let cards: CardRenderPage | undefined;

  beforeAll(async () => {
    if (!canRun) return;
    mkdirSync(SHOTS, { recursive: true });
    server = await startCardRenderServer();
    chromium = await launchOfflineChromium({ viewport: { width: 900, height: 1200 } });
    chromium.context.setDefaultTimeout(20_000);
    cards = new CardRenderPage(await chromium.context.newPage());
    await cards.open(server.url);
  }, 60_000);

  afterAll(async () => {
    await chromium?.close().catch(() => undefined);
    await server?.close();
    if (canRun && Object.keys(summary).length > 0) writeFileSync(`${SHOTS}summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
  });

  /** Renders the card (and each of its ShowCard forms opened), writes the screenshots, and collects the findings. */
  async function look(card: AdaptiveCardJson, name: string, theme: TeamsTheme, width: number): Promise<Look> {
    const page = cards!;
    const base = await page.render(card, theme, width);
    const files = [`${name}-${theme.name}-${width}.png`];
    await page.screenshot(`${SHOTS}${files[0]}`);
    const states: Array<{ label: string; inspection: CardInspection }> = [{ label: '', inspection: await page.inspect() }];
    const size = `${states[0]!.inspection.width}×${states[0]!.inspection.height}`;
    for (const title of base.showCards) {
      await page.render(card, theme, width);
      if (!(await page.openShowCard(title))) throw new Error(`${name}: the ShowCard button "${title}" did not open`);
      const file = `${name}+${slug(title)}-${theme.name}-${width}.png`;
      await page.screenshot(`${SHOTS}${file}`);
      files.push(file);
      states.push({ label: ` (with “${title}” open)`, inspection: await page.inspect() });
    }
    const seen = new Set<string>();
    const collect = (pick: (i: CardInspection) => string[]) =>
      states.flatMap(({ label, inspection }) =>
        pick(inspection)
          .filter((p) => !seen.has(p) && seen.add(p))
          .map((p) => `${p}${label}`),
      );
    const samples = states.flatMap((s) => s.inspection.contrast);
    const lowContrast = collect((i) => i.contrast.filter((c) => c.ratio < MIN_CONTRAST).map(contrastLine));
    const underBody = [...new Map(samples.filter((c) => c.ratio < BODY_CONTRAST).map((c) => [contrastLine(c), c])).values()].sort((a, b) => a.ratio - b.ratio);
    return {
      cutOff: collect((i) => i.cutOff),
      lowContrast,
      literalMarkup: collect((i) => i.literalMarkup),
      lowest: [...samples].sort((a, b) => a.ratio - b.ratio)[0],
      underBody,
      warnings: base.warnings,
      overflowActions: Math.max(...states.map((s) => s.inspection.overflowActions)),
      size,
      files,
    };
  }

  for (const sample of SCREENSHOT_CARDS) {
    describe(sample.name, () => {
      for (const theme of THEMES) {
        for (const width of theme.name === 'emulator' ? WIDTHS.slice(0, 1) : WIDTHS) {
          it(`${theme.name} · ${width} px: nothing cut off, no colour on colour, no literal Markdown`, async (ctx) => {
            requireOrSkip(ctx.skip);
            const result = await look(sample.build(), sample.name, theme, width);
            summary[`${sample.name} · ${theme.name} · ${width}`] = result;
            expect.soft(result.cutOff, `${sample.name} (${theme.name}, ${width} px): text cut off`).toEqual([]);
            expect.soft(result.lowContrast, `${sample.name} (${theme.name}, ${width} px): contrast under ${MIN_CONTRAST}:1`).toEqual([]);
            expect.soft(result.literalMarkup, `${sample.name} (${theme.name}, ${width} px): literal Markdown`).toEqual([]);
          });
        }
      }
    });
  }

  it('the page loaded nothing from outside this machine', (ctx) => {
    requireOrSkip(ctx.skip);
    expect(chromium!.blocked).toEqual([]);
  });
});
