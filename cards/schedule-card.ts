import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { clip, escapeMarkdown } from './markdown-text.ts';
import { WEEKDAYS } from './working-days.ts';
import { CARD_VERBS } from './card-verbs.ts';

/** The rituals schedule form, prefilled; "Save schedule" (verb `schedule.save`) sends every input. */
export interface ScheduleCardModel {
  engagementId: string;
  /** "Times are in America/New_York (Contoso IT)". */
  subtitle: string;
  /** "Next standup": "Mon 30 Nov 09:30" … */
  upcoming: Array<{ title: string; value: string }>;
  standupEnabled: boolean;
  standupWeekday: number;
  standupTime: string;
  reviewEnabled: boolean;
  reviewMonths: number[];
  reviewTime: string;
  onHoliday: 'shift' | 'skip';
  notice?: { text: string; good: boolean };
}

const TEMPLATE = loadCardTemplate('schedule');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function buildScheduleCard(vm: ScheduleCardModel): AdaptiveCardJson {
  const data = { engagementId: vm.engagementId };
  return expandCard(TEMPLATE, {
    subtitle: escapeMarkdown(clip(vm.subtitle, 200)),
    hasNotice: vm.notice !== undefined,
    notice: escapeMarkdown(clip(vm.notice?.text ?? '', 400)),
    noticeColor: vm.notice?.good ? 'Default' : 'Attention',
    upcoming: vm.upcoming.slice(0, 4).map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(clip(f.value, 120)) })),
    standupEnabled: String(vm.standupEnabled),
    standupWeekday: String(vm.standupWeekday),
    standupTime: vm.standupTime,
    weekdays: WEEKDAYS.map((d) => ({ title: d.title, value: String(d.value) })),
    reviewEnabled: String(vm.reviewEnabled),
    reviewMonths: vm.reviewMonths.join(','),
    reviewTime: vm.reviewTime,
    months: MONTHS.map((m, i) => ({ title: m, value: String(i + 1) })),
    onHoliday: vm.onHoliday,
    actionData: data,
    submitData: { ...data, verb: CARD_VERBS.scheduleSave },
  });
}
