import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { CARD_BUDGET_BYTES, cardPayloadBytes } from './card-size.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { bulletList, escapeMarkdown, oneLine, plainText } from './markdown-text.ts';
import { timeZoneChoices } from './time-zones.ts';
import { WEEKDAYS } from './working-days.ts';

/** The two sides as setup names them: internal IT's zone, hours and days, and the MSP's where they differ. */
export interface SetupSides {
  internalName: string;
  mspName: string;
  /** Internal IT's IANA zone (on the form: preselected in the picker, the current one or the service default). */
  timeZone: string;
  /** "HH:MM", 24 h. */
  hoursStart: string;
  hoursEnd: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: number[];
  /** The MSP's zone, hours and holiday region; each the internal side's when omitted. */
  mspTimeZone?: string;
  mspHoursStart?: string;
  mspHoursEnd?: string;
  mspHolidayRegion?: string;
}

/**
 * The setup form, prefilled. Input ids: internalName, mspName, yourSide, timeZone, hoursStart, hoursEnd, days,
 * holidayRegion, mspTimeZone, mspHoursStart, mspHoursEnd, mspHolidayRegion, template, matrixText.
 */
export interface SetupCardModel extends SetupSides {
  /** "US", "US-FL", "GB"; "" for none. */
  holidayRegion: string;
  template: 'default' | 'paste';
  /** A previously pasted matrix to show again after an invalid submit; dropped when too large for a card. */
  matrixText?: string;
  /** Which side the person filling in the card is on (they become its manager). */
  yourSide?: 'internal' | 'msp';
  /** Rows in the default template, for the choice's title (14). */
  defaultTemplateRows?: number;
  /** Problems from the previous submit, shown in a red box at the top. */
  errors?: string[];
  /** Where the setup applies ("Applies to this team: …"), one plain line near the top; left out when not given. */
  appliesTo?: string;
}

const TEMPLATE = loadCardTemplate('setup');

/** The setup form; button "Save setup" (verb `setup.save`) sends every input. */
export function buildSetupCard(vm: SetupCardModel): AdaptiveCardJson {
  const errors = vm.errors ?? [];
  const appliesTo = vm.appliesTo?.trim() ?? '';
  const data = {
    hasAppliesTo: appliesTo !== '',
    appliesToText: escapeMarkdown(appliesTo),
    hasErrors: errors.length > 0,
    errorList: bulletList(errors.slice(0, 12)),
    // Input values are plain text; single-line ones get no line breaks.
    internalName: oneLine(vm.internalName),
    mspName: oneLine(vm.mspName),
    yourSide: vm.yourSide ?? 'internal',
    timeZone: oneLine(vm.timeZone),
    timeZones: timeZoneChoices(vm.timeZone),
    hoursStart: vm.hoursStart || '08:00',
    hoursEnd: vm.hoursEnd || '17:00',
    days: vm.days.join(','),
    weekdays: WEEKDAYS.map((d) => ({ title: d.title, value: String(d.value) })),
    holidayRegion: oneLine(vm.holidayRegion),
    mspTimeZone: oneLine(vm.mspTimeZone ?? vm.timeZone),
    mspTimeZones: timeZoneChoices(vm.mspTimeZone ?? vm.timeZone),
    mspHoursStart: vm.mspHoursStart || vm.hoursStart || '08:00',
    mspHoursEnd: vm.mspHoursEnd || vm.hoursEnd || '17:00',
    mspHolidayRegion: oneLine(vm.mspHolidayRegion ?? ''),
    template: vm.template,
    defaultRowCount: vm.defaultTemplateRows ?? 14,
    matrixText: plainText(vm.matrixText ?? ''),
  };
  const card = expandCard(TEMPLATE, data);
  if (cardPayloadBytes(card) <= CARD_BUDGET_BYTES) return card;
  // A huge paste cannot be shown again; ask for it once more instead of sending a card Teams refuses.
  return expandCard(TEMPLATE, {
    ...data,
    matrixText: '',
    hasErrors: true,
    errorList: bulletList([...errors.slice(0, 12), 'The pasted matrix is too long to show again here: paste it once more.']),
  });
}
