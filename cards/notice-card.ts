import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { bulletList, escapeMarkdown } from './markdown-text.ts';

export type NoticeStyle = 'default' | 'good' | 'warning' | 'attention';

/** A small card: "You're away until …", "Welcome back", permission refusals, errors. */
export interface NoticeCardModel {
  title: string;
  text?: string;
  style?: NoticeStyle;
  /** Optional list under the text (e.g. people and roles, versions). */
  bullets?: string[];
  /**
   * True when `text` and `bullets` are Baton's own Markdown (bold, italic, links) to render as such.
   * Default false: they are shown literally, so names and pasted text cannot inject formatting.
   */
  markdown?: boolean;
}

const TEMPLATE = loadCardTemplate('notice');

/**
 * The style tints the container (green, yellow, red); the text keeps the theme's own colour, in light
 * and dark alike ("Good" text in a "good" container was green on green).
 */
export function buildNoticeCard(vm: NoticeCardModel): AdaptiveCardJson {
  const style = vm.style ?? 'default';
  const text = vm.text ?? '';
  const bullets = (vm.bullets ?? []).slice(0, 60);
  return expandCard(TEMPLATE, {
    containerStyle: style,
    title: escapeMarkdown(vm.title),
    hasText: text.trim() !== '',
    text: vm.markdown
      ? text
      : text
          .split(/\n{2,}/)
          .map(escapeMarkdown)
          .join('\n\n'),
    hasBullets: bullets.length > 0,
    bulletList: bulletList(bullets, { markdownItems: vm.markdown === true }),
  });
}
