import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import type { SetupSides } from './setup-card.ts';
import { escapeMarkdown } from './markdown-text.ts';
import { timeZoneTitle } from './time-zones.ts';
import { formatWorkingDays } from './working-days.ts';

/** What setup saved, for both sides. */
export interface SetupDoneCardModel extends SetupSides {
  /** "US-FL"; omitted or "" for none. */
  holidayRegion?: string;
  /** The MSP's working days; the internal side's when omitted. */
  mspDays?: number[];
  /** The engagement's id, shown with what it is for (the alert URL); left out when not given. */
  engagementId?: string;
  /** Where the setup applies ("Applies to this team: …"); left out when not given. */
  appliesTo?: string;
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

interface SideFacts {
  timeZone: string;
  hoursStart: string;
  hoursEnd: string;
  days: readonly number[];
  holidayRegion?: string | undefined;
}

/** Time zone, business hours in words ("Mon–Fri 08:00–17:00") and public holiday region of one side, as facts (short titles: they fit 320 px). */
function sideFacts(side: SideFacts): Array<{ title: string; value: string }> {
  const zone = timeZoneTitle(side.timeZone);
  return [
    { title: 'Time zone', value: zone === side.timeZone ? zone : `${zone} — ${side.timeZone}` },
    { title: 'Hours', value: `${formatWorkingDays(side.days)} ${side.hoursStart}–${side.hoursEnd}` },
    { title: 'Holidays', value: side.holidayRegion?.trim() ? `${side.holidayRegion.trim()} public holidays` : 'none' },
  ].map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(f.value) }));
}

export function buildSetupDoneCard(vm: SetupDoneCardModel): AdaptiveCardJson {
  const internal = sideFacts(vm);
  const msp = sideFacts({
    timeZone: vm.mspTimeZone || vm.timeZone,
    hoursStart: vm.mspHoursStart || vm.hoursStart,
    hoursEnd: vm.mspHoursEnd || vm.hoursEnd,
    days: vm.mspDays ?? vm.days,
    holidayRegion: vm.mspHolidayRegion ?? vm.holidayRegion,
  });
  const matrix = `v${vm.matrixVersion}, ${vm.rowCount} ${vm.rowCount === 1 ? 'row' : 'rows'} (${vm.matrixSource === 'default' ? 'default template' : 'pasted'})`;
  const manager = vm.managerName?.trim()
    ? ` ${escapeMarkdown(vm.managerName)} manages ${escapeMarkdown(vm.managerSide === 'msp' ? vm.mspName : vm.internalName)} and can change the matrix.`
    : '';
  const id = vm.engagementId?.trim() ?? '';
  const appliesTo = vm.appliesTo?.trim() ?? '';
  return expandCard(TEMPLATE, {
    summaryText: `${escapeMarkdown(vm.internalName)} and ${escapeMarkdown(vm.mspName)} share one matrix now.${manager}`,
    hasAppliesTo: appliesTo !== '',
    appliesToText: escapeMarkdown(appliesTo),
    internalHeading: `Internal IT: ${escapeMarkdown(vm.internalName)}`,
    internalFacts: internal,
    mspHeading: `MSP: ${escapeMarkdown(vm.mspName)}`,
    mspFacts: msp,
    otherFacts: [{ title: 'Matrix', value: escapeMarkdown(matrix) }, ...(id ? [{ title: 'Engagement', value: escapeMarkdown(id) }] : [])],
    hasEngagementId: id !== '',
    engagementText: escapeMarkdown(`What the id is for: alerts go to /api/alerts/${id}; point your monitoring tools there.`),
    tryQuestion: escapeMarkdown(vm.tryQuestion ?? 'who owns server patching?'),
  });
}
