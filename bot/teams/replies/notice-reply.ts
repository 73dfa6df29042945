import { buildNoticeCard, type AdaptiveCardJson, type NoticeCardModel } from '../../../cards/index.ts';

/** A short card: a title, a sentence, a colour (and optionally bullets). */
export function noticeCard(model: NoticeCardModel): AdaptiveCardJson {
  return buildNoticeCard(model);
}
