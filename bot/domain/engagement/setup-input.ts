import { z } from 'zod';
import type { BusinessHours, Engagement, Person, Role, Side, SideProfile } from './engagement.ts';
import { isValidHolidayRegion } from './holiday-region.ts';

/** What the setup card (or `baton engagement setup`) submits. */
export interface SetupInput {
  readonly internalName: string;
  readonly mspName: string;
  readonly timeZone: string;
  readonly hoursStart: string;
  readonly hoursEnd: string;
  readonly days: readonly number[];
  readonly holidayRegion?: string;
  /** Which side the person submitting setup is on; they become that side's manager. */
  readonly yourSide: Side;
  /** The MSP's own zone, hours and holidays; when absent, it keeps what it had (first setup: the internal side's). */
  readonly mspTimeZone?: string;
  readonly mspHoursStart?: string;
  readonly mspHoursEnd?: string;
  readonly mspHolidayRegion?: string;
}

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
};

const hhmm = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:30');

/** An optional holiday region ("us-fl" → "US-FL"; empty → none) that date-holidays knows. */
const holidayRegionField = (unknownMessage: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || isValidHolidayRegion(v), unknownMessage);

/** Card inputs arrive as strings: "1,2,3" for a multi-select, "" for empty. */
const setupSchema = z
  .object({
    internalName: z.string().trim().min(1, 'Give the internal side a name, e.g. "Contoso IT".').max(80, 'The internal side name is longer than 80 characters.'),
    mspName: z.string().trim().min(1, 'Give the MSP a name, e.g. "Fabrikam MSP".').max(80, 'The MSP name is longer than 80 characters.'),
    timeZone: z.string().trim().refine(isTimeZone, 'The time zone must be an IANA id such as America/New_York.'),
    hoursStart: hhmm.default('08:00'),
    hoursEnd: hhmm.default('17:00'),
    days: z
      .union([z.string(), z.array(z.union([z.string(), z.number()]))])
      .default('1,2,3,4,5')
      .transform((v) =>
        (Array.isArray(v) ? v.map(String) : v.split(','))
          .map((d) => d.trim())
          .filter((d) => d !== '')
          .map(Number),
      )
      .pipe(z.array(z.number().int().min(1).max(7)).min(1, 'Pick at least one working day.')),
    holidayRegion: holidayRegionField('The holiday region is not known; use a country or country-state code such as US, US-FL or GB.'),
    yourSide: z.enum(['internal', 'msp'], { message: 'Say which side you are on: internal or msp.' }).default('internal'),
    mspTimeZone: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || isTimeZone(v), "The MSP's time zone must be an IANA id such as Europe/London."),
    mspHoursStart: hhmm.optional(),
    mspHoursEnd: hhmm.optional(),
    mspHolidayRegion: holidayRegionField("The MSP's holiday region is not known; use a code such as US, US-FL or GB."),
  })
  .refine((v) => v.hoursStart < v.hoursEnd, { message: 'Business hours must end after they start.', path: ['hoursEnd'] })
  .refine((v) => (v.mspHoursStart === undefined) === (v.mspHoursEnd === undefined), { message: "Give both the start and the end of the MSP's hours.", path: ['mspHoursEnd'] })
  .refine((v) => !v.mspHoursStart || !v.mspHoursEnd || v.mspHoursStart < v.mspHoursEnd, { message: "The MSP's hours must end after they start.", path: ['mspHoursEnd'] });

export type SetupResult = { ok: true; input: SetupInput } | { ok: false; problems: string[] };

export function parseSetupInput(raw: unknown): SetupResult {
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  const v = parsed.data;
  return {
    ok: true,
    input: { ...v, days: [...new Set(v.days)].sort((a, b) => a - b) },
  };
}

/** The engagement after setup: both sides' profiles, and the person who ran setup as their side's manager. */
export function applySetup(engagement: Engagement, input: SetupInput, actor: { id: string; name: string }, at: string): Engagement {
  const hours: BusinessHours = { days: input.days, start: input.hoursStart, end: input.hoursEnd };
  const role: Role = input.yourSide === 'internal' ? 'internal-manager' : 'msp-manager';
  const people: Person[] = engagement.people.filter((p) => p.id !== actor.id);
  const previous = engagement.people.find((p) => p.id === actor.id);
  people.push({ id: actor.id, name: actor.name, role, ...(previous?.awayUntil ? { awayUntil: previous.awayUntil } : {}) });
  return {
    ...engagement,
    setUp: true,
    internal: { name: input.internalName, timeZone: input.timeZone, hours, ...(input.holidayRegion ? { holidayRegion: input.holidayRegion } : {}) },
    msp: mspProfile(engagement, input, hours),
    people,
    updatedAt: at,
  };
}

/** The MSP's profile: what setup gave for it, else what it had, else (first setup) the internal side's. */
function mspProfile(engagement: Engagement, input: SetupInput, internalHours: BusinessHours): SideProfile {
  const previous = engagement.setUp ? engagement.msp : undefined;
  const hours: BusinessHours =
    input.mspHoursStart && input.mspHoursEnd
      ? { days: previous?.hours.days ?? internalHours.days, start: input.mspHoursStart, end: input.mspHoursEnd }
      : (previous?.hours ?? internalHours);
  const holidayRegion = input.mspHolidayRegion ?? previous?.holidayRegion ?? (previous ? undefined : input.holidayRegion);
  return {
    name: input.mspName,
    timeZone: input.mspTimeZone ?? previous?.timeZone ?? input.timeZone,
    hours,
    ...(holidayRegion ? { holidayRegion } : {}),
  };
}
