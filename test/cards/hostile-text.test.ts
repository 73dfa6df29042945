/**
 * "Untrusted text stays text": hostile strings in every field that comes from outside (alert fields,
 * notes, reasons, names, matrix cells, questions), through every card builder and every reply.
 *
 * For each subject and each hostile string:
 *  (a) the card still passes validation;
 *  (b) no rendered field holds a live link, image, mention, heading, list or quote Baton did not intend;
 *  (c) with the string in one field at a time, the card (or message) still shows its words.
 */
import type * as SafeLinkTypes from '../../cards/safe-link.ts';
import { chai, describe, expect, it } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/adaptive-card-json.ts';
import { buildAnswerCard } from '../../cards/answer-card.ts';
import { buildDidYouMeanCard } from '../../cards/did-you-mean-card.ts';
import { buildExportCard } from '../../cards/export-card.ts';
import { buildGapCard } from '../../cards/gap-card.ts';
import { buildGapRecordedCard } from '../../cards/gap-recorded-card.ts';
import { buildHandoffCard } from '../../cards/handoff-card.ts';
import { buildHandoffListCard } from '../../cards/handoff-list-card.ts';
import { buildHelpCard } from '../../cards/help-card.ts';
import { buildImportResultCard } from '../../cards/import-result-card.ts';
import * as markdownText from '../../cards/markdown-text.ts';
import { buildMatrixCard } from '../../cards/matrix-card.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { buildReviewCard } from '../../cards/review-card.ts';
import { buildScheduleCard } from '../../cards/schedule-card.ts';
import { buildSetupCard } from '../../cards/setup-card.ts';
import { buildSetupDoneCard } from '../../cards/setup-done-card.ts';
import { buildStandupCard } from '../../cards/standup-card.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { buildWelcomeCard } from '../../cards/welcome-card.ts';
import type { Answer } from '../../bot/app/ask-service.ts';
import type { Engagement, Person } from '../../bot/domain/engagement/engagement.ts';
import type { Handoff } from '../../bot/domain/handoff/handoff.ts';
import type { MatrixRow, MatrixVersion } from '../../bot/domain/matrix/matrix.ts';
import { resolveOwnership } from '../../bot/domain/ownership/resolve-ownership.ts';
import type { Review } from '../../bot/domain/rituals/review.ts';
import type { Standup } from '../../bot/domain/rituals/standup.ts';
import { answerCard } from '../../bot/teams/replies/answer-reply.ts';
import { exportCards } from '../../bot/teams/replies/export-reply.ts';
import { gapCard, gapRecordedCard } from '../../bot/teams/replies/gap-reply.ts';
import { escalationMessage, handoffCardFor } from '../../bot/teams/replies/handoff-reply.ts';
import { diffCard, historyCard } from '../../bot/teams/replies/history-reply.ts';
import { importFailedCard, importSucceededCard } from '../../bot/teams/replies/import-reply.ts';
import { matrixCard } from '../../bot/teams/replies/matrix-reply.ts';
import { commandMarkdown, literal, noticeCard } from '../../bot/teams/replies/notice-reply.ts';
import { peopleCard } from '../../bot/teams/replies/people-reply.ts';
import { reviewCardFor, ritualNote, standupCardFor } from '../../bot/teams/replies/ritual-reply.ts';
import { setupCard, setupDoneCard } from '../../bot/teams/replies/setup-reply.ts';
import { welcomeCard } from '../../bot/teams/replies/welcome-reply.ts';
import { engagement as baseEngagement, FABRIKAM, NEW_YORK, row } from '../ownership/engagement-fixture.ts';
import { cardMarkupProblems, markdownProblems, messageMarkupProblems, renderedTexts, showsWords, unescaped, words, wordsShown } from './markup-check.ts';

// Failures list every problem found, not the first few.
chai.config.truncateThreshold = 0;

// Loaded so that this file runs (and fails case by case) before the link module exists.
type SafeLinkModule = typeof SafeLinkTypes;
const safeLink = (await import('../../cards/safe-link.ts').catch(() => ({}))) as Partial<SafeLinkModule>;

const HOSTILE: readonly string[] = [
  '[click](https://evil.example)',
  '**bold**',
  '<at>Megan</at>',
  '</at>',
  '![img](https://evil/x.png)',
  'javascript:alert(1)',
  'https://ok.example/a)(https://evil',
  'https://ok.example/a) [x](https://evil',
  '${user.name}',
  '{{x}}',
  '"}]},{"type":"Action.OpenUrl","url":"https://evil"',
  '\u202Egnp.exe',
  'a\n# heading',
  '1. list',
  '> quote',
  '`code`',
  'zero\u200Bwidth \u2066iso\u2069 \u202Aemb\u202C',
];

/** The link Baton itself puts on the sample handoff. */
const OWN_LINK = 'https://veeam.example.com/jobs/42';
/** Hostile hrefs that are real http(s) URLs: the one link each may give, every breaking character encoded. */
const ENCODED: Readonly<Record<string, string>> = {
  'https://ok.example/a)(https://evil': 'https://ok.example/a%29%28https://evil',
  'https://ok.example/a) [x](https://evil': 'https://ok.example/a%29%20%5Bx%5D%28https://evil',
};
const allowedLinks = (h: string): string[] => [OWN_LINK, ...(ENCODED[h] ? [ENCODED[h]] : [])];

/** A field's value: the hostile string when the field is chosen, else its benign value. */
interface FieldOptions {
  /** The builder clips the field to this many characters (only the words before the cut must show). */
  clip?: number;
}
type V = (field: string, benign: string, options?: FieldOptions) => string;
interface Message {
  text: string;
  mentions: ReadonlyArray<{ id: string; name: string; text: string }>;
}
type Output = AdaptiveCardJson | AdaptiveCardJson[] | Message;

interface Subject {
  name: string;
  render: (v: V) => Output;
}

const AT = new Date('2026-11-23T15:00:00Z'); // Monday 10:00 in New York: business hours

// ---------- fixtures ----------

function people(v: V): Person[] {
  return [
    { id: '29:alex', name: v('person.internalManager', 'Alex Wilber'), role: 'internal-manager' },
    { id: '29:adele', name: v('person.internalIt', 'Adele Vance'), role: 'internal-it' },
    { id: '29:dana', name: v('person.mspManager', 'Dana Ortiz'), role: 'msp-manager' },
    { id: '29:megan', name: v('person.mspEngineer', 'Megan Bowen'), role: 'msp-engineer' },
  ];
}

function engagementOf(v: V, kind: 'channel' | 'personal' = 'channel'): Engagement {
  return baseEngagement({
    internal: { ...NEW_YORK, name: v('side.internal', 'Contoso IT') },
    msp: { ...FABRIKAM, name: v('side.msp', 'Fabrikam MSP') },
    people: people(v),
    conversationKind: kind,
    matrixVersion: 3,
  });
}

function hostileRow(v: V, prefix: string, fn: string, internal: string, msp: string): MatrixRow {
  return row(v(`${prefix}.function`, fn), v(`${prefix}.internal`, internal), v(`${prefix}.msp`, msp), {
    internalContact: v(`${prefix}.internalContact`, 'Adele Vance'),
    mspContact: v(`${prefix}.mspContact`, 'Fabrikam NOC'),
    escalationContact: v(`${prefix}.escalationContact`, 'Dana Ortiz'),
    aliases: [v(`${prefix}.alias`, 'patching')],
    notes: v(`${prefix}.notes`, 'Monthly'),
  });
}

function versionOf(v: V, rows: MatrixRow[], number = 3): MatrixVersion {
  return {
    engagementId: 'e-test',
    version: number,
    author: v('version.author', 'Alex Wilber'),
    at: '2026-11-20T10:00:00Z',
    reason: v('version.reason', 'Imported in Teams'),
    matrix: { rows },
  };
}

function handoffOf(v: V, status: Handoff['status'] = 'open'): Handoff {
  const actor = (field: string, benign: string) => ({ id: `29:${benign.split(' ')[0]!.toLowerCase()}`, name: v(field, benign) });
  const megan = actor('actor.claimer', 'Megan Bowen');
  return {
    engagementId: 'e-test',
    id: 'h-7k3m9q2x',
    dedupKey: 'veeam/nightly',
    status,
    severity: 'critical',
    source: v('alert.source', 'veeam-01'),
    category: v('alert.category', 'backup'),
    summary: v('alert.summary', 'Backup job Nightly-FS failed on FS01'),
    details: v('alert.details', 'Job Nightly-FS: disk full on repository REPO-2'),
    labels: {},
    links: [
      { href: OWN_LINK, text: v('alert.link.text', 'Job report') },
      { href: v('alert.link.href', 'https://veeam.example.com/jobs/42') },
      { href: v('alert.image.href', 'https://veeam.example.com/jobs/42'), text: v('alert.image.alt', 'Graph') },
    ],
    routing: {
      routedBy: 'rule',
      rowId: 'backup',
      functionName: v('routing.function', 'Backup management and testing'),
      matrixVersion: 3,
      owners: ['msp'],
      onPoint: ['msp'],
      reason: v('routing.reason', 'Fabrikam MSP owns backups'),
      escalationContact: v('routing.escalationContact', 'Dana Ortiz (+1 555 0100)'),
    },
    assignedSide: 'msp',
    ...(status === 'claimed' ? { claimedBy: megan } : {}),
    lastClaimedBy: actor('actor.lastClaimer', 'Adele Vance'),
    openedAt: '2026-11-23T14:40:00Z',
    lastSeenAt: '2026-11-23T14:50:00Z',
    occurrences: 2,
    escalation: { afterMinutes: 10, repeatMinutes: 10, maxCount: 3 },
    escalationCount: 1,
    events: [
      { kind: 'received', at: '2026-11-23T14:40:00Z', via: 'alert', note: `from ${v('alert.source', 'veeam-01')}` },
      { kind: 'claimed', at: '2026-11-23T14:41:00Z', via: 'card', actor: megan },
      { kind: 'released', at: '2026-11-23T14:42:00Z', via: 'card', actor: megan },
      {
        kind: 'disputed',
        at: '2026-11-23T14:43:00Z',
        via: 'card',
        actor: actor('actor.disputer', 'Adele Vance'),
        note: v('dispute.reason', 'The MSP runs the backups'),
        toSide: 'msp',
      },
      { kind: 'escalated', at: '2026-11-23T14:44:00Z', via: 'card', actor: actor('actor.escalator', 'Alex Wilber'), toSide: 'msp' },
      ...(status === 'resolved'
        ? [
            {
              kind: 'resolved' as const,
              at: '2026-11-23T14:49:00Z',
              via: 'card' as const,
              actor: actor('actor.resolver', 'Dana Ortiz'),
              note: v('resolve.note', 'Freed space on REPO-2'),
            },
          ]
        : []),
    ],
  };
}

function standupOf(v: V, status: Standup['status']): Standup {
  const answerer = {
    personId: '29:megan',
    name: v('answer.name', 'Megan Bowen'),
    side: 'msp' as const,
    done: v('answer.done', 'Patched 14 servers'),
    next: v('answer.next', 'Firewall rules'),
    blocked: v('answer.blocked', 'Waiting on a window'),
    at: '2026-11-23T15:05:00Z',
  };
  const zero = { internal: 0, msp: 0, other: 0 };
  return {
    kind: 'standup',
    engagementId: 'e-test',
    key: 'standup/2026-11-23',
    startedAt: '2026-11-23T14:30:00Z',
    via: 'schedule',
    facts: {
      from: '2026-11-16T05:00:00Z',
      to: '2026-11-23T05:00:00Z',
      opened: zero,
      claimed: zero,
      resolved: zero,
      medianMinutesToClaim: 21,
      escalations: 1,
      disputes: 0,
      unownedAlerts: 0,
      gapQuestions: 1,
      gapTopics: [v('standup.gapTopic', 'payroll')],
      openNow: zero,
    },
    participants: [
      { id: '29:megan', name: v('answer.name', 'Megan Bowen') },
      { id: '29:adele', name: v('person.internalIt', 'Adele Vance') },
      { id: '29:alex', name: v('person.internalManager', 'Alex Wilber') },
    ],
    answers: [answerer],
    remindAt: '2026-11-23T18:00:00Z',
    reminded: ['29:adele', '29:alex'],
    closesAt: '2026-11-23T22:00:00Z',
    status,
  };
}

function reviewOf(v: V, status: Review['status']): Review {
  const flags = [v('review.finding', 'no named contact')];
  const rowEvidence = (id: string, fn: string) => ({
    rowId: id,
    function: v(`review.${id}.function`, fn),
    owners: ['msp' as const],
    handoffs: 3,
    claims: 2,
    driftClaims: 1,
    disputes: 1,
    escalations: 0,
    joint: false,
    noContact: true,
    noAfterHoursOwner: false,
    continuityRisk: false,
    flags,
  });
  const by = { id: '29:dana', name: v('person.mspManager', 'Dana Ortiz') };
  const alex = { id: '29:alex', name: v('person.internalManager', 'Alex Wilber') };
  return {
    kind: 'review',
    engagementId: 'e-test',
    key: 'review/2027-01',
    startedAt: '2027-01-04T15:00:00Z',
    via: 'schedule',
    baseVersion: 3,
    evidence: {
      from: '2026-10-01T00:00:00Z',
      to: '2027-01-04T15:00:00Z',
      rows: [rowEvidence('r1', 'Patch management for servers'), rowEvidence('r2', 'Backups')],
      jointRows: 4,
      tooManyJoint: true,
      proposed: [
        {
          function: v('review.proposal.function', 'Printer fleet'),
          source: 'question',
          count: 3,
          suggestedOwner: 'internal',
          examples: [v('review.proposal.example', 'who fixes the printers?')],
        },
      ],
      unownedAlerts: 1,
      gapQuestions: 3,
      noContactRows: 2,
      contactsNamed: true,
    },
    decisions: {
      r1: { decision: { kind: 'change', internal: v('review.change.internal', 'Overflow only'), msp: v('review.change.msp', '✓') }, by, side: 'msp', at: '2027-01-05T10:00:00Z' },
    },
    proposalDecisions: { p0: { accept: true, owner: 'internal', by: alex, side: 'internal', at: '2027-01-05T10:01:00Z' } },
    signOffs:
      status === 'open' ? { internal: { by: alex, at: '2027-01-05T10:05:00Z' } } : { internal: { by: alex, at: '2027-01-05T10:05:00Z' }, msp: { by, at: '2027-01-05T10:06:00Z' } },
    status,
    ...(status === 'published' ? { publishedVersion: 4, publishedAt: '2027-01-05T10:07:00Z', publishedChanges: [v('review.published.change', 'Retired “Fax lines”')] } : {}),
    reminders: 1,
    nextReminderAt: '2027-01-06T15:00:00Z',
    dueAt: '2027-01-14T15:00:00Z',
  };
}

function answerOf(v: V, outcome: 'answer' | 'ambiguous' | 'gap'): Answer {
  const e = engagementOf(v);
  const main = hostileRow(v, 'row', 'Patch management for servers', '—', '✓');
  const other = hostileRow(v, 'alt', 'Patch management for workstations', 'Joint', 'Joint');
  const version = versionOf(v, [main, other]);
  const question = v('question', 'who owns server patching?');
  const topic = v('topic', 'server patching');
  const candidate = { row: main, score: 0.9, matchedTerms: [v('matched', 'patch')] };
  const alternatives = [{ row: other, score: 0.5, matchedTerms: [] }];
  if (outcome === 'answer') {
    return { engagement: e, version, at: AT, ownership: resolveOwnership(main, e, AT), resolution: { question, topic, outcome, match: candidate, confidence: 0.9, alternatives } };
  }
  return { engagement: e, version, at: AT, resolution: { question, topic, outcome, confidence: 0.4, alternatives: outcome === 'ambiguous' ? [candidate, ...alternatives] : [] } };
}

// ---------- subjects: every card builder ----------

const CARD_BUILDERS: Subject[] = [
  {
    name: 'buildAnswerCard',
    render: (v) =>
      buildAnswerCard({
        question: v('question', 'who owns server patching?', { clip: 300 }),
        functionName: v('function', 'Patch management for servers'),
        matrixVersion: 3,
        owner: 'msp',
        internalName: v('internalName', 'Contoso IT'),
        mspName: v('mspName', 'Fabrikam MSP'),
        internalCell: v('internalCell', '—'),
        mspCell: v('mspCell', '✓'),
        rightNow: { onPoint: v('onPoint', 'Fabrikam MSP is on point'), contactNow: [v('contactNow', 'Fabrikam NOC')], escalateTo: [v('escalateTo', 'Dana Ortiz')] },
        explanation: [v('explanation', 'The matrix gives it to Fabrikam MSP.')],
        matchedWords: [v('matched', 'patch')],
        confidence: 0.9,
        alternatives: [{ rowId: 'r2', functionName: v('alternative', 'Patch management for workstations', { clip: 70 }), hint: v('hint', 'Joint', { clip: 30 }) }],
      }),
  },
  {
    name: 'buildDidYouMeanCard',
    render: (v) =>
      buildDidYouMeanCard({
        question: v('question', 'firewall stuff?'),
        topic: v('topic', 'firewall stuff'),
        choices: [{ rowId: 'r1', functionName: v('choice', 'Firewall management', { clip: 70 }), hint: v('hint', 'MSP', { clip: 30 }) }],
      }),
  },
  {
    name: 'buildGapCard',
    render: (v) =>
      buildGapCard({
        question: v('question', 'who owns payroll?'),
        topic: v('topic', 'payroll'),
        internalName: v('internalName', 'Contoso IT'),
        mspName: v('mspName', 'Fabrikam MSP'),
        proposedFunction: v('proposedFunction', 'Payroll'),
        proposedOwner: 'internal',
        note: v('note', 'HR runs it'),
        errors: [v('error', 'Name the function.')],
      }),
  },
  {
    name: 'buildGapRecordedCard',
    render: (v) =>
      buildGapRecordedCard({
        question: v('question', 'who owns payroll?'),
        proposedFunction: v('proposedFunction', 'Payroll system'),
        proposedOwner: 'joint',
        internalName: v('internalName', 'Contoso IT'),
        mspName: v('mspName', 'Fabrikam MSP'),
        proposerName: v('proposerName', 'Megan Bowen'),
        at: v('at', 'Mon 23 Nov 2026, 10:00'),
        note: v('note', 'HR runs it'),
      }),
  },
  {
    name: 'buildHandoffCard',
    render: (v) =>
      buildHandoffCard({
        engagementId: 'e-test',
        handoffId: 'h-7k3m9q2x',
        severity: 'critical',
        status: 'open',
        statusLine: v('statusLine', 'Open · unclaimed for 12 min'),
        summary: v('summary', 'Backup job failed'),
        row: { functionName: v('row.function', 'Backup management'), matrixVersion: 3, ownerLine: v('row.ownerLine', 'owned by Fabrikam MSP') },
        onPoint: {
          sideLine: v('onPoint.side', 'Fabrikam MSP'),
          people: [{ id: '29:megan', name: v('onPoint.person', 'Megan Bowen', { clip: 60 }) }],
          note: v('onPoint.note', 'nobody on the roster'),
        },
        facts: [{ title: v('fact.title', 'Source'), value: v('fact.value', 'veeam-01') }],
        details: v('details', 'disk full on REPO-2'),
        links: [{ href: OWN_LINK, text: v('link.text', 'Job report', { clip: 60 }) }, { href: v('link.href', 'https://veeam.example.com/jobs/42', { clip: 60 }) }],
        timeline: [v('timeline', '09:02 Received from veeam-01')],
        buttons: ['claim', 'resolve', 'dispute', 'escalate'],
        disputeTo: v('disputeTo', 'Contoso IT'),
        refreshUserIds: ['29:megan'],
        notice: v('notice', 'Already claimed by Adele Vance'),
      }),
  },
  {
    name: 'buildHandoffCard (no one on point)',
    render: (v) =>
      buildHandoffCard({
        engagementId: 'e-test',
        handoffId: 'h-7k3m9q2x',
        severity: 'warning',
        status: 'open',
        statusLine: 'Open',
        summary: 'Backup job failed',
        onPoint: { sideLine: 'both sides', people: [], note: v('onPoint.note', 'nobody on the roster') },
        facts: [],
        timeline: [],
        buttons: [],
        refreshUserIds: [],
      }),
  },
  {
    name: 'buildHandoffListCard',
    render: (v) =>
      buildHandoffListCard({
        groups: [
          {
            heading: v('heading', 'Contoso IT'),
            items: [{ id: 'h-aaaa2222', severity: 'error', summary: v('summary', 'Printer queue stuck', { clip: 90 }), state: v('state', 'claimed by Megan Bowen') }],
          },
        ],
      }),
  },
  {
    name: 'buildMatrixCard',
    render: (v) =>
      buildMatrixCard({
        view: 'all',
        matrixVersion: 3,
        updatedAt: v('updatedAt', '2026-11-20'),
        updatedBy: v('updatedBy', 'Alex Wilber'),
        internalName: v('internalName', 'Contoso IT'),
        mspName: v('mspName', 'Fabrikam MSP'),
        rows: [{ functionName: v('function', 'Patch management for servers'), internalCell: v('internalCell', '—'), mspCell: v('mspCell', '✓'), owner: 'msp' }],
      }),
  },
  {
    name: 'buildMatrixCard (one group)',
    render: (v) =>
      buildMatrixCard({
        view: 'internal',
        matrixVersion: 3,
        updatedAt: '2026-11-20',
        updatedBy: v('updatedBy', 'Alex Wilber'),
        internalName: v('internalName', 'Contoso IT'),
        mspName: 'Fabrikam MSP',
        rows: [{ functionName: 'Onboarding', internalCell: '✓', mspCell: '—', owner: 'internal' }],
      }),
  },
  {
    name: 'buildExportCard',
    render: (v) => buildExportCard({ format: 'csv', matrixVersion: 3, rowCount: 2, text: `Function,Internal,MSP\n${v('line', 'Patching,—,✓')}\n${v('line2', 'Backups,—,✓')}\n` }),
  },
  {
    name: 'buildImportResultCard (published)',
    render: (v) =>
      buildImportResultCard({
        ok: true,
        matrixVersion: 4,
        rowCount: 3,
        added: [v('added', 'Firewall management')],
        removed: [v('removed', 'Fax machines')],
        changed: [v('changed', 'Patching: MSP ✓ → Overflow only')],
        unchanged: 1,
        warnings: [{ line: 1, column: v('warning.column', 'Region'), message: v('warning.message', 'the column is kept') }],
      }),
  },
  {
    name: 'buildImportResultCard (failed)',
    render: (v) => buildImportResultCard({ ok: false, errors: [{ line: 7, column: v('error.column', 'MSP'), message: v('error.message', 'the cell is too long') }] }),
  },
  {
    name: 'buildReviewCard',
    render: (v) =>
      buildReviewCard({
        engagementId: 'e-test',
        reviewKey: 'review/2027-01',
        title: v('title', 'Quarterly matrix review'),
        subtitle: v('subtitle', 'Contoso IT and Fabrikam MSP'),
        internalName: v('internalName', 'Contoso IT'),
        mspName: v('mspName', 'Fabrikam MSP'),
        status: 'open',
        headline: [{ title: v('headline.title', 'Rows'), value: v('headline.value', '14') }],
        warnings: [v('warning', '4 rows are Joint')],
        rows: [
          {
            rowId: 'r1',
            functionName: v('row.function', 'Patching'),
            internalCell: v('row.internalCell', '—'),
            mspCell: v('row.mspCell', '✓'),
            internalContact: v('row.internalContact', 'Adele'),
            mspContact: v('row.mspContact', 'NOC'),
            findings: [v('row.finding', 'no named contact')],
            decision: v('row.decision', 'Confirmed by Dana'),
          },
        ],
        page: 0,
        proposals: [
          {
            id: 'p0',
            functionName: v('proposal.function', 'Printer fleet'),
            evidence: v('proposal.evidence', 'Asked 3×'),
            suggestedOwner: 'internal',
            decision: v('proposal.decision', 'To add'),
          },
        ],
        signOffs: { internal: v('signOff.internal', 'Signed by Alex'), msp: v('signOff.msp', 'Waiting') },
        outstanding: v('outstanding', 'Decide 1 row first.'),
        notice: v('notice', 'Saved.'),
      }),
  },
  {
    name: 'buildReviewCard (published)',
    render: (v) =>
      buildReviewCard({
        engagementId: 'e-test',
        reviewKey: 'review/2027-01',
        title: 'Quarterly matrix review',
        subtitle: 'x',
        internalName: 'Contoso IT',
        mspName: 'Fabrikam MSP',
        status: 'published',
        headline: [],
        warnings: [],
        rows: [],
        page: 0,
        proposals: [],
        signOffs: { internal: 'Signed', msp: 'Signed' },
        result: { title: v('result.title', 'v5 published'), lines: [v('result.line', 'Retired Fax lines')] },
      }),
  },
  {
    name: 'buildStandupCard (open)',
    render: (v) =>
      buildStandupCard({
        engagementId: 'e-test',
        occurrenceKey: 'standup/2026-11-23',
        title: v('title', 'Weekly standup'),
        subtitle: v('subtitle', 'Contoso IT and Fabrikam MSP'),
        facts: [{ title: v('fact.title', 'Opened'), value: v('fact.value', 'Contoso IT 1') }],
        gapTopics: [v('gapTopic', 'payroll', { clip: 60 })],
        answers: [
          { name: v('answer.name', 'Megan Bowen', { clip: 60 }), done: v('answer.done', 'Patched'), next: v('answer.next', 'Firewall'), blocked: v('answer.blocked', 'A window') },
        ],
        pending: [v('pending', 'Adele Vance', { clip: 60 })],
        pendingPeople: [{ id: '29:adele', name: v('pending', 'Adele Vance', { clip: 60 }) }],
        open: true,
        draft: { done: v('draft.done', 'Patched'), next: v('draft.next', 'Firewall'), blocked: v('draft.blocked', '') },
        refreshUserIds: ['29:adele'],
      }),
  },
  {
    name: 'buildStandupCard (final)',
    render: (v) =>
      buildStandupCard({
        engagementId: 'e-test',
        occurrenceKey: 'standup/2026-11-23',
        title: 'Weekly standup',
        subtitle: 'final',
        facts: [],
        gapTopics: [],
        answers: Array.from({ length: 3 }, (_, i) => ({ name: v(`answer${i}.name`, `Person ${i}`, { clip: 60 }), done: 'x', next: 'y', blocked: v(`answer${i}.blocked`, 'z') })),
        pending: [v('pending', 'Adele Vance', { clip: 60 })],
        open: false,
      }),
  },
  {
    name: 'buildScheduleCard',
    render: (v) =>
      buildScheduleCard({
        engagementId: 'e-test',
        subtitle: v('subtitle', 'Times are in America/New_York (Contoso IT).'),
        upcoming: [{ title: v('upcoming.title', 'Next standup'), value: v('upcoming.value', 'Mon 30 Nov 09:30') }],
        standupEnabled: true,
        standupWeekday: 1,
        standupTime: '09:30',
        reviewEnabled: true,
        reviewMonths: [1, 4, 7, 10],
        reviewTime: '10:00',
        onHoliday: 'shift',
        notice: { text: v('notice', 'Saved by Alex.'), good: true },
      }),
  },
  {
    name: 'buildSetupCard',
    render: (v) =>
      buildSetupCard({
        internalName: v('internalName', 'Contoso IT'),
        mspName: v('mspName', 'Fabrikam MSP'),
        timeZone: v('timeZone', 'America/New_York'),
        hoursStart: '08:00',
        hoursEnd: '17:00',
        days: [1, 2, 3, 4, 5],
        holidayRegion: v('holidayRegion', 'US-FL'),
        template: 'paste',
        matrixText: v('matrixText', '| Function | Internal | MSP |'),
        errors: [v('error', 'Give the internal side a name.')],
      }),
  },
  {
    name: 'buildSetupDoneCard',
    render: (v) =>
      buildSetupDoneCard({
        internalName: v('internalName', 'Contoso IT'),
        mspName: v('mspName', 'Fabrikam MSP'),
        timeZone: v('timeZone', 'America/New_York'),
        hoursStart: v('hoursStart', '08:00'),
        hoursEnd: v('hoursEnd', '17:00'),
        days: [1, 2, 3, 4, 5],
        holidayRegion: v('holidayRegion', 'US-FL'),
        matrixVersion: 1,
        rowCount: 14,
        matrixSource: 'paste',
        managerName: v('managerName', 'Alex Wilber'),
        managerSide: 'internal',
        tryQuestion: v('tryQuestion', 'who owns server patching?'),
      }),
  },
  {
    name: 'buildWelcomeCard',
    render: (v) => buildWelcomeCard({ setUp: true, internalName: v('internalName', 'Contoso IT'), mspName: v('mspName', 'Fabrikam MSP'), inChannel: true }),
  },
  {
    name: 'buildNoticeCard',
    render: (v) =>
      buildNoticeCard({
        title: v('title', 'Not allowed'),
        text: v('text', 'Only a manager can do that.'),
        bullets: [v('bullet', 'Alex Wilber — internal-manager')],
        style: 'warning',
      }),
  },
  { name: 'buildHelpCard', render: (v) => buildHelpCard({ inChannel: true, footer: v('footer', 'Matrix v3 is current.') }) },
];

// ---------- subjects: every reply ----------

const REPLIES: Subject[] = [
  { name: 'answerCard (answer)', render: (v) => answerCard(answerOf(v, 'answer')) },
  { name: 'answerCard (did you mean)', render: (v) => answerCard(answerOf(v, 'ambiguous')) },
  { name: 'answerCard (gap)', render: (v) => answerCard(answerOf(v, 'gap')) },
  { name: 'gapCard', render: (v) => gapCard(engagementOf(v), v('question', 'who owns payroll?'), v('topic', 'payroll'), [v('error', 'Name the function.')]) },
  {
    name: 'gapRecordedCard',
    render: (v) =>
      gapRecordedCard(engagementOf(v), {
        engagementId: 'e-test',
        id: 'g1',
        at: v('at', 'Mon 23 Nov 2026, 10:00'),
        question: v('question', 'who owns payroll?'),
        proposedFunction: v('proposedFunction', 'Payroll'),
        proposedOwner: 'msp',
        note: v('note', 'HR runs it'),
        proposerId: '29:megan',
        proposerName: v('proposerName', 'Megan Bowen'),
        status: 'open',
      }),
  },
  { name: 'handoffCardFor (open)', render: (v) => handoffCardFor(handoffOf(v, 'open'), engagementOf(v), AT) },
  {
    name: 'handoffCardFor (claimed, viewer)',
    render: (v) => handoffCardFor(handoffOf(v, 'claimed'), engagementOf(v), AT, { person: people(v)[3], notice: v('viewer.notice', 'Already claimed') }, { fullTimeline: true }),
  },
  { name: 'handoffCardFor (resolved)', render: (v) => handoffCardFor(handoffOf(v, 'resolved'), engagementOf(v), AT, undefined, { fullTimeline: true }) },
  { name: 'escalationMessage', render: (v) => escalationMessage(handoffOf(v, 'open'), engagementOf(v), AT) },
  {
    name: 'escalationMessage (timer, nobody on the roster)',
    render: (v) => {
      const h = handoffOf(v, 'open');
      const e = { ...engagementOf(v), people: [] };
      return escalationMessage({ ...h, events: [...h.events, { kind: 'escalated', at: '2026-11-23T14:50:00Z', via: 'timer', note: 'unclaimed' }] }, e, AT);
    },
  },
  { name: 'matrixCard', render: (v) => matrixCard(engagementOf(v), versionOf(v, [hostileRow(v, 'row', 'Patching', '—', '✓')]), 'all') },
  { name: 'exportCards', render: (v) => exportCards(versionOf(v, [hostileRow(v, 'row', 'Patching', '—', '✓')]), 'both') },
  { name: 'importFailedCard', render: (v) => importFailedCard([{ line: 3, column: v('column', 'MSP'), message: v('message', 'the cell is too long') }]) },
  {
    name: 'importSucceededCard',
    render: (v) => {
      const before = hostileRow(v, 'before', 'Patching', '—', '✓');
      const after = { ...before, msp: row('x', '—', v('after.msp', 'Overflow only')).msp };
      const added = hostileRow(v, 'added', 'Firewall', '—', '✓');
      const removed = hostileRow(v, 'removed', 'Fax', '✓', '—');
      return importSucceededCard(
        versionOf(v, [after, added], 4),
        { added: [added], removed: [removed], changed: [{ before, after, changes: [{ field: 'msp', label: 'MSP', before: before.msp.raw, after: after.msp.raw }] }], unchanged: 0 },
        [{ line: 1, column: v('warning.column', 'Region'), message: v('warning.message', 'kept') }],
      );
    },
  },
  {
    name: 'historyCard',
    render: (v) =>
      historyCard(engagementOf(v), [{ version: 3, author: v('author', 'Alex Wilber'), at: '2026-11-20T10:00:00Z', reason: v('reason', 'Imported in Teams'), rowCount: 14 }]),
  },
  {
    name: 'diffCard',
    render: (v) => {
      const before = hostileRow(v, 'row', 'Patching', '—', '✓');
      const after = { ...before, msp: row('x', '—', v('after.msp', 'Overflow only')).msp };
      return diffCard(versionOf(v, [before, hostileRow(v, 'removed', 'Fax', '✓', '—')], 2), versionOf(v, [after, hostileRow(v, 'added', 'Firewall', '—', '✓')], 3));
    },
  },
  { name: 'peopleCard', render: (v) => peopleCard(engagementOf(v), new Date(), v('headline', 'Megan Bowen is now msp-engineer')) },
  {
    name: 'noticeCard (Baton sentence with user text)',
    render: (v) =>
      noticeCard({
        title: v('title', 'I don’t know Bob yet'),
        text: `While you are away, questions that need ${v('side', 'Contoso IT')} show who covers. Say \`back\` when you return.`,
        bullets: [`${v('bullet', 'Alex')}: manager`],
        style: 'good',
      }),
  },
  {
    name: 'setupCard (submitted again)',
    render: (v) =>
      setupCard(engagementOf(v), 'America/New_York', [v('error', 'Give the internal side a name.')], {
        internalName: v('submitted.internalName', 'Contoso IT'),
        mspName: v('submitted.mspName', 'Fabrikam MSP'),
        timeZone: v('submitted.timeZone', 'America/New_York'),
        holidayRegion: v('submitted.holidayRegion', 'US'),
        matrixText: v('submitted.matrixText', '| Function | Internal | MSP |'),
        template: 'paste',
      }),
  },
  { name: 'setupDoneCard', render: (v) => setupDoneCard(engagementOf(v), versionOf(v, [hostileRow(v, 'row', 'Patching', '—', '✓')], 1), 'paste') },
  { name: 'welcomeCard', render: (v) => welcomeCard(engagementOf(v)) },
  { name: 'standupCardFor (open, viewer)', render: (v) => standupCardFor(standupOf(v, 'open'), engagementOf(v), AT, '29:megan') },
  { name: 'standupCardFor (final)', render: (v) => standupCardFor(standupOf(v, 'final'), engagementOf(v), AT) },
  {
    name: 'reviewCardFor (open)',
    render: (v) => reviewCardFor(reviewOf(v, 'open'), engagementOf(v), { matrix: { rows: [hostileRow(v, 'row', 'Patching', '—', '✓')] }, notice: v('notice', 'Saved.') }),
  },
  { name: 'reviewCardFor (published)', render: (v) => reviewCardFor(reviewOf(v, 'published'), engagementOf(v)) },
  { name: 'ritualNote (standup final)', render: (v) => ritualNote(standupOf(v, 'final'), engagementOf(v), 'final') },
  { name: 'ritualNote (standup reminder)', render: (v) => ritualNote(standupOf(v, 'open'), engagementOf(v), 'reminder') },
  { name: 'ritualNote (review reminder)', render: (v) => ritualNote(reviewOf(v, 'open'), engagementOf(v), 'reminder-1') },
  { name: 'ritualNote (review overdue)', render: (v) => ritualNote(reviewOf(v, 'open'), engagementOf(v), 'overdue') },
];

// ---------- running a subject ----------

function isMessage(output: Output): output is Message {
  return !Array.isArray(output) && typeof (output as Message).text === 'string' && Array.isArray((output as Message).mentions);
}

function cardsOf(output: Output): AdaptiveCardJson[] {
  if (isMessage(output)) return [];
  return Array.isArray(output) ? output : [output];
}

/** The fields a subject reads from outside, with their clip lengths. */
function fieldsOf(subject: Subject): Map<string, FieldOptions> {
  const fields = new Map<string, FieldOptions>();
  subject.render((field, benign, options = {}) => {
    fields.set(field, options);
    return benign;
  });
  return fields;
}

function problemsOf(output: Output, h: string): string[] {
  const options = { allowedLinks: allowedLinks(h) };
  if (isMessage(output)) return messageMarkupProblems(output, options);
  return cardsOf(output).flatMap((card) => cardMarkupProblems(card, options));
}

function visibleOf(output: Output): string[] {
  if (isMessage(output)) return [output.text];
  return cardsOf(output).flatMap((card) => renderedTexts(card).map((t) => t.text));
}

describe.each([...CARD_BUILDERS, ...REPLIES])('$name', (subject) => {
  const fields = fieldsOf(subject);

  it('reads text from outside (the subject has fields to attack)', () => {
    expect(fields.size).toBeGreaterThan(0);
  });

  it.each(HOSTILE)('(a, b) stays valid and inert with %j in every field', (h) => {
    const output = subject.render(() => h);
    for (const card of cardsOf(output)) expect(validateCard(card)).toEqual([]);
    expect(problemsOf(output, h)).toEqual([]);
  });

  it.each(HOSTILE)('(c) still shows the words of %j, whichever field it is in', (h) => {
    const baseline = JSON.stringify(visibleOf(subject.render((_, benign) => benign)));
    const lost: string[] = [];
    for (const [field, options] of fields) {
      const visible = visibleOf(subject.render((f, benign) => (f === field ? h : benign)));
      // A field this subject does not show at all (the fixtures fill more than each reply uses) has nothing to lose.
      if (JSON.stringify(visible) === baseline) continue;
      if (!showsWords(visible, wordsShown(h, options.clip))) lost.push(field);
    }
    expect(lost).toEqual([]);
  });
});

// ---------- the link function ----------

/** Unescaped "](" in a Markdown text: how many live links it has. */
function liveLinks(markdown: string): string[] {
  const targets: string[] = [];
  for (let i = 0; i < markdown.length - 1; i++) {
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && markdown[j] === '\\'; j--) backslashes++;
    if (backslashes % 2 === 0 && markdown[i] === ']' && markdown[i + 1] === '(') {
      const end = markdown.indexOf(')', i + 2);
      targets.push(markdown.slice(i + 2, end < 0 ? undefined : end));
    }
  }
  return targets;
}

describe('markdownLink', () => {
  const link = (text: string | undefined, href: string): string => {
    expect(safeLink.markdownLink, 'cards/safe-link.ts exports markdownLink').toBeTypeOf('function');
    return safeLink.markdownLink!(text, href);
  };

  it('gives exactly one link for an href with ")" and percent-encodes the parenthesis', () => {
    const md = link('Job report', 'https://ok.example/a)(https://evil');
    expect(liveLinks(md)).toEqual(['https://ok.example/a%29%28https://evil']);
    expect(md).toBe('[Job report](https://ok.example/a%29%28https://evil)');
  });

  it('gives one link for an href that tries to close the link and open another', () => {
    const md = link(undefined, 'https://ok.example/a) [x](https://evil');
    expect(liveLinks(md)).toEqual(['https://ok.example/a%29%20%5Bx%5D%28https://evil']);
  });

  it('percent-encodes every character that could end or break a Markdown link', () => {
    const md = link('t', 'https://ok.example/p()[]<> "\'\\`*_q?a=(1)#x)');
    const [target] = liveLinks(md);
    expect(liveLinks(md)).toHaveLength(1);
    expect(target).not.toMatch(/[()[\]<> "'\\`*_]/);
    expect(target!.startsWith('https://ok.example/p')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<b>x</b>',
    'ftp://files.example/a',
    'https://user:pass@ok.example/',
    'mailto:a@example.com',
    '//evil.example/x',
    'not a url',
    ' java\nscript:alert(1)',
  ])('gives no link for %j, and shows it as plain text', (href) => {
    const md = link('Open', href);
    expect(liveLinks(md)).toEqual([]);
    expect(markdownProblems(md, [])).toEqual([]);
    expect(unescaped(md)).toContain('Open');
  });

  it('escapes the link text', () => {
    const md = link('[x](https://evil) **b** <at>M</at>', 'https://ok.example/');
    expect(liveLinks(md)).toEqual(['https://ok.example/']);
    expect(markdownProblems(md, [], { allowedLinks: ['https://ok.example/'] })).toEqual([]);
    expect(words(unescaped(md))).toEqual(expect.arrayContaining(['x', 'evil', 'b', 'at', 'm']));
  });

  it('accepts only http(s) URLs for images too', () => {
    expect(safeLink.httpUrl, 'cards/safe-link.ts exports httpUrl').toBeTypeOf('function');
    expect(safeLink.httpUrl!('https://ok.example/x.png')).toBe('https://ok.example/x.png');
    expect(safeLink.httpUrl!('javascript:alert(1)')).toBeUndefined();
    expect(safeLink.httpUrl!('data:image/png;base64,AAAA')).toBeUndefined();
  });
});

// ---------- the escaping function ----------

describe('escapeMarkdown: the one function for text from outside', () => {
  const { escapeMarkdown } = markdownText;

  it('removes bidi controls and zero-width characters, so the text shows in its real order', () => {
    expect(escapeMarkdown('\u202Egnp.exe')).toBe('gnp.exe');
    expect(escapeMarkdown('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk')).toBe('abcdefghijk');
    expect(escapeMarkdown('zero\u200Bwidth\u2060\uFEFF')).toBe('zerowidth');
  });

  it('keeps normal punctuation readable', () => {
    expect(escapeMarkdown('Dana\'s laptop (HQ): 50% done, see ticket #12 & "notes"!')).toBe('Dana\'s laptop (HQ): 50% done, see ticket #12 & "notes"!');
    expect(escapeMarkdown('Fabrikam MSP — Overflow only')).toBe('Fabrikam MSP — Overflow only');
  });

  it('neutralises inline Markdown, tags and line-start markers', () => {
    for (const h of HOSTILE) expect(markdownProblems(escapeMarkdown(h), []), h).toEqual([]);
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1) first')).toBe('1\\) first');
  });
});

// ---------- URLs a client would load or open ----------

describe('validateCard and URLs', () => {
  const card = (body: unknown[], actions: unknown[] = []) => ({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions,
  });

  it.each(['javascript:alert(1)', 'data:image/png;base64,AAAA', 'ftp://files.example/x.png'])('refuses an Image or Action.OpenUrl with %j', (url) => {
    expect(validateCard(card([{ type: 'Image', url }]))).toEqual([expect.stringContaining('not an http(s) URL')]);
    expect(validateCard(card([], [{ type: 'Action.OpenUrl', title: 'Open', url }]))).toEqual([expect.stringContaining('not an http(s) URL')]);
  });

  it('accepts http(s) images and links', () => {
    expect(validateCard(card([{ type: 'Image', url: 'https://ok.example/x.png' }], [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://ok.example/' }]))).toEqual([]);
  });
});

// ---------- Baton's own command markup in notices ----------

describe('commandMarkdown', () => {
  it('makes Baton’s commands bold and keeps the spaces around them', () => {
    expect(commandMarkdown('Say `back` when you return. Use `away until <date>` or `role @person msp-engineer`, `msp-manager`.')).toBe(
      'Say **back** when you return. Use **away until \\<date\\>** or **role @person msp-engineer**, **msp-manager**.',
    );
  });

  it('leaves backticks from outside as backticks: a span that is no command, or one escaped with literal()', () => {
    expect(commandMarkdown('Hi `code` and `[x](https://evil)`')).toBe('Hi \\`code\\` and \\`\\[x\\](https://evil)\\`');
    expect(commandMarkdown(`${literal('`setup` \\ Alex')} is away`)).toBe('\\`setup\\` \\\\ Alex is away');
  });
});
