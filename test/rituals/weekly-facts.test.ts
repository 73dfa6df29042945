import { describe, expect, it } from 'vitest';
import type { QuestionRecord } from '../../bot/domain/audit/question-record.ts';
import type { AlertEvent } from '../../bot/domain/alerts/alert-event.ts';
import { DEFAULT_HOURS, type Engagement, type Person } from '../../bot/domain/engagement/engagement.ts';
import { applyAlertEvent } from '../../bot/domain/handoff/alert-on-handoff.ts';
import { applyHandoffAction } from '../../bot/domain/handoff/handoff-actions.ts';
import { recordTimerEscalation } from '../../bot/domain/handoff/handoff-escalation.ts';
import { openHandoff } from '../../bot/domain/handoff/handoff-opening.ts';
import type { Handoff } from '../../bot/domain/handoff/handoff.ts';
import { weeklyFacts } from '../../bot/domain/rituals/weekly-facts.ts';

const ADELE: Person = { id: '29:adele', name: 'Adele Vance', role: 'internal-it' };
const MEGAN: Person = { id: '29:megan', name: 'Megan Bowen', role: 'msp-engineer' };
const ENGAGEMENT: Engagement = {
  id: 'e-aaaaaaaaaaaa',
  tenantId: 't',
  conversationId: 'c',
  conversationKind: 'channel',
  setUp: true,
  internal: { name: 'Contoso IT', timeZone: 'America/New_York', hours: DEFAULT_HOURS },
  msp: { name: 'Fabrikam MSP', timeZone: 'America/New_York', hours: DEFAULT_HOURS },
  people: [ADELE, MEGAN],
  matrixVersion: 1,
  createdAt: '',
  updatedAt: '',
};
const NAMES = { internal: 'Contoso IT', msp: 'Fabrikam MSP' };
const WEEK_FROM = new Date('2026-11-16T05:00:00Z');
const WEEK_TO = new Date('2026-11-23T05:00:00Z');
const t = (iso: string) => new Date(iso);

function opened(id: string, at: string, side: 'internal' | 'msp' | undefined, routedBy: 'resolver' | 'none' = 'resolver'): Handoff {
  const event: AlertEvent = { format: 'baton', action: 'trigger', dedupKey: id, dedupKeyGenerated: false, source: 'x', severity: 'error', summary: id, labels: {}, links: [] };
  return openHandoff({
    id,
    engagementId: ENGAGEMENT.id,
    event,
    routing: { routedBy, matrixVersion: 1, owners: side ? [side] : [], onPoint: side ? [side] : [], reason: '' },
    ...(side ? { assignedSide: side } : {}),
    escalation: { afterMinutes: 30, repeatMinutes: 30, maxCount: 3 },
    at: t(at),
  });
}

function act(h: Handoff, action: 'claim' | 'resolve' | 'dispute' | 'release', who: Person, at: string, note?: string): Handoff {
  const r = applyHandoffAction(h, { action, actor: who, at: t(at), via: 'card', ...(note ? { note } : {}) }, NAMES);
  if (!r.ok) throw new Error(r.message);
  return r.handoff;
}

function question(at: string, outcome: QuestionRecord['outcome'], topic: string): QuestionRecord {
  return {
    engagementId: ENGAGEMENT.id,
    at,
    askerId: ADELE.id,
    askerName: ADELE.name,
    question: `who owns ${topic}?`,
    topic,
    outcome,
    matrixVersion: 1,
    confidence: 0.2,
    alternatives: [],
  };
}

describe("the standup's weekly facts, from seeded records", () => {
  it('counts exactly what happened in the week', () => {
    // 1: MSP, claimed by Megan after 12 min, resolved by her. 2: MSP, claimed by Adele (internal) after 30 min.
    // 3: internal, disputed by Adele to the MSP, escalated by the timer, still open.
    // 4: unowned, resolved by the sending tool. 5: opened the week before, claimed in this week after 2 days.
    // 6: opened after the week: not counted, but open now.
    const h1 = act(act(opened('h-1', '2026-11-17T14:00:00Z', 'msp'), 'claim', MEGAN, '2026-11-17T14:12:00Z'), 'resolve', MEGAN, '2026-11-17T15:00:00Z');
    const h2 = act(opened('h-2', '2026-11-18T14:00:00Z', 'msp'), 'claim', ADELE, '2026-11-18T14:30:00Z');
    const h3 = recordTimerEscalation(act(opened('h-3', '2026-11-19T14:00:00Z', 'internal'), 'dispute', ADELE, '2026-11-19T14:05:00Z', 'MSP runs that'), t('2026-11-19T14:35:00Z'));
    const resolvedByTool = applyAlertEvent(
      opened('h-4', '2026-11-20T14:00:00Z', undefined, 'none'),
      { format: 'baton', action: 'resolve', dedupKey: 'h-4', dedupKeyGenerated: false, source: 'x', severity: 'error', summary: 'h-4', labels: {}, links: [] },
      t('2026-11-20T15:00:00Z'),
    );
    if (resolvedByTool.kind !== 'update') throw new Error('expected update');
    const h5 = act(opened('h-5', '2026-11-14T14:00:00Z', 'internal'), 'claim', ADELE, '2026-11-16T14:00:00Z');
    const h6 = opened('h-6', '2026-11-23T06:00:00Z', 'msp');
    const questions = [
      question('2026-11-17T15:00:00Z', 'gap', 'the badge printer'),
      question('2026-11-18T15:00:00Z', 'gap', 'Payroll'),
      question('2026-11-19T15:00:00Z', 'gap', 'payroll'),
      question('2026-11-19T16:00:00Z', 'answer', 'backups'),
      question('2026-11-10T15:00:00Z', 'gap', 'last week'),
    ];
    const facts = weeklyFacts({ engagement: ENGAGEMENT, handoffs: [h1, h2, h3, resolvedByTool.handoff, h5, h6], questions, from: WEEK_FROM, to: WEEK_TO });
    expect(facts).toEqual({
      from: '2026-11-16T05:00:00.000Z',
      to: '2026-11-23T05:00:00.000Z',
      opened: { internal: 1, msp: 2, other: 1 },
      claimed: { internal: 2, msp: 1, other: 0 },
      resolved: { internal: 0, msp: 1, other: 1 },
      medianMinutesToClaim: 21,
      escalations: 1,
      disputes: 1,
      unownedAlerts: 1,
      gapQuestions: 3,
      gapTopics: ['payroll', 'the badge printer'],
      openNow: { internal: 1, msp: 3, other: 0 },
    });
  });

  it('says nothing happened when nothing did', () => {
    expect(weeklyFacts({ engagement: ENGAGEMENT, handoffs: [], questions: [], from: WEEK_FROM, to: WEEK_TO })).toMatchObject({
      opened: { internal: 0, msp: 0, other: 0 },
      medianMinutesToClaim: null,
      gapTopics: [],
    });
  });
});
