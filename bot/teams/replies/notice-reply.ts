import { buildNoticeCard, escapeMarkdown, type AdaptiveCardJson, type NoticeCardModel } from '../../../cards/index.ts';

/**
 * Baton's own sentences mark commands with backticks (`setup`); Teams cards render no inline code,
 * so those become bold and everything else is shown literally (names and dates typed by users too).
 */
export function commandMarkdown(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('`')
        .map((part, i) => (i % 2 === 1 ? `**${escapeMarkdown(part)}**` : part === '' ? '' : escapeMarkdown(part)))
        .join(''),
    )
    .join('\n\n');
}

/** A short card: a title, a sentence, a colour (and optionally bullets). */
export function noticeCard(model: NoticeCardModel): AdaptiveCardJson {
  return buildNoticeCard({
    ...model,
    ...(model.text !== undefined ? { text: commandMarkdown(model.text) } : {}),
    ...(model.bullets ? { bullets: model.bullets.map(commandMarkdown) } : {}),
    markdown: true,
  });
}
