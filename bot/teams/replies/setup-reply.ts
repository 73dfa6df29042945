import { buildSetupCard, buildSetupDoneCard, type AdaptiveCardJson } from '../../../cards/index.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { defaultTemplateMatrix } from '../../domain/matrix/default-template.ts';
import type { MatrixVersion } from '../../domain/matrix/matrix.ts';
import { setupScope } from '../../domain/engagement/engagement-home.ts';
import { noticeCard } from './notice-reply.ts';

const DEFAULT_ROWS = defaultTemplateMatrix().rows.length;

/** Where the setup applies; from the engagement's conversation kind when not given. */
export interface AppliesToOption {
  appliesTo?: string;
}

/**
 * The setup card, prefilled from the engagement (or from what was just submitted, when it had
 * problems, so nothing the user typed is lost), saying where the setup applies.
 */
export function setupCard(
  engagement: Engagement,
  defaultTimeZone: string,
  errors: string[] = [],
  submitted?: Readonly<Record<string, unknown>>,
  options: AppliesToOption = {},
): AdaptiveCardJson {
  const given = (name: string): string | undefined => {
    const v = submitted?.[name];
    return typeof v === 'string' ? v : undefined;
  };
  const internal = engagement.internal;
  const days = given('days');
  return buildSetupCard({
    internalName: given('internalName') ?? (engagement.setUp ? internal.name : ''),
    mspName: given('mspName') ?? (engagement.setUp ? engagement.msp.name : ''),
    timeZone: given('timeZone') ?? (engagement.setUp ? internal.timeZone : defaultTimeZone),
    hoursStart: given('hoursStart') ?? internal.hours.start,
    hoursEnd: given('hoursEnd') ?? internal.hours.end,
    days:
      days !== undefined
        ? days
            .split(',')
            .map(Number)
            .filter((d) => d >= 1 && d <= 7)
        : [...internal.hours.days],
    holidayRegion: given('holidayRegion') ?? internal.holidayRegion ?? '',
    ...(engagement.setUp || given('mspTimeZone')
      ? {
          mspTimeZone: given('mspTimeZone') ?? engagement.msp.timeZone,
          mspHoursStart: given('mspHoursStart') ?? engagement.msp.hours.start,
          mspHoursEnd: given('mspHoursEnd') ?? engagement.msp.hours.end,
          mspHolidayRegion: given('mspHolidayRegion') ?? engagement.msp.holidayRegion ?? '',
        }
      : {}),
    template: given('template') === 'paste' ? 'paste' : 'default',
    ...(given('matrixText') ? { matrixText: given('matrixText') } : {}),
    yourSide: given('yourSide') === 'msp' ? 'msp' : 'internal',
    defaultTemplateRows: DEFAULT_ROWS,
    ...(errors.length > 0 ? { errors } : {}),
    appliesTo: options.appliesTo ?? setupScope(engagement),
  });
}

/** After a successful setup: what was set for both sides, where it applies, the engagement id, and a question to try. */
export function setupDoneCard(engagement: Engagement, version: MatrixVersion, source: 'default' | 'paste', options: AppliesToOption = {}): AdaptiveCardJson {
  const manager = engagement.people.find((p) => p.role === 'internal-manager' || p.role === 'msp-manager');
  const { internal, msp } = engagement;
  return buildSetupDoneCard({
    internalName: internal.name,
    mspName: msp.name,
    timeZone: internal.timeZone,
    hoursStart: internal.hours.start,
    hoursEnd: internal.hours.end,
    days: [...internal.hours.days],
    holidayRegion: internal.holidayRegion ?? '',
    mspTimeZone: msp.timeZone,
    mspHoursStart: msp.hours.start,
    mspHoursEnd: msp.hours.end,
    mspDays: [...msp.hours.days],
    mspHolidayRegion: msp.holidayRegion ?? '',
    engagementId: engagement.id,
    appliesTo: options.appliesTo ?? setupScope(engagement),
    matrixVersion: version.version,
    rowCount: version.matrix.rows.length,
    matrixSource: source,
    ...(manager ? { managerName: manager.name, managerSide: manager.role === 'internal-manager' ? 'internal' : 'msp' } : {}),
    tryQuestion: tryQuestion(version),
  });
}

/** Before setup: the matrix is not there yet. */
export function noMatrixCard(engagement: Engagement): AdaptiveCardJson {
  // noticeCard: Baton's `setup` shows as bold **setup** (Teams cards render no code spans).
  return noticeCard({
    title: engagement.setUp ? 'There is no matrix yet' : 'Baton is not set up here yet',
    text: 'Say `setup` to name the two sides, set your time zone and hours, and load the default responsibility matrix or paste your own. Then ask me who owns what.',
    style: 'warning',
  });
}

/** A question to try after setup: a natural one for the default template, else one about the first row. */
function tryQuestion(version: MatrixVersion): string {
  const rows = version.matrix.rows;
  if (rows.some((r) => r.function === 'Patch management for servers')) return 'who owns server patching?';
  const shortest = [...rows].sort((a, b) => a.function.length - b.function.length)[0];
  return shortest ? `who owns ${shortest.function}?` : 'who owns backups?';
}
