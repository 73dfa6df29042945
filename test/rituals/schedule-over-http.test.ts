import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateCard } from '../../cards/validate-card.ts';
import { ADELE, cardAction, installed, message, MEGAN } from '../support/activities.ts';
import { startTestBaton, type TestBaton } from '../support/running-baton.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { cardText, cardVerbs } from '../teams/card-text.ts';

/** Tuesday 24 Nov 2026, 10:00 in New York. */
let now = new Date('2026-11-24T15:00:00Z');

const SCHEDULE = { standupEnabled: 'true', standupWeekday: '3', standupTime: '14:15', reviewEnabled: 'true', reviewMonths: '2,5,8,11', reviewTime: '11:00', onHoliday: 'shift' };

describe('the `schedule` card over HTTP: managers set when the rituals happen', () => {
  let t: TestBaton;
  let engagementId = '';

  beforeAll(async () => {
    t = await startTestBaton({ clock: () => now, env: { BATON_RITUAL_TICK_SECONDS: '3600' } });
    await t.post(installed());
    await t.post(cardAction('setup.save', { ...SETUP_CONTOSO, holidayRegion: 'US' }));
    await t.connector.waitFor(1);
    const engagement = (await t.baton.services.engagements.list()).find((e) => e.conversationKind === 'channel')!;
    engagementId = engagement.id;
    await t.baton.services.engagements.update(engagementId, (e) => ({
      ...e,
      people: [...e.people, { id: MEGAN.id, name: MEGAN.name, role: 'msp-engineer' }, { id: ADELE.id, name: ADELE.name, role: 'internal-it' }],
    }));
    expect(await t.baton.scheduler.tick()).toEqual([]);
    t.connector.clear();
  });
  afterAll(async () => {
    await t?.stop();
  });

  function invokeCard(res: { status: number; body: any }): Record<string, any> {
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateCard(res.body.value)).toEqual([]);
    return res.body.value;
  }

  it('shows the defaults and the next occurrences in the internal side’s zone', async () => {
    await t.post(message('schedule'));
    const [reply] = await t.connector.waitFor(1);
    const card = reply!.activity.attachments[0].content;
    expect(validateCard(card)).toEqual([]);
    const text = cardText(card);
    expect(text).toMatch(/Times are in America\/New\\?_York \(Contoso IT\)/);
    expect(text.replace(/\\/g, '')).toContain('Mon 30 Nov, 09:30 (America/New_York)');
    // The first business day of January 2027 (New Year's Day is a holiday): Monday the 4th.
    expect(text.replace(/\\/g, '')).toContain('Mon 4 Jan 2027, 10:00 (America/New_York)');
    expect(cardVerbs(card)).toEqual(['schedule.save']);
  });

  it('refuses an engineer and bad values, saving nothing', async () => {
    const engineer = invokeCard(await t.post(cardAction('schedule.save', { engagementId, ...SCHEDULE }, { user: MEGAN })));
    expect(cardText(engineer)).toContain('Only a manager');
    const bad = invokeCard(await t.post(cardAction('schedule.save', { engagementId, ...SCHEDULE, standupTime: '25:00', reviewMonths: '13', onHoliday: 'party' })));
    const text = cardText(bad);
    expect(text).toContain('Not saved');
    expect(text).toContain('standup time must be a time like 09:30');
    expect(text).toContain('Review months must be months of the year');
    expect(text).toContain('move to the next business day, or skip');
    const stored = await t.baton.services.ritualSchedules.schedule(engagementId);
    expect(stored!.schedule.standup).toEqual({ enabled: true, weekday: 1, time: '09:30' });
  });

  it('a manager moves the standup to Wednesday 14:15; the scheduler follows the new time, once', async () => {
    const saved = invokeCard(await t.post(cardAction('schedule.save', { engagementId, ...SCHEDULE })));
    expect(cardText(saved)).toContain('Saved by Alex Wilber');
    expect(cardText(saved).replace(/\\/g, '')).toContain('Wed 25 Nov, 14:15 (America/New_York)');
    expect(cardText(saved).replace(/\\/g, '')).toContain('Mon 1 Feb 2027, 11:00 (America/New_York)');
    const stored = await t.baton.services.ritualSchedules.schedule(engagementId);
    expect(stored!.schedule).toEqual({
      standup: { enabled: true, weekday: 3, time: '14:15' },
      review: { enabled: true, months: [2, 5, 8, 11], time: '11:00' },
      onHoliday: 'shift',
    });

    now = new Date('2026-11-25T19:14:00Z'); // 14:14 New York
    expect(await t.baton.scheduler.tick()).toEqual([]);
    now = new Date('2026-11-25T19:15:30Z');
    expect((await t.baton.scheduler.tick()).map((o) => o.key)).toEqual(['standup/2026-11-25']);
    expect(await t.baton.scheduler.tick()).toEqual([]);
    await t.connector.waitFor(1);
    await t.baton.ritualDelivery.idle();
    expect(cardText(t.connector.received[0]!.activity)).toContain('Weekly standup');
    // Monday's old slot passes quietly.
    now = new Date('2026-11-30T14:31:00Z');
    expect(await t.baton.scheduler.tick()).toEqual([]);
  });

  it('skip on holidays: a Friday standup on Christmas Day and on New Year’s Day does not happen, nor is it caught up later', async () => {
    now = new Date('2026-12-24T15:00:00Z');
    invokeCard(await t.post(cardAction('schedule.save', { engagementId, ...SCHEDULE, standupWeekday: '5', onHoliday: 'skip' })));
    now = new Date('2026-12-25T19:30:00Z'); // Friday, Christmas Day, 14:30 New York
    expect(await t.baton.scheduler.tick()).toEqual([]);
    now = new Date('2027-01-01T19:30:00Z'); // New Year's Day: skipped as well
    expect(await t.baton.scheduler.tick()).toEqual([]);
    now = new Date('2027-01-08T19:30:00Z');
    expect((await t.baton.scheduler.tick()).map((o) => o.key)).toEqual(['standup/2027-01-08']);
  });

  it('turning the standup off stops it', async () => {
    invokeCard(await t.post(cardAction('schedule.save', { engagementId, ...SCHEDULE, standupEnabled: 'false', standupWeekday: '5' })));
    now = new Date('2027-01-15T19:30:00Z');
    expect(await t.baton.scheduler.tick()).toEqual([]);
    await t.post(message('schedule'));
    await t.baton.ritualDelivery.idle();
    expect(cardText(t.connector.received.at(-1)!.activity)).toMatch(/Next standup\noff/);
  });
});
