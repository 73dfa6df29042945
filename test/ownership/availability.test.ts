import { describe, expect, it } from 'vitest';
import { isInternalAvailable, isMspAvailable, sideAvailability } from '../../bot/domain/ownership/availability.ts';
import { away, DANA, engagement, MAX, PAT, SAM } from './engagement-fixture.ts';

const TUESDAY_10AM = new Date('2025-11-25T15:00:00Z');
const SATURDAY_NIGHT = new Date('2025-11-30T03:10:00Z');

describe('availability', () => {
  it('is available in hours with someone present', () => {
    expect(sideAvailability(engagement(), 'internal', TUESDAY_10AM)).toEqual({ side: 'internal', inHours: true, allAway: false, available: true });
    expect(isMspAvailable(engagement(), TUESDAY_10AM)).toBe(true);
  });

  it('is unavailable out of hours, with when it is back', () => {
    expect(sideAvailability(engagement(), 'internal', SATURDAY_NIGHT)).toEqual({
      side: 'internal',
      inHours: false,
      allAway: false,
      available: false,
      backAt: '2025-12-01T13:00:00.000Z',
    });
  });

  it('is unavailable when every internal IT person is away, until the first is back', () => {
    const two = { ...DANA, id: '29:lee', name: 'Lee', awayUntil: '2025-12-04T05:00:00.000Z' };
    const e = engagement({ people: [away(DANA, '2025-12-02T05:00:00.000Z'), two, SAM, PAT] });
    expect(sideAvailability(e, 'internal', TUESDAY_10AM)).toMatchObject({ allAway: true, awayUntil: '2025-12-02T05:00:00.000Z', available: false });
    expect(isInternalAvailable(e, TUESDAY_10AM)).toBe(false);
  });

  it('is available when only some are away, or once the away time has passed', () => {
    const two = { ...DANA, id: '29:lee', name: 'Lee' };
    expect(isInternalAvailable(engagement({ people: [away(DANA, '2025-12-02T05:00:00.000Z'), two] }), TUESDAY_10AM)).toBe(true);
    expect(isInternalAvailable(engagement({ people: [away(DANA, '2025-11-25T14:00:00.000Z')] }), TUESDAY_10AM)).toBe(true);
  });

  it('counts managers when a side has no hands-on people, and nobody when it has no people', () => {
    expect(sideAvailability(engagement({ people: [away(MAX, '2025-12-01T00:00:00.000Z')] }), 'msp', TUESDAY_10AM).allAway).toBe(true);
    expect(sideAvailability(engagement({ people: [] }), 'msp', TUESDAY_10AM).allAway).toBe(false);
  });

  it('is unavailable on a public holiday, naming it', () => {
    expect(sideAvailability(engagement(), 'internal', new Date('2025-07-04T14:00:00Z'))).toMatchObject({ inHours: false, holiday: 'Independence Day', available: false });
  });
});
