import { describe, expect, it } from 'vitest';
import { DEFAULT_HOURS, type Engagement } from '../../bot/domain/engagement/engagement.ts';
import { applySetup, parseSetupInput } from '../../bot/domain/engagement/setup-input.ts';

const BASE = { internalName: 'Contoso IT', mspName: 'Fabrikam MSP', timeZone: 'America/New_York' };

function fresh(): Engagement {
  const side = (name: string) => ({ name, timeZone: 'UTC', hours: DEFAULT_HOURS });
  return {
    id: 'e-aaaaaaaaaaaa',
    tenantId: 't',
    conversationId: 'c',
    conversationKind: 'channel',
    setUp: false,
    internal: side('Internal IT'),
    msp: side('MSP'),
    people: [],
    matrixVersion: 0,
    createdAt: '',
    updatedAt: '',
  };
}

describe('setup input', () => {
  it('accepts card strings: "1,3,5" days, empty optional fields, lower-case regions', () => {
    const parsed = parseSetupInput({ ...BASE, days: '5,1,3', holidayRegion: 'us-fl', mspTimeZone: '', hoursStart: '09:00', hoursEnd: '18:00' });
    expect(parsed).toEqual({ ok: true, input: { ...BASE, days: [1, 3, 5], holidayRegion: 'US-FL', hoursStart: '09:00', hoursEnd: '18:00', yourSide: 'internal' } });
  });

  it('names every problem in plain words', () => {
    const parsed = parseSetupInput({
      internalName: '',
      mspName: 'x'.repeat(81),
      timeZone: 'Mars/Base',
      hoursStart: '18:00',
      hoursEnd: '09:00',
      holidayRegion: 'XX',
      mspHoursStart: '07:00',
    });
    expect(parsed.ok).toBe(false);
    const text = parsed.ok ? '' : parsed.problems.join('\n');
    for (const expected of ['internal side a name', 'longer than 80', 'IANA', 'holiday region is not known']) expect(text).toContain(expected);
  });

  it("gives the MSP its own zone and hours when set, else the internal side's on first setup, else what it had", () => {
    const actor = { id: '29:alex', name: 'Alex' };
    const first = parseSetupInput({ ...BASE, holidayRegion: 'US' });
    if (!first.ok) throw new Error('first setup invalid');
    const once = applySetup(fresh(), first.input, actor, 'now');
    expect(once.msp).toEqual({ name: 'Fabrikam MSP', timeZone: 'America/New_York', hours: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' }, holidayRegion: 'US' });
    const second = parseSetupInput({ ...BASE, mspTimeZone: 'Europe/London', mspHoursStart: '07:00', mspHoursEnd: '19:00', mspHolidayRegion: 'GB' });
    if (!second.ok) throw new Error('second setup invalid');
    const twice = applySetup(once, second.input, actor, 'now');
    expect(twice.msp).toEqual({ name: 'Fabrikam MSP', timeZone: 'Europe/London', hours: { days: [1, 2, 3, 4, 5], start: '07:00', end: '19:00' }, holidayRegion: 'GB' });
    const third = parseSetupInput({ ...BASE, mspName: 'Northwind MSP' });
    if (!third.ok) throw new Error('third setup invalid');
    expect(applySetup(twice, third.input, actor, 'now').msp).toEqual({ ...twice.msp, name: 'Northwind MSP' });
    expect(twice.people).toEqual([{ id: '29:alex', name: 'Alex', role: 'internal-manager' }]);
  });
});
