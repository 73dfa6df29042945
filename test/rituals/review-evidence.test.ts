import { describe, expect, it } from 'vitest';
import type { AlertEvent } from '../../bot/domain/alerts/alert-event.ts';
import type { GapProposal } from '../../bot/domain/audit/gap-proposal.ts';
import type { QuestionRecord } from '../../bot/domain/audit/question-record.ts';
import type { Person, Side } from '../../bot/domain/engagement/engagement.ts';
import { applyHandoffAction } from '../../bot/domain/handoff/handoff-actions.ts';
import { recordTimerEscalation } from '../../bot/domain/handoff/handoff-escalation.ts';
import { openHandoff } from '../../bot/domain/handoff/handoff-opening.ts';
import type { Handoff } from '../../bot/domain/handoff/handoff.ts';
import type { Matrix } from '../../bot/domain/matrix/matrix.ts';
import { reviewEvidence } from '../../bot/domain/rituals/review-evidence.ts';
import { engagement, row } from '../ownership/engagement-fixture.ts';

const ADELE: Person = { id: '29:adele', name: 'Adele Vance', role: 'internal-it' };
const MEGAN: Person = { id: '29:megan', name: 'Megan Bowen', role: 'msp-engineer' };
const ENGAGEMENT = engagement({ people: [ADELE, MEGAN] });
const NAMES = { internal: 'Contoso IT', msp: 'Fabrikam MSP' };
const FROM = new Date('2026-10-01T04:00:00Z');
const TO = new Date('2027-01-04T15:00:00Z');

const MATRIX: Matrix = {
  rows: [
    row('Patch management for servers', '—', '✓', { mspContact: 'Fabrikam NOC' }),
    row('Microsoft 365 administration', 'Joint', 'Joint', { internalContact: 'Adele', mspContact: 'NOC' }),
    row('User onboarding', '✓', '—', { internalContact: 'Adele' }),
    row('Backups', '—', '✓', { mspContact: 'NOC' }),
    row('After-hours incidents', '—', 'After hours', { escalationContact: 'Fabrikam on-call' }),
    row('Tier 1 helpdesk', '✓', 'Overflow only', { internalContact: 'Adele' }),
  ],
};

function handoff(id: string, rowId: string | undefined, owners: readonly Side[], openedAt: string): Handoff {
  const event: AlertEvent = {
    format: 'baton',
    action: 'trigger',
    dedupKey: id,
    dedupKeyGenerated: false,
    source: 'ninjaone',
    category: rowId ? 'patching' : 'printers',
    severity: 'warning',
    summary: `alert ${id}`,
    labels: {},
    links: [],
  };
  return openHandoff({
    id,
    engagementId: ENGAGEMENT.id,
    event,
    routing: rowId
      ? { routedBy: 'function', rowId, functionName: rowId, matrixVersion: 1, owners, onPoint: owners, reason: '' }
      : { routedBy: 'none', matrixVersion: 1, owners: [], onPoint: [], reason: '' },
    ...(owners.length === 1 ? { assignedSide: owners[0] } : {}),
    escalation: { afterMinutes: 30, repeatMinutes: 30, maxCount: 3 },
    at: new Date(openedAt),
  });
}

function act(h: Handoff, action: 'claim' | 'resolve' | 'dispute', who: Person, at: string): Handoff {
  const r = applyHandoffAction(h, { action, actor: who, at: new Date(at), via: 'card', ...(action === 'dispute' ? { note: 'not ours' } : {}) }, NAMES);
  if (!r.ok) throw new Error(r.message);
  return r.handoff;
}

const claimResolve = (h: Handoff, who: Person, at: string) => act(act(h, 'claim', who, at), 'resolve', who, at);
const servers = 'patch-management-for-servers';

const HANDOFFS: Handoff[] = [
  // Server patching (MSP-owned): 5 claims in the period, 3 of them by internal IT; one disputed; one escalated.
  claimResolve(handoff('h-1', servers, ['msp'], '2026-10-05T14:00:00Z'), ADELE, '2026-10-05T14:10:00Z'),
  claimResolve(handoff('h-2', servers, ['msp'], '2026-10-12T14:00:00Z'), ADELE, '2026-10-12T14:10:00Z'),
  claimResolve(handoff('h-3', servers, ['msp'], '2026-11-02T14:00:00Z'), ADELE, '2026-11-02T14:10:00Z'),
  claimResolve(handoff('h-4', servers, ['msp'], '2026-11-09T14:00:00Z'), MEGAN, '2026-11-09T14:10:00Z'),
  claimResolve(act(handoff('h-5', servers, ['msp'], '2026-12-01T14:00:00Z'), 'dispute', MEGAN, '2026-12-01T14:05:00Z'), MEGAN, '2026-12-01T15:00:00Z'),
  recordTimerEscalation(handoff('h-6', servers, ['msp'], '2026-12-10T14:00:00Z'), new Date('2026-12-10T14:30:00Z')),
  // Before the period: does not count (claimed by internal too).
  claimResolve(handoff('h-0', servers, ['msp'], '2026-09-20T14:00:00Z'), ADELE, '2026-09-20T14:10:00Z'),
  // A Joint row claimed by both sides: no drift.
  claimResolve(handoff('h-7', 'microsoft-365-administration', ['internal', 'msp'], '2026-10-20T14:00:00Z'), MEGAN, '2026-10-20T14:10:00Z'),
  // Two alerts no row covered, one before the period.
  handoff('h-8', undefined, [], '2026-11-15T14:00:00Z'),
  handoff('h-9', undefined, [], '2026-09-15T14:00:00Z'),
];

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
    confidence: 0.1,
    alternatives: [],
  };
}

const QUESTIONS = [
  question('2026-10-02T14:00:00Z', 'gap', 'the coffee machine'),
  question('2026-11-02T14:00:00Z', 'gap', 'The coffee machine'),
  question('2026-11-03T14:00:00Z', 'answer', 'backups'),
  question('2026-09-03T14:00:00Z', 'gap', 'badge readers'), // before the period
];

const proposal = (id: string, status: GapProposal['status'], fn: string, question: string): GapProposal => ({
  engagementId: ENGAGEMENT.id,
  id,
  at: '2026-11-04T14:00:00Z',
  question,
  proposedFunction: fn,
  proposedOwner: 'msp',
  proposerId: ADELE.id,
  proposerName: ADELE.name,
  status,
});
const PROPOSALS = [proposal('g1', 'open', 'Conference room AV', 'who fixes the projector?'), proposal('g2', 'rejected', 'Coffee', 'who owns the coffee machine?')];

describe('the quarterly review evidence, from seeded records', () => {
  const evidence = reviewEvidence({ engagement: ENGAGEMENT, matrix: MATRIX, handoffs: HANDOFFS, questions: QUESTIONS, proposals: PROPOSALS, from: FROM, to: TO });
  const byId = new Map(evidence.rows.map((r) => [r.rowId, r]));

  it('counts drift, disputes and escalations per row, inside the period only', () => {
    expect(byId.get(servers)).toEqual({
      rowId: servers,
      function: 'Patch management for servers',
      owners: ['msp'],
      handoffs: 6,
      claims: 5,
      driftClaims: 3,
      driftSide: 'internal',
      disputes: 1,
      escalations: 1,
      // Opened in New York business hours, except h-2 on Columbus Day (a US holiday): that one says after-hours cover mattered.
      joint: false,
      noContact: false,
      noAfterHoursOwner: true,
      continuityRisk: false,
      flags: [
        'Fabrikam MSP-owned, Contoso IT claimed 3 of 5',
        '1 dispute (“not ours”)',
        '1 escalation',
        '1 alert for this row arrived outside Fabrikam MSP’s hours; Fabrikam MSP stays on point as the owner, but the matrix names no after-hours cover',
      ],
    });
    const m365 = byId.get('microsoft-365-administration')!;
    expect([m365.claims, m365.driftClaims, m365.joint, m365.owners]).toEqual([1, 0, true, ['internal', 'msp']]);
  });

  it('flags what the matrix itself leaves open: Joint, no contact, no MSP fallback', () => {
    expect(byId.get('user-onboarding')!.flags).toEqual(['only Contoso IT: no Fabrikam MSP fallback if the internal person leaves']);
    expect(byId.get('after-hours-incidents')!.flags).toEqual([]);
    expect(byId.get('tier-1-helpdesk')!).toMatchObject({ noAfterHoursOwner: false, continuityRisk: false, flags: [] });
    expect(byId.get('backups')!.flags).toEqual([]);
    expect(byId.get('microsoft-365-administration')!.flags).toEqual(['Joint: say who leads']);
    expect([evidence.jointRows, evidence.tooManyJoint]).toEqual([1, false]);
  });

  it('names a missing contact only for an owning side without one and no escalation contact', () => {
    const e = reviewEvidence({
      engagement: ENGAGEMENT,
      matrix: { rows: [row('Firewall', '—', '✓'), row('Wi-Fi', '—', '✓', { escalationContact: 'NOC' })] },
      handoffs: [],
      questions: [],
      proposals: [],
      from: FROM,
      to: TO,
    });
    expect(e.rows.map((r) => r.noContact)).toEqual([true, false]);
    expect(e.rows[0]!.flags).toContain('no named contact');
  });

  it('when no row names any contact, says so once for the matrix instead of flagging every row', () => {
    const e = reviewEvidence({
      engagement: ENGAGEMENT,
      matrix: { rows: [row('Firewall', '—', '✓'), row('Wi-Fi', '—', '✓'), row('Printers', '✓', 'Overflow only')] },
      handoffs: [],
      questions: [],
      proposals: [],
      from: FROM,
      to: TO,
    });
    expect([e.contactsNamed, e.noContactRows]).toEqual([false, 3]);
    expect(e.rows.map((r) => r.noContact)).toEqual([true, true, true]);
    expect(e.rows.flatMap((r) => r.flags)).not.toContain('no named contact');
    expect(e.rows[2]!.flags).toEqual([]);
  });

  it('does not ask who covers after hours for a row that is itself the out-of-hours work, even with alerts at night', () => {
    const rows = [row('After-hours emergency response', '—', '✓'), row('24x7 NOC monitoring', '—', '✓'), row('On-call rota', '✓', '—'), row('Backups', '—', '✓')];
    const night = (id: string, rowId: string, owners: readonly Side[]) => handoff(id, rowId, owners, '2026-10-06T07:00:00Z');
    const handoffs = [
      night('n-1', 'after-hours-emergency-response', ['msp']),
      night('n-2', '24x7-noc-monitoring', ['msp']),
      night('n-3', 'on-call-rota', ['internal']),
      night('n-4', 'backups', ['msp']),
    ];
    const e = reviewEvidence({ engagement: ENGAGEMENT, matrix: { rows }, handoffs, questions: [], proposals: [], from: FROM, to: TO });
    expect(e.rows.map((r) => r.noAfterHoursOwner)).toEqual([false, false, false, true]);
  });

  it('flags more than three Joint rows', () => {
    const joint = (n: number) => ({ rows: Array.from({ length: n }, (_, i) => row(`Shared ${i}`, 'Joint', 'Joint', { internalContact: 'a', mspContact: 'b' })) });
    const at = (n: number) => reviewEvidence({ engagement: ENGAGEMENT, matrix: joint(n), handoffs: [], questions: [], proposals: [], from: FROM, to: TO });
    expect([at(3).jointRows, at(3).tooManyJoint]).toEqual([3, false]);
    expect([at(4).jointRows, at(4).tooManyJoint]).toEqual([4, true]);
  });

  it('proposes rows from unanswered questions, unowned alerts and open proposals, most asked first', () => {
    expect(evidence.gapQuestions).toBe(2);
    expect(evidence.unownedAlerts).toBe(1);
    expect(evidence.proposed).toEqual([
      { function: 'The coffee machine', source: 'question', count: 2, examples: ['who owns The coffee machine?', 'who owns the coffee machine?'] },
      { function: 'Conference room AV', source: 'proposal', count: 1, suggestedOwner: 'msp', examples: ['who fixes the projector?'] },
      { function: 'Printers alerts from ninjaone', source: 'alert', count: 1, examples: ['alert h-8'] },
    ]);
  });
});
