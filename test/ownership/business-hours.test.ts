import { describe, expect, it } from 'vitest';
import type { SideProfile } from '../../bot/domain/engagement/engagement.ts';
import { holidayAt, isWithinBusinessHours, minutesOfDay, nextBusinessStart } from '../../bot/domain/ownership/business-hours.ts';
import { describeDays, describeHours } from '../../bot/domain/ownership/hours-text.ts';
import { LONDON, NEW_YORK } from './engagement-fixture.ts';

const inHours = (profile: SideProfile, iso: string): boolean => isWithinBusinessHours(profile, new Date(iso));
const next = (profile: SideProfile, iso: string): string | undefined => nextBusinessStart(profile, new Date(iso))?.toISOString();

describe('isWithinBusinessHours', () => {
  it('uses the side time zone: start inclusive, end exclusive', () => {
    expect(inHours(NEW_YORK, '2025-11-25T13:00:00Z')).toBe(true); // Tue 08:00 EST
    expect(inHours(NEW_YORK, '2025-11-25T12:59:00Z')).toBe(false); // 07:59
    expect(inHours(NEW_YORK, '2025-11-25T21:59:00Z')).toBe(true); // 16:59
    expect(inHours(NEW_YORK, '2025-11-25T22:00:00Z')).toBe(false); // 17:00
    expect(inHours(NEW_YORK, '2025-11-29T15:00:00Z')).toBe(false); // Saturday
  });

  it('follows America/New_York across spring-forward (8 Mar 2026)', () => {
    expect(inHours(NEW_YORK, '2026-03-06T13:00:00Z')).toBe(true); // Fri 08:00 EST (UTC-5)
    expect(inHours(NEW_YORK, '2026-03-06T12:30:00Z')).toBe(false); // Fri 07:30 EST
    expect(inHours(NEW_YORK, '2026-03-09T12:00:00Z')).toBe(true); // Mon 08:00 EDT (UTC-4)
    expect(inHours(NEW_YORK, '2026-03-09T11:59:00Z')).toBe(false); // Mon 07:59 EDT
    expect(inHours(NEW_YORK, '2026-03-09T21:00:00Z')).toBe(false); // Mon 17:00 EDT
  });

  it('follows America/New_York across fall-back (1 Nov 2026)', () => {
    expect(inHours(NEW_YORK, '2026-10-30T12:00:00Z')).toBe(true); // Fri 08:00 EDT
    expect(inHours(NEW_YORK, '2026-11-02T12:30:00Z')).toBe(false); // Mon 07:30 EST
    expect(inHours(NEW_YORK, '2026-11-02T13:00:00Z')).toBe(true); // Mon 08:00 EST
    expect(inHours(NEW_YORK, '2026-11-02T21:30:00Z')).toBe(true); // Mon 16:30 EST
  });

  it('follows Europe/London across spring-forward (29 Mar 2026) and fall-back (25 Oct 2026)', () => {
    expect(inHours(LONDON, '2026-03-27T08:00:00Z')).toBe(true); // Fri 08:00 GMT
    expect(inHours(LONDON, '2026-03-27T07:30:00Z')).toBe(false); // Fri 07:30 GMT
    expect(inHours(LONDON, '2026-03-30T07:00:00Z')).toBe(true); // Mon 08:00 BST
    expect(inHours(LONDON, '2026-03-30T06:59:00Z')).toBe(false); // Mon 07:59 BST
    expect(inHours(LONDON, '2026-03-30T16:30:00Z')).toBe(false); // Mon 17:30 BST
    expect(inHours(LONDON, '2026-10-23T07:00:00Z')).toBe(true); // Fri 08:00 BST
    expect(inHours(LONDON, '2026-10-26T07:30:00Z')).toBe(false); // Mon 07:30 GMT
    expect(inHours(LONDON, '2026-10-26T08:00:00Z')).toBe(true); // Mon 08:00 GMT
  });

  it('treats a US public holiday as out of hours: 4 July, and the observed Friday in 2026', () => {
    expect(inHours(NEW_YORK, '2025-07-04T14:00:00Z')).toBe(false); // Fri 10:00 EDT
    expect(holidayAt(NEW_YORK, new Date('2025-07-04T14:00:00Z'))).toBe('Independence Day');
    expect(inHours(NEW_YORK, '2025-07-03T14:00:00Z')).toBe(true);
    expect(holidayAt(NEW_YORK, new Date('2026-07-03T14:00:00Z'))).toBe('Independence Day (substitute day)');
    expect(inHours(NEW_YORK, '2026-07-03T14:00:00Z')).toBe(false);
  });

  it('judges a holiday by the side’s own calendar day (US holiday in Los Angeles)', () => {
    const la: SideProfile = { ...NEW_YORK, timeZone: 'America/Los_Angeles' };
    expect(holidayAt(la, new Date('2025-07-05T05:00:00Z'))).toBe('Independence Day'); // Fri 22:00 PDT, Sat 01:00 in New York
    expect(inHours(la, '2025-07-04T15:30:00Z')).toBe(false); // Fri 08:30 PDT
  });

  it('treats GB Boxing Day as out of hours', () => {
    expect(inHours(LONDON, '2025-12-24T10:00:00Z')).toBe(true); // Wed
    expect(holidayAt(LONDON, new Date('2025-12-26T10:00:00Z'))).toBe('Boxing Day');
    expect(inHours(LONDON, '2025-12-26T10:00:00Z')).toBe(false); // Fri
  });

  it('has no holidays without a region, and ignores an unknown region', () => {
    expect(inHours({ ...NEW_YORK, holidayRegion: undefined } as SideProfile, '2025-07-04T14:00:00Z')).toBe(true);
    expect(inHours({ ...NEW_YORK, holidayRegion: 'ZZ' }, '2025-07-04T14:00:00Z')).toBe(true);
    expect(holidayAt({ ...NEW_YORK, holidayRegion: 'US-FL' }, new Date('2025-07-04T14:00:00Z'))).toBe('Independence Day');
  });
});

describe('nextBusinessStart', () => {
  it('is now when in hours', () => {
    expect(next(NEW_YORK, '2025-11-25T15:00:00Z')).toBe('2025-11-25T15:00:00.000Z');
  });

  it('is later today before opening, and the next working day after closing', () => {
    expect(next(NEW_YORK, '2025-11-25T11:00:00Z')).toBe('2025-11-25T13:00:00.000Z');
    expect(next(NEW_YORK, '2025-11-25T23:00:00Z')).toBe('2025-11-26T13:00:00.000Z');
  });

  it('skips the weekend: Saturday night → Monday 08:00', () => {
    expect(next(NEW_YORK, '2025-11-30T03:10:00Z')).toBe('2025-12-01T13:00:00.000Z');
  });

  it('lands on local 08:00 across DST changes', () => {
    expect(next(NEW_YORK, '2026-03-07T15:00:00Z')).toBe('2026-03-09T12:00:00.000Z'); // Mon 08:00 EDT
    expect(next(NEW_YORK, '2026-10-31T15:00:00Z')).toBe('2026-11-02T13:00:00.000Z'); // Mon 08:00 EST
    expect(next(LONDON, '2026-03-28T12:00:00Z')).toBe('2026-03-30T07:00:00.000Z'); // Mon 08:00 BST
    expect(next(LONDON, '2026-10-24T12:00:00Z')).toBe('2026-10-26T08:00:00.000Z'); // Mon 08:00 GMT
  });

  it('moves an opening time inside the spring-forward gap to the first real minute', () => {
    const sundayEarly: SideProfile = { ...NEW_YORK, hours: { days: [7], start: '02:30', end: '06:00' } };
    expect(next(sundayEarly, '2026-03-08T05:00:00Z')).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });

  it('skips holidays: 4 July 2025 → Monday 7 July; Christmas Eve evening → Monday 29 Dec in London', () => {
    expect(next(NEW_YORK, '2025-07-04T14:00:00Z')).toBe('2025-07-07T12:00:00.000Z');
    expect(next(LONDON, '2025-12-24T18:00:00Z')).toBe('2025-12-29T08:00:00.000Z');
  });

  it('is undefined for a side with no working days', () => {
    expect(next({ ...NEW_YORK, hours: { days: [], start: '08:00', end: '17:00' } }, '2025-11-25T15:00:00Z')).toBeUndefined();
  });
});

describe('hours text', () => {
  it('describes days and hours', () => {
    expect(describeHours(NEW_YORK.hours)).toBe('Mon–Fri 08:00–17:00');
    expect(describeDays([1, 3, 5])).toBe('Mon, Wed, Fri');
    expect(describeDays([1, 2, 4, 5, 6])).toBe('Mon, Tue, Thu–Sat');
    expect(describeDays([7, 1, 2, 3, 4, 5, 6])).toBe('every day');
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(minutesOfDay('8am')).toBeNaN();
  });
});
