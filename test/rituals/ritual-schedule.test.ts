import { describe, expect, it } from 'vitest';
import { DEFAULT_HOURS, type Engagement } from '../../bot/domain/engagement/engagement.ts';
import { DEFAULT_RITUAL_SCHEDULE, dueOccurrences, nextOccurrence, occurrencesBetween } from '../../bot/domain/rituals/ritual-schedule.ts';

function engagement(internalZone: string, internalRegion: string, mspZone = internalZone, mspRegion = internalRegion): Engagement {
  return {
    id: 'e-aaaaaaaaaaaa',
    tenantId: 't',
    conversationId: 'c',
    conversationKind: 'channel',
    setUp: true,
    internal: { name: 'Contoso IT', timeZone: internalZone, hours: DEFAULT_HOURS, holidayRegion: internalRegion },
    msp: { name: 'Fabrikam MSP', timeZone: mspZone, hours: DEFAULT_HOURS, holidayRegion: mspRegion },
    people: [],
    matrixVersion: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

const iso = (d: Date) => d.toISOString();
const standupsIn = (e: Engagement, from: string, to: string, schedule = DEFAULT_RITUAL_SCHEDULE) =>
  occurrencesBetween(e, schedule, new Date(from), new Date(to))
    .filter((o) => o.kind === 'standup')
    .map((o) => [o.key, iso(o.at), o.shiftedFor ?? null]);

describe('ritual schedule', () => {
  it('keeps the standup at 09:30 New York across the US daylight-saving change', () => {
    expect(standupsIn(engagement('America/New_York', 'US'), '2026-03-01T00:00:00Z', '2026-03-11T00:00:00Z')).toEqual([
      ['standup/2026-03-02', '2026-03-02T14:30:00.000Z', null],
      ['standup/2026-03-09', '2026-03-09T13:30:00.000Z', null],
    ]);
    expect(standupsIn(engagement('America/New_York', 'US'), '2026-10-26T00:00:00Z', '2026-11-03T00:00:00Z')).toEqual([
      ['standup/2026-10-26', '2026-10-26T13:30:00.000Z', null],
      ['standup/2026-11-02', '2026-11-02T14:30:00.000Z', null],
    ]);
  });

  it('keeps it at 09:30 London across the EU change (last Sunday of March)', () => {
    expect(standupsIn(engagement('Europe/London', 'GB'), '2026-03-22T00:00:00Z', '2026-04-01T00:00:00Z')).toEqual([
      ['standup/2026-03-23', '2026-03-23T09:30:00.000Z', null],
      ['standup/2026-03-30', '2026-03-30T08:30:00.000Z', null],
    ]);
  });

  it('shifts a standup on a public holiday to the next business day, or skips it', () => {
    const e = engagement('America/New_York', 'US');
    expect(standupsIn(e, '2026-05-24T00:00:00Z', '2026-05-28T00:00:00Z')).toEqual([['standup/2026-05-25', '2026-05-26T13:30:00.000Z', 'Memorial Day']]);
    expect(standupsIn(e, '2026-05-24T00:00:00Z', '2026-05-28T00:00:00Z', { ...DEFAULT_RITUAL_SCHEDULE, onHoliday: 'skip' })).toEqual([]);
  });

  it("counts the other side's holidays too (an MSP in England on the August bank holiday)", () => {
    const e = engagement('America/New_York', 'US', 'Europe/London', 'GB-ENG');
    expect(standupsIn(e, '2026-08-30T00:00:00Z', '2026-09-02T00:00:00Z')).toEqual([['standup/2026-08-31', '2026-09-01T13:30:00.000Z', 'Summer bank holiday']]);
  });

  it('holds the review on the first business day of January, April, July and October', () => {
    const e = engagement('America/New_York', 'US');
    const reviews = occurrencesBetween(e, DEFAULT_RITUAL_SCHEDULE, new Date('2026-12-01T00:00:00Z'), new Date('2027-12-31T00:00:00Z'))
      .filter((o) => o.kind === 'review')
      .map((o) => [o.key, iso(o.at)]);
    expect(reviews).toEqual([
      ['review/2027-01', '2027-01-04T15:00:00.000Z'], // 1 Jan is a Friday holiday: Monday the 4th
      ['review/2027-04', '2027-04-01T14:00:00.000Z'],
      ['review/2027-07', '2027-07-01T14:00:00.000Z'],
      ['review/2027-10', '2027-10-01T14:00:00.000Z'],
    ]);
  });

  it('after downtime, fires the latest missed occurrence of each ritual once, not every one', () => {
    const e = engagement('America/New_York', 'US');
    const due = dueOccurrences(e, DEFAULT_RITUAL_SCHEDULE, new Date('2026-09-01T00:00:00Z'), new Date('2026-10-02T12:00:00Z'));
    expect(due.map((o) => o.key)).toEqual(['standup/2026-09-28', 'review/2026-10']);
    expect(dueOccurrences(e, DEFAULT_RITUAL_SCHEDULE, new Date('2026-09-29T00:00:00Z'), new Date('2026-09-30T00:00:00Z'))).toEqual([]);
  });

  it('knows the next standup', () => {
    const next = nextOccurrence(engagement('America/New_York', 'US'), DEFAULT_RITUAL_SCHEDULE, 'standup', new Date('2026-11-24T12:00:00Z'));
    expect(next && [next.key, iso(next.at)]).toEqual(['standup/2026-11-30', '2026-11-30T14:30:00.000Z']);
  });
});
