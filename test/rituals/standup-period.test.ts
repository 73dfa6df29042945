import { describe, expect, it } from 'vitest';
import { RitualService, type RitualServiceDeps } from '../../bot/app/ritual-service.ts';
import type { AlertEvent } from '../../bot/domain/alerts/alert-event.ts';
import { DEFAULT_HOURS, type Engagement, type Person } from '../../bot/domain/engagement/engagement.ts';
import { applyHandoffAction } from '../../bot/domain/handoff/handoff-actions.ts';
import { openHandoff } from '../../bot/domain/handoff/handoff-opening.ts';
import type { Handoff } from '../../bot/domain/handoff/handoff.ts';
import type { Standup } from '../../bot/domain/rituals/standup.ts';
import { standupWeek } from '../../bot/domain/rituals/standup-week.ts';
import { weeklyFacts } from '../../bot/domain/rituals/weekly-facts.ts';
import { standupCardFor } from '../../bot/teams/replies/ritual-reply.ts';
import { cardText } from '../teams/card-text.ts';

/**
 * The period the standup card names is the period it counts: "Last week" is the last full week,
 * Monday to Sunday in the engagement's (internal side's) time zone, never the hours of today.
 */

const MEGAN: Person = { id: '29:megan', name: 'Megan Bowen', role: 'msp-engineer' };
const ENGAGEMENT: Engagement = {
  id: 'e-aaaaaaaaaaaa',
  tenantId: 't',
  conversationId: 'c',
  conversationKind: 'channel',
  setUp: true,
  internal: { name: 'Contoso IT', timeZone: 'America/New_York', hours: DEFAULT_HOURS },
  msp: { name: 'Fabrikam MSP', timeZone: 'America/New_York', hours: DEFAULT_HOURS },
  people: [MEGAN],
  matrixVersion: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const NAMES = { internal: 'Contoso IT', msp: 'Fabrikam MSP' };
/** Monday 30 Nov 2026, 09:31 in New York: just after the scheduled standup time. */
const MONDAY_0931 = new Date('2026-11-30T14:31:00Z');

function opened(id: string, at: string, side: 'internal' | 'msp'): Handoff {
  const event: AlertEvent = { format: 'baton', action: 'trigger', dedupKey: id, dedupKeyGenerated: false, source: 'x', severity: 'error', summary: id, labels: {}, links: [] };
  return openHandoff({
    id,
    engagementId: ENGAGEMENT.id,
    event,
    routing: { routedBy: 'resolver', matrixVersion: 1, owners: [side], onPoint: [side], reason: '' },
    assignedSide: side,
    escalation: { afterMinutes: 30, repeatMinutes: 30, maxCount: 3 },
    at: new Date(at),
  });
}

function claim(h: Handoff, at: string): Handoff {
  const r = applyHandoffAction(h, { action: 'claim', actor: MEGAN, at: new Date(at), via: 'card' }, NAMES);
  if (!r.ok) throw new Error(r.message);
  return r.handoff;
}

/** A ritual service on in-memory stand-ins of its stores, holding these handoffs. */
function service(handoffs: Handoff[], now: Date): RitualService {
  const stored = (list: Handoff[]) => list.map((handoff) => ({ handoff, etag: '1' }));
  const deps = {
    runs: { get: async () => undefined, list: async () => [], commit: async (change: { run: unknown }) => ({ run: change.run, etag: '1', deliveries: [] }) },
    handoffs: {
      listOpenedBetween: async (_id: string, from: string, to: string) => stored(handoffs.filter((h) => h.openedAt >= from && h.openedAt < to)),
      listOpen: async () => stored(handoffs.filter((h) => h.status !== 'resolved')),
    },
    questions: { list: async () => [] },
    clock: () => now,
  } as unknown as RitualServiceDeps;
  return new RitualService(deps);
}

describe('the weekly standup counts last week, Monday to Sunday, and says so', () => {
  it('leaves out what happened today: a handoff opened this morning, and a claim made this morning', async () => {
    // Sunday 29 Nov 15:00 New York: last week. Claimed this morning (Monday 08:00).
    const sunday = claim(opened('h-sunday', '2026-11-29T20:00:00Z', 'msp'), '2026-11-30T13:00:00Z');
    // Monday 30 Nov 08:00 New York: today, before the standup.
    const today = opened('h-today', '2026-11-30T13:00:00Z', 'internal');
    const started = await service([sunday, today], MONDAY_0931).start(ENGAGEMENT, 'standup', { via: 'command' });
    if (!started.ok) throw new Error(started.reason);
    const standup = started.run as Standup;
    expect(standup.facts.from).toBe('2026-11-23T05:00:00.000Z'); // Mon 23 Nov 00:00 New York
    expect(standup.facts.to).toBe('2026-11-30T05:00:00.000Z'); // Mon 30 Nov 00:00 New York
    expect(standup.facts.opened).toEqual({ internal: 0, msp: 1, other: 0 });
    expect(standup.facts.claimed).toEqual({ internal: 0, msp: 0, other: 0 });
    // The one claimed today was not claimed last week: no time to claim from last week.
    expect(standup.facts.medianMinutesToClaim).toBeNull();

    const text = cardText(standupCardFor(standup, ENGAGEMENT, MONDAY_0931));
    expect(text).toContain('Last week, Mon 23 – Sun 29 Nov');
    expect(text).not.toMatch(/week of/);
  });

  it('a standup started on a Wednesday still reports the last full week, not Monday to Wednesday', () => {
    const wednesday = new Date('2026-12-02T20:00:00Z');
    const week = standupWeek(ENGAGEMENT, wednesday);
    expect(week.from.toISOString()).toBe('2026-11-23T05:00:00.000Z');
    expect(week.to.toISOString()).toBe('2026-11-30T05:00:00.000Z');
  });

  it('follows the zone across daylight-saving time: Mon 26 Oct – Sun 1 Nov 2026 is 169 hours long', () => {
    const week = standupWeek(ENGAGEMENT, new Date('2026-11-09T14:30:00Z'));
    expect(week.from.toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(week.to.toISOString()).toBe('2026-11-09T05:00:00.000Z');
    const dst = standupWeek(ENGAGEMENT, new Date('2026-11-03T14:30:00Z'));
    expect(dst.from.toISOString()).toBe('2026-10-26T04:00:00.000Z');
    expect(dst.to.toISOString()).toBe('2026-11-02T05:00:00.000Z');
  });

  it('at Monday 00:00 exactly, the week just ended is last week', () => {
    const week = standupWeek(ENGAGEMENT, new Date('2026-11-30T05:00:00Z'));
    expect(week.to.toISOString()).toBe('2026-11-30T05:00:00.000Z');
  });

  it('counts a first claim only when it fell in the week', () => {
    const h = claim(opened('h-1', '2026-11-24T14:00:00Z', 'msp'), '2026-11-24T14:20:00Z');
    const late = claim(opened('h-2', '2026-11-29T22:00:00Z', 'msp'), '2026-11-30T14:00:00Z');
    const facts = weeklyFacts({ engagement: ENGAGEMENT, handoffs: [h, late], questions: [], from: new Date('2026-11-23T05:00:00Z'), to: new Date('2026-11-30T05:00:00Z') });
    expect(facts.opened.msp).toBe(2);
    expect(facts.claimed.msp).toBe(1);
    expect(facts.medianMinutesToClaim).toBe(20);
  });

  it('a standup stored before this change (seven days up to its start) names its own hours, not "last week"', () => {
    const standup: Standup = {
      kind: 'standup',
      engagementId: ENGAGEMENT.id,
      key: 'standup/2026-11-30',
      startedAt: '2026-11-30T14:31:00.000Z',
      via: 'schedule',
      facts: { ...weeklyFacts({ engagement: ENGAGEMENT, handoffs: [], questions: [], from: new Date('2026-11-23T14:31:00Z'), to: new Date('2026-11-30T14:31:00.001Z') }) },
      participants: [],
      answers: [],
      remindAt: '2026-11-30T18:00:00.000Z',
      reminded: [],
      closesAt: '2026-11-30T22:00:00.000Z',
      status: 'open',
    };
    const text = cardText(standupCardFor(standup, ENGAGEMENT, MONDAY_0931)).replace(/\\/g, '');
    expect(text).toContain('Mon 23 Nov, 09:31 – Mon 30 Nov, 09:31 (America/New_York)');
    expect(text).not.toContain('Last week');
  });
});
