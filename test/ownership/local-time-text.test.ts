import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayRangeText, dayText, instantText, instantTextForZones, readerZones } from '../../bot/domain/ownership/local-time-text.ts';
import { engagement, LONDON, SAM, DANA } from './engagement-fixture.ts';

const NOW = new Date('2026-11-30T15:00:00Z');
const ny = (iso: string) => DateTime.fromISO(iso, { zone: 'America/New_York' });

describe('times in words, in a side’s zone (one helper for all of Baton)', () => {
  it('says an instant as the people in that zone read it, with the zone', () => {
    expect(instantText('2026-12-07T14:30:00.000Z', 'America/New_York', NOW)).toBe('Mon 7 Dec, 09:30 (America/New_York)');
    expect(instantText(new Date('2026-12-01T23:52:13.229Z'), 'America/New_York', NOW)).toBe('Tue 1 Dec, 18:52 (America/New_York)');
    expect(instantText('2026-12-01T23:52:13.229Z', 'Europe/London', NOW)).toBe('Tue 1 Dec, 23:52 (Europe/London)');
  });

  it('adds the year when it is not this year, or when there is no "now" to compare with', () => {
    expect(instantText('2027-01-04T15:00:00Z', 'America/New_York', NOW)).toBe('Mon 4 Jan 2027, 10:00 (America/New_York)');
    expect(instantText('2026-12-07T14:30:00Z', 'America/New_York')).toBe('Mon 7 Dec 2026, 09:30 (America/New_York)');
    expect(dayText(ny('2027-01-04T15:00:00Z'), NOW)).toBe('Mon 4 Jan 2027');
    expect(dayText(ny('2026-12-07T15:00:00Z'), NOW)).toBe('Mon 7 Dec');
  });

  it('for a card both sides read, adds the other side’s clock when its zone differs', () => {
    expect(instantTextForZones('2026-12-07T14:30:00Z', ['America/New_York', 'America/New_York'], NOW)).toBe('Mon 7 Dec, 09:30 (America/New_York)');
    expect(instantTextForZones('2026-12-07T14:30:00Z', ['America/New_York', 'Europe/London'], NOW)).toBe('Mon 7 Dec, 09:30 (America/New_York) · 14:30 (Europe/London)');
    // Another local day there: the day is said too.
    expect(instantTextForZones('2026-12-07T22:00:00Z', ['America/New_York', 'Asia/Tokyo'], NOW)).toBe('Mon 7 Dec, 17:00 (America/New_York) · Tue 8 Dec, 07:00 (Asia/Tokyo)');
  });

  it('says a run of days the short way', () => {
    expect(dayRangeText(ny('2026-11-23T12:00:00Z'), ny('2026-11-29T12:00:00Z'), NOW)).toBe('Mon 23 – Sun 29 Nov');
    expect(dayRangeText(ny('2026-11-30T12:00:00Z'), ny('2026-12-06T12:00:00Z'), NOW)).toBe('Mon 30 Nov – Sun 6 Dec');
    expect(dayRangeText(ny('2026-12-28T12:00:00Z'), ny('2027-01-03T12:00:00Z'), NOW)).toBe('Mon 28 Dec 2026 – Sun 3 Jan 2027');
    expect(dayRangeText(ny('2026-11-23T12:00:00Z'), ny('2026-11-23T12:00:00Z'), NOW)).toBe('Mon 23 Nov');
  });

  it('reads in the reader’s side’s zone; without a known reader, in both sides’ zones', () => {
    const e = engagement({ msp: LONDON });
    expect(readerZones(e, SAM.id)).toEqual(['Europe/London']);
    expect(readerZones(e, DANA.id)).toEqual(['America/New_York']);
    expect(readerZones(e, '29:stranger')).toEqual(['America/New_York', 'Europe/London']);
    expect(readerZones(e)).toEqual(['America/New_York', 'Europe/London']);
    expect(readerZones(engagement())).toEqual(['America/New_York']);
  });
});
