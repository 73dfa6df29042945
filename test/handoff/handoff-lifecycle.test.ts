import { describe, expect, it } from 'vitest';
import type { AlertEvent } from '../../bot/domain/alerts/alert-event.ts';
import { DEFAULT_ESCALATION_CAP, DEFAULT_ESCALATION_MINUTES } from '../../bot/domain/alerts/alert-settings.ts';
import type { Person } from '../../bot/domain/engagement/engagement.ts';
import { applyAlertEvent } from '../../bot/domain/handoff/alert-on-handoff.ts';
import { applyHandoffAction } from '../../bot/domain/handoff/handoff-actions.ts';
import { dueEscalation, recordTimerEscalation } from '../../bot/domain/handoff/handoff-escalation.ts';
import { MAX_EVENTS } from '../../bot/domain/handoff/handoff-events.ts';
import { HANDOFF_ID_PATTERN, newHandoffId } from '../../bot/domain/handoff/handoff-id.ts';
import { escalationPolicyFor, openHandoff } from '../../bot/domain/handoff/handoff-opening.ts';
import { allowedActions } from '../../bot/domain/handoff/handoff-permissions.ts';
import { handoffAge, timelineLines } from '../../bot/domain/handoff/handoff-timeline.ts';
import type { Handoff } from '../../bot/domain/handoff/handoff.ts';

const NAMES = { internal: 'Contoso IT', msp: 'Fabrikam MSP' };
const AT = new Date('2026-11-24T09:00:00.000Z');
const plus = (minutes: number) => new Date(AT.getTime() + minutes * 60_000);

const MEGAN: Person = { id: '29:megan', name: 'Megan Bowen', role: 'msp-engineer' };
const DANA: Person = { id: '29:dana', name: 'Dana Ortiz', role: 'msp-manager' };
const ADELE: Person = { id: '29:adele', name: 'Adele Vance', role: 'internal-it' };
const ALEX: Person = { id: '29:alex', name: 'Alex Wilber', role: 'internal-manager' };

function alert(action: AlertEvent['action'] = 'trigger', overrides: Partial<AlertEvent> = {}): AlertEvent {
  return {
    format: 'pagerduty',
    action,
    dedupKey: 'k1',
    dedupKeyGenerated: false,
    source: 'veeam',
    severity: 'critical',
    summary: 'Backup failed',
    labels: {},
    links: [],
    ...overrides,
  };
}

function opened(overrides: Partial<Parameters<typeof openHandoff>[0]> = {}): Handoff {
  return openHandoff({
    id: 'h-aaaa2222',
    engagementId: 'e-aaaaaaaaaaaa',
    event: alert(),
    routing: { routedBy: 'rule', rowId: 'backup', functionName: 'Backup management and testing', matrixVersion: 2, owners: ['msp'], onPoint: ['msp'], reason: '' },
    assignedSide: 'msp',
    escalation: escalationPolicyFor('critical', DEFAULT_ESCALATION_MINUTES, DEFAULT_ESCALATION_CAP),
    at: AT,
    ...overrides,
  });
}

function act(h: Handoff, action: Parameters<typeof applyHandoffAction>[1]['action'], actor: Person, minutes = 1, note?: string) {
  return applyHandoffAction(h, { action, actor, at: plus(minutes), via: 'card', ...(note ? { note } : {}) }, NAMES);
}

function ok(result: ReturnType<typeof act>): Handoff {
  if (!result.ok) throw new Error(result.message);
  return result.handoff;
}

describe('opening a handoff', () => {
  it('starts open with a received event and the escalation policy of its severity', () => {
    const h = opened();
    expect(h).toMatchObject({
      status: 'open',
      occurrences: 1,
      escalationCount: 0,
      nextEscalationAt: '2026-11-24T09:10:00.000Z',
      escalation: { afterMinutes: 10, repeatMinutes: 10, maxCount: 3 },
    });
    expect(h.events).toEqual([{ kind: 'received', at: AT.toISOString(), via: 'alert', note: 'from veeam' }]);
    expect(escalationPolicyFor('warning', DEFAULT_ESCALATION_MINUTES, 3)).toEqual({ afterMinutes: 240, repeatMinutes: 240, maxCount: 3 });
    const info = opened({ event: alert('trigger', { severity: 'info' }), escalation: escalationPolicyFor('info', DEFAULT_ESCALATION_MINUTES, 3) });
    expect(info.nextEscalationAt).toBeUndefined();
  });

  it('carries who claimed the last handoff of the same key', () => {
    const previous = { ...opened(), status: 'resolved' as const, lastClaimedBy: { id: MEGAN.id, name: MEGAN.name } };
    expect(opened({ previous }).lastClaimedBy).toEqual({ id: MEGAN.id, name: MEGAN.name });
  });

  it('gets a short id people can type', () => {
    const ids = new Set(Array.from({ length: 200 }, newHandoffId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(HANDOFF_ID_PATTERN);
  });
});

describe('alert events on a handoff (PagerDuty semantics)', () => {
  it('opens new when nothing is open, appends a re-trigger to an open one, ignores ack/resolve of unknown keys', () => {
    expect(applyAlertEvent(undefined, alert(), AT)).toEqual({ kind: 'open-new' });
    expect(applyAlertEvent(undefined, alert('resolve'), AT)).toMatchObject({ kind: 'ignore' });
    expect(applyAlertEvent(undefined, alert('acknowledge'), AT)).toMatchObject({ kind: 'ignore' });
    const again = applyAlertEvent(opened(), alert('trigger', { summary: 'Backup failed again', severity: 'error' }), plus(5));
    expect(again.kind).toBe('update');
    if (again.kind !== 'update') return;
    expect(again.handoff).toMatchObject({ occurrences: 2, lastSeenAt: plus(5).toISOString(), summary: 'Backup failed again', severity: 'error', status: 'open' });
    expect(again.event).toEqual({ kind: 'retriggered', at: plus(5).toISOString(), via: 'alert' });
  });

  it('resolves from the source, then the same key opens a new handoff', () => {
    const claimed = ok(act(opened(), 'claim', MEGAN));
    const resolved = applyAlertEvent(claimed, alert('resolve'), plus(20));
    if (resolved.kind !== 'update') throw new Error('expected update');
    expect(resolved.handoff).toMatchObject({ status: 'resolved', resolvedAt: plus(20).toISOString(), lastClaimedBy: { id: MEGAN.id, name: MEGAN.name } });
    expect(resolved.handoff.claimedBy).toBeUndefined();
    expect(resolved.event).toMatchObject({ kind: 'resolved', via: 'alert', note: 'resolved by veeam' });
    expect(applyAlertEvent(resolved.handoff, alert(), plus(30))).toEqual({ kind: 'open-new' });
    expect(applyAlertEvent(resolved.handoff, alert('resolve'), plus(30))).toMatchObject({ kind: 'ignore' });
  });

  it('stops escalation when the sending tool acknowledges', () => {
    const acked = applyAlertEvent(opened(), alert('acknowledge'), plus(2));
    if (acked.kind !== 'update') throw new Error('expected update');
    expect(acked.handoff.nextEscalationAt).toBeUndefined();
    expect(acked.handoff.status).toBe('open');
    expect(dueEscalation(acked.handoff, plus(60))).toEqual({ due: false });
  });

  it('folds consecutive re-triggers into one timeline line and bounds the timeline', () => {
    let h = opened();
    for (let i = 1; i <= 7; i++) {
      const r = applyAlertEvent(h, alert(), plus(i));
      if (r.kind === 'update') h = r.handoff;
    }
    expect(h.occurrences).toBe(8);
    expect(h.events.map((e) => [e.kind, e.note])).toEqual([
      ['received', 'from veeam'],
      ['retriggered', '×7'],
    ]);
    for (let i = 0; i < 40; i++) {
      h = ok(act(h, 'claim', i % 2 ? MEGAN : ADELE, 10 + i * 2));
      h = ok(act(h, 'release', i % 2 ? MEGAN : ADELE, 11 + i * 2));
    }
    expect(h.events).toHaveLength(MAX_EVENTS);
    expect(h.events[0]?.kind).toBe('received');
    expect(h.events[h.events.length - 1]?.kind).toBe('released');
  });
});

describe('people acting on a handoff', () => {
  it('lets anyone on the roster claim; the second claim is told who holds it; nobody off the roster acts', () => {
    const h = opened();
    const claimed = ok(act(h, 'claim', ADELE)); // the non-owning side may claim (scope drift)
    expect(claimed).toMatchObject({ status: 'claimed', claimedBy: { id: ADELE.id, name: ADELE.name } });
    expect(claimed.nextEscalationAt).toBeUndefined();
    expect(act(claimed, 'claim', MEGAN)).toEqual({ ok: false, message: 'Already claimed by Adele Vance at 09:01 UTC.' });
    expect(act(claimed, 'claim', ADELE)).toEqual({ ok: false, message: 'You already hold this handoff.' });
    const stranger = applyHandoffAction(h, { action: 'claim', actor: undefined as unknown as Person, at: AT, via: 'card' }, NAMES);
    expect(stranger.ok).toBe(false);
    expect(allowedActions(h, undefined)).toEqual([]);
  });

  it('lets only the holder or a manager release, and restarts the timer', () => {
    const claimed = ok(act(opened(), 'claim', MEGAN, 3));
    expect(act(claimed, 'release', ADELE)).toEqual({ ok: false, message: 'Only Megan Bowen, who holds it, or a manager can release it.' });
    const released = ok(act(claimed, 'release', DANA, 20));
    expect(released).toMatchObject({ status: 'open', lastClaimedBy: { id: MEGAN.id, name: MEGAN.name }, nextEscalationAt: plus(30).toISOString(), escalationCount: 0 });
    expect(released.claimedBy).toBeUndefined();
  });

  it('sends a disputed handoff to the other side with the reason, only from the assigned side', () => {
    const h = opened();
    expect(act(h, 'dispute', MEGAN)).toEqual({ ok: false, message: 'Say why it is not yours, so the other side knows.' });
    expect(act(h, 'dispute', ADELE, 1, 'not ours either')).toEqual({
      ok: false,
      message: "It is Fabrikam MSP's handoff: only Fabrikam MSP can send it back. Claim it to take it on yourself, or Escalate so Fabrikam MSP looks at it.",
    });
    const disputed = ok(act(h, 'dispute', MEGAN, 4, 'This is the LOB app, internal owns it'));
    expect(disputed).toMatchObject({ assignedSide: 'internal', status: 'open', nextEscalationAt: plus(14).toISOString() });
    expect(disputed.events.at(-1)).toEqual({
      kind: 'disputed',
      at: plus(4).toISOString(),
      actor: { id: MEGAN.id, name: MEGAN.name },
      via: 'card',
      note: 'This is the LOB app, internal owns it',
      toSide: 'internal',
    });
    const { assignedSide: _a, ...unowned } = h;
    expect(act(unowned, 'dispute', MEGAN, 1, 'why')).toMatchObject({ ok: false, message: expect.stringContaining('gap') });
  });

  it('resolves by the holder, the assigned side or a manager; reopens when resolved', () => {
    const h = opened();
    expect(act(h, 'resolve', ADELE)).toEqual({ ok: false, message: 'Only Fabrikam MSP, whose handoff it is, or whoever claims it can resolve it.' });
    expect(act(h, 'resolve', ALEX).ok).toBe(true);
    const resolved = ok(act(h, 'resolve', MEGAN, 9, 'Freed space on REPO-2'));
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: plus(9).toISOString(), lastClaimedBy: { id: MEGAN.id } });
    expect(allowedActions(resolved, ADELE)).toEqual(['reopen']);
    const reopened = ok(act(resolved, 'reopen', ADELE, 30));
    expect(reopened).toMatchObject({ status: 'open', nextEscalationAt: plus(40).toISOString() });
    expect(reopened.resolvedAt).toBeUndefined();
  });

  it('shows each person the buttons their role allows', () => {
    const h = opened();
    expect(allowedActions(h, MEGAN)).toEqual(['claim', 'resolve', 'dispute', 'escalate']);
    expect(allowedActions(h, ADELE)).toEqual(['claim', 'escalate']);
    const claimed = ok(act(h, 'claim', MEGAN));
    expect(allowedActions(claimed, MEGAN)).toEqual(['release', 'resolve', 'dispute', 'escalate']);
    expect(allowedActions(claimed, ADELE)).toEqual(['escalate']);
    expect(allowedActions(claimed, ALEX)).toEqual(['release', 'resolve', 'escalate']);
  });
});

describe('escalation timers', () => {
  it('escalates an unclaimed critical handoff at 10 minutes, repeats, and stops at the cap', () => {
    let h = opened();
    expect(dueEscalation(h, new Date(plus(10).getTime() - 1))).toEqual({ due: false });
    expect(dueEscalation(h, plus(10))).toEqual({ due: true, count: 1 });
    h = recordTimerEscalation(h, plus(10));
    expect(h).toMatchObject({ escalationCount: 1, nextEscalationAt: plus(20).toISOString() });
    expect(h.events.at(-1)).toMatchObject({ kind: 'escalated', via: 'timer', note: 'unclaimed: escalation 1 of 3', toSide: 'msp' });
    h = recordTimerEscalation(h, plus(20));
    h = recordTimerEscalation(h, plus(30));
    expect(h.escalationCount).toBe(3);
    expect(h.nextEscalationAt).toBeUndefined();
    expect(dueEscalation(h, plus(600))).toEqual({ due: false });
  });

  it('follows the policy stored on the handoff, not today’s defaults', () => {
    const h = opened({ escalation: { afterMinutes: 45, repeatMinutes: 45, maxCount: 1 } });
    expect(dueEscalation(h, plus(10))).toEqual({ due: false });
    expect(dueEscalation(h, plus(45))).toEqual({ due: true, count: 1 });
    expect(recordTimerEscalation(h, plus(45)).nextEscalationAt).toBeUndefined();
  });

  it('never escalates a claimed handoff', () => {
    expect(dueEscalation(ok(act(opened(), 'claim', MEGAN)), plus(60))).toEqual({ due: false });
  });
});

describe('the timeline people read', () => {
  it('says what happened, when, in the team’s time zone', () => {
    const h = ok(act(ok(act(opened(), 'claim', MEGAN, 20)), 'dispute', MEGAN, 31, 'LOB app'));
    expect(timelineLines(h, 'America/New_York')).toEqual(['04:00 Received from veeam', '04:20 Claimed by Megan Bowen', '04:31 Not ours (Megan Bowen): LOB app → internal']);
    expect(timelineLines(h, 'UTC', 1)).toEqual(['09:31 Not ours (Megan Bowen): LOB app → internal']);
  });

  it('gives ages in minutes, hours and days', () => {
    const h = opened();
    expect(handoffAge(h, plus(3))).toBe('3 min');
    expect(handoffAge(h, plus(125))).toBe('2 h 5 min');
    expect(handoffAge(h, plus(60 * 28))).toBe('1 d 4 h');
  });
});
