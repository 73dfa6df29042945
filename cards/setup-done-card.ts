import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { escapeMarkdown } from './markdown-text.ts';
import { timeZoneTitle } from './time-zones.ts';
import { formatWorkingDays } from './working-days.ts';

/** What setup saved. */
export interface SetupDoneCardModel {
  internalName: string;
  mspName: string;
  /** IANA zone of internal IT. */
  timeZone: string;
  hoursStart: string;
  hoursEnd: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** "US-FL"; omitted or "" for none. */
  holidayRegion?: string;
  matrixVersion: number;
  rowCount: number;
  /** Where the matrix came from. */
  matrixSource: 'default' | 'paste';
  /** The person who ran setup and the side they manage now. */
  managerName?: string;
  managerSide?: 'internal' | 'msp';
  /** The example question to suggest; "who owns server patching?" by default. */
  tryQuestion?: string;
}

const TEMPLATE = loadCardTemplate('setup-done');

export function buildSetupDoneCard(vm: SetupDoneCardModel): AdaptiveCardJson {
  const zone = timeZoneTitle(vm.timeZone);
  const facts = [
    { title: 'Internal IT', value: vm.internalName },
    { title: 'MSP', value: vm.mspName },
    { title: 'Time zone', value: zone === vm.timeZone ? zone : `${zone} — ${vm.timeZone}` },
    { title: 'Business hours', value: `${formatWorkingDays(vm.days)}, ${vm.hoursStart}–${vm.hoursEnd}` },
    { title: 'Public holidays', value: vm.holidayRegion?.trim() ? vm.holidayRegion : 'none' },
    {
      title: 'Matrix',
      value: `v${vm.matrixVersion}, ${vm.rowCount} ${vm.rowCount === 1 ? 'row' : 'rows'} (${vm.matrixSource === 'default' ? 'default template' : 'pasted'})`,
    },
  ].map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(f.value) }));
  const manager = vm.managerName?.trim()
    ? ` ${escapeMarkdown(vm.managerName)} manages ${escapeMarkdown(vm.managerSide === 'msp' ? vm.mspName : vm.internalName)} and can change the matrix.`
    : '';
  return expandCard(TEMPLATE, {
    summaryText: `${escapeMarkdown(vm.internalName)} and ${escapeMarkdown(vm.mspName)} share one matrix now.${manager}`,
    facts,
    tryQuestion: escapeMarkdown(vm.tryQuestion ?? 'who owns server patching?'),
  });
}
