import { describe, expect, it } from 'vitest';
import type { AdaptiveCardJson } from '../../cards/adaptive-card-json.ts';
import { CARD_BUDGET_BYTES, cardPayloadBytes } from '../../cards/card-size.ts';
import {
  buildAnswerCard,
  buildDidYouMeanCard,
  buildExportCard,
  buildGapCard,
  buildGapRecordedCard,
  buildHandoffCard,
  buildHandoffListCard,
  buildStandupCard,
  buildHelpCard,
  buildImportResultCard,
  buildMatrixCard,
  buildNoticeCard,
  buildSetupCard,
  buildSetupDoneCard,
  buildWelcomeCard,
} from '../../cards/index.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { buildReviewCard } from '../../cards/review-card.ts';
import { buildScheduleCard } from '../../cards/schedule-card.ts';
import { buildCorrectionCard } from '../../cards/correction-card.ts';
import { buildLearnedCard } from '../../cards/learned-card.ts';
import { SAMPLE_REVIEW } from './card-samples.ts';
import { allObjects, bareSubmitActions, executeActions, findInput, inputIds, verbs, visibleText } from './card-inspection.ts';
import { INTERNAL, MSP, SAMPLE_ANSWER, SAMPLE_HANDOFF, SAMPLE_ROWS, SAMPLE_SETUP } from './card-samples.ts';

interface Case {
  name: string;
  card: () => AdaptiveCardJson;
  texts: string[];
  verbs: string[];
  /** Compare the distinct verbs only (cards with a row of buttons per item). */
  distinctVerbs?: boolean;
}

const MATRIX = { matrixVersion: 3, updatedAt: '2026-11-20', updatedBy: 'Alex', internalName: INTERNAL, mspName: MSP, rows: SAMPLE_ROWS };

const CASES: Case[] = [
  {
    name: 'welcome',
    card: () => buildWelcomeCard({ setUp: false, inChannel: true }),
    texts: ["Hi, I'm Baton", 'who owns an IT task', 'name the two sides', 'Set up', '@mention'],
    verbs: ['setup.open'],
  },
  {
    name: 'welcome (set up)',
    card: () => buildWelcomeCard({ setUp: true, internalName: INTERNAL, mspName: MSP }),
    texts: ['**who owns …?**', '**matrix**', '**help**', INTERNAL, MSP],
    verbs: [],
  },
  {
    name: 'setup',
    card: () => buildSetupCard(SAMPLE_SETUP),
    texts: ['Set up Baton', 'Save setup', 'Use the default template (14 rows, a typical 75-person business)', 'Paste my own (Markdown or CSV)'],
    verbs: ['setup.save'],
  },
  {
    name: 'setup with errors',
    card: () =>
      buildSetupCard({
        ...SAMPLE_SETUP,
        internalName: '',
        errors: ['Give the internal side a name, e.g. "Contoso IT".', 'The time zone must be an IANA id such as America/New_York.'],
      }),
    texts: ['Nothing was saved', 'internal side a name', 'IANA'],
    verbs: ['setup.save'],
  },
  {
    name: 'setup done',
    card: () => buildSetupDoneCard({ ...SAMPLE_SETUP, matrixVersion: 1, rowCount: 14, matrixSource: 'default', managerName: 'Alex Wilber', managerSide: 'internal' }),
    texts: ['Baton is set up', INTERNAL, MSP, 'US Eastern', 'Mon–Fri 08:00–17:00', 'US-FL', 'v1, 14 rows', 'who owns server patching?'],
    verbs: [],
  },
  {
    name: 'answer',
    card: () => buildAnswerCard(SAMPLE_ANSWER),
    texts: [
      '**Patch management for servers** · matrix v3',
      `**${MSP}** owns this`,
      'Right now',
      'Contact now',
      'Escalate to',
      'Why',
      'Matched: patch, server',
      'Confidence 92%',
      'Did you mean',
      'Patch management for workstations (Joint)',
    ],
    verbs: ['who.pick', 'who.pick'],
  },
  { name: 'answer (joint)', card: () => buildAnswerCard({ ...SAMPLE_ANSWER, owner: 'joint', alternatives: [] }), texts: ['**Joint:** both sides'], verbs: [] },
  {
    name: 'answer (with Not right?, after a correction)',
    card: () =>
      buildAnswerCard({
        ...SAMPLE_ANSWER,
        correction: { was: 'answer', wasRowId: 'patch-management-for-servers', matrixVersion: 3 },
        notice: 'Corrected: Baton answers this way for everyone now.',
      }),
    texts: ['Corrected: Baton answers this way for everyone now.', 'Not right?'],
    verbs: ['who.pick', 'who.pick', 'who.correct.open'],
  },
  {
    name: 'correction',
    card: () =>
      buildCorrectionCard({
        question: 'who deals with the Ricoh copier lease?',
        context: { was: 'answer', wasRowId: 'row-0', matrixVersion: 3 },
        wasText: 'Baton answered with “Tier 1 helpdesk”.',
        functions: SAMPLE_ROWS.map((r) => r.functionName),
        selected: '4',
        error: 'Only people on this team’s roster can correct Baton’s answers.',
      }),
    texts: [
      'Which row should have answered this?',
      'Baton answered with “Tier 1 helpdesk”.',
      'Not recorded',
      'Only people on this team’s roster',
      'No row covers this (propose an owner)',
      'Patch management for servers',
      'Correct the answer',
    ],
    verbs: ['who.correct'],
  },
  {
    name: 'learned (manager)',
    card: () =>
      buildLearnedCard({
        canManage: true,
        rows: [
          {
            functionName: 'Vendor management / contracts',
            phrasings: [{ id: 'p1', text: 'ricoh copier lease', status: 'shared', taughtBy: 'Alex Wilber, 2026-11-23', reach: 'applies to everyone (a manager’s correction)' }],
          },
          {
            functionName: 'Patch management for workstations',
            phrasings: [{ id: 'p2', text: 'intune', status: 'personal', taughtBy: 'Megan Bowen, 2026-11-23', reach: 'applies to its author only' }],
          },
        ],
        notice: { text: 'Confirmed: “intune” applies to everyone now.', good: true },
      }),
    texts: [
      'Learned from corrections: 2 phrasings',
      'Vendor management / contracts',
      '“ricoh copier lease” — applies to everyone',
      'taught by Megan Bowen',
      'Confirmed: “intune”',
      'Drop',
      'Confirm',
    ],
    verbs: ['learned.drop', 'learned.confirm', 'learned.drop'],
  },
  {
    name: 'learned (empty, not a manager)',
    card: () => buildLearnedCard({ canManage: false, rows: [] }),
    texts: ['Learned from corrections: 0 phrasings', 'Nothing learned yet'],
    verbs: [],
  },
  {
    name: 'gap (with A row covers this)',
    card: () => buildGapCard({ question: 'who owns Intune?', topic: 'intune', internalName: INTERNAL, mspName: MSP, matrixVersion: 3 }),
    texts: ['A row covers this', 'Propose owner'],
    verbs: ['gap.propose', 'who.correct.open'],
  },
  {
    name: 'did you mean',
    card: () =>
      buildDidYouMeanCard({
        question: 'firewall stuff?',
        topic: 'firewall stuff',
        choices: [
          { rowId: 'firewall-management', functionName: 'Firewall management' },
          { rowId: 'network', functionName: 'Network switches' },
          { rowId: 'vpn', functionName: 'VPN' },
          { rowId: 'fourth', functionName: 'Never shown' },
        ],
      }),
    texts: ["I'm not sure which row you mean by “firewall stuff”", 'Firewall management', 'None of these — propose an owner'],
    verbs: ['who.pick', 'who.pick', 'who.pick', 'gap.open'],
  },
  {
    name: 'gap',
    card: () => buildGapCard({ question: 'who owns payroll?', topic: 'payroll', internalName: INTERNAL, mspName: MSP }),
    texts: ['No row in the matrix covers “payroll”. That is a gap: work nobody owns.', 'Propose owner', INTERNAL, MSP, 'Joint (both sides)'],
    verbs: ['gap.propose'],
  },
  {
    name: 'gap with errors',
    card: () =>
      buildGapCard({
        question: 'who owns the coffee machine?',
        topic: 'the coffee machine',
        internalName: INTERNAL,
        mspName: MSP,
        proposedFunction: ' ',
        proposedOwner: '',
        errors: ['Name the function the row should cover.'],
      }),
    texts: ['not recorded', 'Name the function'],
    verbs: ['gap.propose'],
  },
  {
    name: 'gap recorded',
    card: () =>
      buildGapRecordedCard({
        question: 'who owns payroll?',
        proposedFunction: 'Payroll system',
        proposedOwner: 'internal',
        internalName: INTERNAL,
        mspName: MSP,
        proposerName: 'Megan Bowen',
        at: 'Mon 23 Nov 2026, 10:00',
        note: 'HR runs it',
      }),
    texts: ['Proposal recorded', 'Payroll system', 'Megan Bowen', 'quarterly review', 'HR runs it'],
    verbs: [],
  },
  {
    name: 'matrix',
    card: () => buildMatrixCard({ ...MATRIX, view: 'all' }),
    texts: [
      'Responsibility matrix v3 — 14 rows, updated 2026-11-20 by Alex',
      `Owned by ${INTERNAL} (4)`,
      `Owned by ${MSP} (5)`,
      'Joint (4)',
      'Nobody (gaps) (1)',
      `- Patch management for servers — ${INTERNAL}: — · ${MSP}: ✓`,
      'Overflow only',
    ],
    verbs: [],
  },
  {
    name: 'matrix: ours',
    card: () => buildMatrixCard({ ...MATRIX, view: 'internal' }),
    texts: [`Owned by ${INTERNAL} — 4 rows of 14`, 'User onboarding / offboarding'],
    verbs: [],
  },
  { name: 'matrix: joint', card: () => buildMatrixCard({ ...MATRIX, view: 'joint' }), texts: ['Joint — 4 rows of 14', 'Patch management for workstations'], verbs: [] },
  {
    name: 'export md',
    card: () =>
      buildExportCard({
        format: 'md',
        matrixVersion: 3,
        rowCount: 2,
        text: '| Function | Internal | MSP |\n|---|---|---|\n| Patch management for servers | — | ✓ |\n| Printers and scanners | ✓ | Overflow only |\n',
      }),
    texts: ['Matrix v3 as Markdown — 2 rows', '| Function | Internal | MSP |\n\n|---|---|---|', 'Printers and scanners'],
    verbs: [],
  },
  {
    name: 'export csv',
    card: () => buildExportCard({ format: 'csv', matrixVersion: 3, rowCount: 1, text: 'Function,Internal,MSP\nPatch management for servers,—,✓\n' }),
    texts: ['Matrix v3 as CSV', 'Function,Internal,MSP'],
    verbs: [],
  },
  {
    name: 'import succeeded',
    card: () =>
      buildImportResultCard({
        ok: true,
        matrixVersion: 4,
        rowCount: 15,
        added: ['Firewall management'],
        removed: ['Fax machines'],
        changed: ['Patch management for servers: MSP ✓ → Overflow only'],
        unchanged: 12,
        warnings: [{ line: 1, column: 'Region', message: 'the column "Region" is not one Baton reads; it is kept as is and exported again' }],
      }),
    texts: [
      'Matrix v4 published — 15 rows',
      '1 added, 1 changed, 1 removed, 12 unchanged',
      'Added (1)',
      'Firewall management',
      'Removed (1)',
      'Fax machines',
      'Changed (1)',
      'MSP ✓ → Overflow only',
      'Warnings (1)',
      'line 1 (Region):',
    ],
    verbs: [],
  },
  {
    name: 'import failed',
    card: () =>
      buildImportResultCard({
        ok: false,
        errors: [
          { line: 1, message: 'the header needs the columns Function, Internal and MSP' },
          { line: 7, column: 'MSP', message: 'the cell is longer than 200 characters' },
        ],
      }),
    texts: ['not imported', 'line 1: the header', 'line 7 (MSP): the cell', 'Nothing was changed.'],
    verbs: [],
  },
  {
    name: 'help',
    card: () => buildHelpCard({ inChannel: true }),
    texts: ['What you can say to Baton', '**who owns \\<thing\\>?**', 'e.g. who owns server patching?', 'export \\[csv|md\\]', '@mention'],
    verbs: [],
  },
  {
    name: 'notice (good)',
    card: () =>
      buildNoticeCard({
        title: 'Alex Wilber is away until Wed 2 Dec, 09:00',
        text: 'While you are away, questions that need Contoso IT show who covers for you. Say `back` when you return early.',
        style: 'good',
      }),
    texts: ['is away until', 'Say \\`back\\`'],
    verbs: [],
  },
  {
    name: 'notice (attention, bullets)',
    card: () =>
      buildNoticeCard({
        title: 'Not allowed',
        text: 'Only a manager can change the matrix.',
        style: 'attention',
        bullets: ['Alex Wilber — internal-manager', 'Megan Bowen — msp-engineer'],
      }),
    texts: ['Not allowed', 'Only a manager', '- Megan Bowen — msp-engineer'],
    verbs: [],
  },
  {
    name: 'handoff (open)',
    card: () => buildHandoffCard(SAMPLE_HANDOFF),
    texts: [
      'CRITICAL',
      'Open since Mon 09:02 EST · nobody has claimed it',
      'Backup job Nightly-FS failed on FS01',
      '**Backup management and testing** · matrix v3',
      '**On point now:** Fabrikam MSP — <at>Megan Bowen</at>',
      'Last time',
      '\\*disk full\\*',
      '[Job report](https://veeam.example.com/jobs/42)',
      'Timeline',
      'Claim',
      'Not ours',
      `Send to ${INTERNAL}`,
    ],
    verbs: ['handoff.claim', 'handoff.resolve', 'handoff.dispute', 'handoff.escalate'],
  },
  {
    name: 'handoff (claimed, viewer is the holder)',
    card: () =>
      buildHandoffCard({
        ...SAMPLE_HANDOFF,
        status: 'claimed',
        statusLine: 'Claimed by Megan Bowen',
        onPoint: { sideLine: MSP, people: [] },
        buttons: ['release', 'resolve', 'escalate'],
      }),
    texts: ['Claimed by Megan Bowen', 'Release', 'Resolve'],
    verbs: ['handoff.release', 'handoff.resolve', 'handoff.escalate'],
  },
  {
    name: 'handoff (unowned, refused click)',
    card: () => {
      const { row: _row, disputeTo: _to, ...rest } = SAMPLE_HANDOFF;
      return buildHandoffCard({
        ...rest,
        onPoint: { sideLine: `both sides (${INTERNAL} and ${MSP})`, people: [], note: 'nobody of that side is on Baton’s roster yet' },
        buttons: [],
        refreshUserIds: [],
        notice: 'Already claimed by Adele Vance at 09:20 UTC.',
      });
    },
    texts: ['**Unowned:**', 'gap for the quarterly review', 'Already claimed by Adele Vance', 'roster yet'],
    verbs: [],
  },
  {
    name: 'handoff list',
    card: () =>
      buildHandoffListCard({
        groups: [
          { heading: INTERNAL, items: [{ id: 'h-aaaa2222', severity: 'error', summary: 'Printer queue stuck', state: 'unclaimed 5 min' }] },
          { heading: MSP, items: Array.from({ length: 17 }, (_, i) => ({ id: `h-msp${i}`, severity: 'warning', summary: `Alert ${i}`, state: 'claimed by Megan Bowen' })) },
          { heading: 'Both sides / unowned', items: [] },
        ],
      }),
    texts: ['Open handoffs: 18', `${INTERNAL} (1)`, `${MSP} (17)`, '…and 2 more', 'Printer queue stuck'],
    verbs: [],
  },
  {
    name: 'handoff (resolved)',
    card: () => {
      const { onPoint: _p, ...rest } = SAMPLE_HANDOFF;
      return buildHandoffCard({ ...rest, status: 'resolved', statusLine: 'Resolved by Megan Bowen', buttons: ['reopen'] });
    },
    texts: ['Resolved by Megan Bowen', 'Reopen'],
    verbs: ['handoff.reopen'],
  },
  {
    name: 'standup (open)',
    card: () =>
      buildStandupCard({
        engagementId: 'e-3fk9q2m7xw1c',
        occurrenceKey: 'standup/2026-11-23',
        title: 'Weekly standup — week of 16 Nov',
        subtitle: `${INTERNAL} and ${MSP} · answers close at 17:00`,
        facts: [
          { title: 'Opened', value: `${INTERNAL} 1 · ${MSP} 2 · both/unowned 1` },
          { title: 'Median time to claim', value: '21 min' },
          { title: 'Escalations / disputes', value: '1 / 1' },
        ],
        gapTopics: ['payroll', 'the badge printer'],
        answers: [{ name: 'Megan Bowen', done: 'Patched 14 servers', next: 'Restore test of FS01', blocked: 'Waiting on a maintenance window from Contoso' }],
        pending: ['Adele Vance'],
        open: true,
      }),
    texts: [
      'Weekly standup — week of 16 Nov',
      'Median time to claim',
      '21 min',
      '“payroll”',
      '**Megan Bowen** — done: Patched 14 servers',
      'Blocked: Megan Bowen (Waiting on a maintenance window',
      'Waiting for: Adele Vance',
      'Send my answer',
      'Show my answer',
    ],
    verbs: ['standup.answer', 'standup.refresh'],
  },
  {
    name: 'standup (open, the viewer’s own answer)',
    card: () =>
      buildStandupCard({
        engagementId: 'e-3fk9q2m7xw1c',
        occurrenceKey: 'standup/2026-11-23',
        title: 'Weekly standup, Mon 23 Nov',
        subtitle: `${INTERNAL} and ${MSP} · answers close Mon 23 Nov, 17:00 (America/New_York)`,
        period: 'Last week, Mon 16 – Sun 22 Nov',
        facts: [{ title: 'Opened', value: `${INTERNAL} 1 · ${MSP} 2` }],
        gapTopics: [],
        answers: [{ name: 'Megan Bowen', done: 'Patched 14 servers', next: 'Restore test of FS01', blocked: '' }],
        pending: ['Adele Vance'],
        open: true,
        forViewer: true,
        draft: { done: 'Patched 14 servers', next: 'Restore test of FS01', blocked: '' },
        draftReceived: 'Mon 23 Nov, 10:12 (America/New_York)',
      }),
    texts: [
      'Last week, Mon 16 – Sun 22 Nov, from Baton',
      '✔ Your answer was received Mon 23 Nov, 10:12 (America/New\\_York)',
      'Patched 14 servers',
      'Edit my answer',
      'Update my answer',
    ],
    verbs: ['standup.answer'],
  },
  {
    name: 'standup (final summary)',
    card: () =>
      buildStandupCard({
        engagementId: 'e-3fk9q2m7xw1c',
        occurrenceKey: 'standup/2026-11-23',
        title: 'Weekly standup — week of 16 Nov',
        subtitle: 'Final',
        facts: [{ title: 'Opened', value: 'none' }],
        gapTopics: [],
        answers: [],
        pending: ['Adele Vance', 'Megan Bowen'],
        open: false,
      }),
    texts: ['Summary: 0 answered', 'Did not answer: Adele Vance, Megan Bowen'],
    verbs: [],
  },
  {
    name: 'review (open, first page)',
    card: () => buildReviewCard(SAMPLE_REVIEW),
    texts: [
      'Quarterly matrix review',
      '⚠️ Patch management for servers',
      'Fabrikam MSP-owned, Contoso IT claimed 7 of 19',
      '✔ Confirmed by Dana Ortiz',
      'New row: Printer fleet',
      'Asked 3×',
      'Waiting for a Fabrikam MSP manager',
      'Sign off for my side',
      'More rows ›',
    ],
    verbs: ['review.row', 'review.page', 'review.proposal', 'review.sign'],
    distinctVerbs: true,
  },
  {
    name: 'review (open, with learned phrasings)',
    card: () =>
      buildReviewCard({
        ...SAMPLE_REVIEW,
        learned: {
          rows: [
            { rowId: 'row-11', functionName: 'Vendor management', phrasings: ['ricoh copier lease', 'copier contract'] },
            { rowId: 'row-9', functionName: 'Microsoft 365 administration', phrasings: ['intune'] },
          ],
          kept: ['row-11'],
        },
      }),
    texts: ['Vendor management: “ricoh copier lease”, “copier contract”', 'Save phrasings'],
    verbs: ['review.row', 'review.page', 'review.proposal', 'review.learned', 'review.sign'],
    distinctVerbs: true,
  },
  {
    name: 'review (published)',
    card: () =>
      buildReviewCard({
        ...SAMPLE_REVIEW,
        status: 'published',
        title: 'Quarterly matrix review — published v5',
        result: {
          title: 'v5 published, approved by Alex Wilber (Contoso IT) and Dana Ortiz (Fabrikam MSP)',
          lines: ['Retired “Fax lines”', 'Patch management for servers: Internal — → Overflow only'],
        },
      }),
    texts: ['published v5', 'approved by Alex Wilber', 'Retired “Fax lines”'],
    verbs: [],
  },
  {
    name: 'schedule',
    card: () =>
      buildScheduleCard({
        engagementId: 'e-3fk9q2m7xw1c',
        subtitle: 'Times are in America/New_York (Contoso IT).',
        upcoming: [
          { title: 'Next standup', value: 'Mon 30 Nov 2026 09:30' },
          { title: 'Next review', value: 'Mon 4 Jan 2027 10:00 (moved for New Year)' },
        ],
        standupEnabled: true,
        standupWeekday: 1,
        standupTime: '09:30',
        reviewEnabled: true,
        reviewMonths: [1, 4, 7, 10],
        reviewTime: '10:00',
        onHoliday: 'shift',
        notice: { text: 'Saved by Alex Wilber.', good: true },
      }),
    texts: ['Rituals schedule', 'Next standup', 'Saved by Alex Wilber.', 'Save schedule'],
    verbs: ['schedule.save'],
  },
  { name: 'handoff list (empty)', card: () => buildHandoffListCard({ groups: [{ heading: INTERNAL, items: [] }] }), texts: ['Open handoffs: none', 'Nothing is open'], verbs: [] },
  { name: 'notice (default, title only)', card: () => buildNoticeCard({ title: 'No changes' }), texts: ['No changes'], verbs: [] },
];

describe.each(CASES)('the $name card', ({ card, texts, verbs: expectedVerbs, distinctVerbs }) => {
  const json = card();

  it('passes the Adaptive Cards parser and Baton validation', () => {
    expect(validateCard(json)).toEqual([]);
  });

  it('declares the schema and version 1.5', () => {
    expect(json).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.5' });
  });

  it('shows the key text', () => {
    const text = visibleText(json);
    for (const t of texts) expect(text).toContain(t);
  });

  it('has Action.Execute buttons with verbs and Action.Submit fallbacks carrying the same data plus the verb', () => {
    expect(distinctVerbs ? [...new Set(verbs(json))] : verbs(json)).toEqual(expectedVerbs);
    for (const action of executeActions(json)) {
      expect(action.verb).toEqual(expect.any(String));
      expect(action.fallback).toMatchObject({ type: 'Action.Submit', title: action.title, data: { ...(action.data as object), verb: action.verb } });
    }
    expect(bareSubmitActions(json)).toEqual([]);
  });

  it('leaves no template expression unexpanded', () => {
    expect(JSON.stringify(json)).not.toMatch(/\$\{|"\$when"|"\$data"/);
  });

  it(`stays under ${CARD_BUDGET_BYTES} bytes`, () => {
    expect(cardPayloadBytes(json)).toBeLessThan(CARD_BUDGET_BYTES);
  });

  it('wraps every TextBlock', () => {
    const blocks = JSON.stringify(json).match(/"type":"TextBlock"/g)?.length ?? 0;
    const wrapped = JSON.stringify(json).match(/"type":"TextBlock"[^{}]*"wrap":true/g)?.length ?? 0;
    expect(wrapped).toBe(blocks);
  });
});

describe('the setup card', () => {
  const card = buildSetupCard(SAMPLE_SETUP);

  it('has one input per field, each id unique', () => {
    const ids = inputIds(card);
    expect(ids).toEqual([
      'internalName',
      'mspName',
      'yourSide',
      'timeZone',
      'hoursStart',
      'hoursEnd',
      'days',
      'holidayRegion',
      'mspTimeZone',
      'mspHoursStart',
      'mspHoursEnd',
      'mspHolidayRegion',
      'template',
      'matrixText',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prefills the current values', () => {
    expect(findInput(card, 'internalName')).toMatchObject({ type: 'Input.Text', value: INTERNAL, isRequired: true, placeholder: 'e.g. Contoso IT' });
    expect(findInput(card, 'mspName')).toMatchObject({ value: MSP });
    expect(findInput(card, 'timeZone')).toMatchObject({ type: 'Input.ChoiceSet', style: 'filtered', value: 'America/New_York' });
    expect(findInput(card, 'hoursStart')).toMatchObject({ type: 'Input.Time', value: '08:00' });
    expect(findInput(card, 'hoursEnd')).toMatchObject({ type: 'Input.Time', value: '17:00' });
    expect(findInput(card, 'days')).toMatchObject({ isMultiSelect: true, value: '1,2,3,4,5' });
    expect(findInput(card, 'holidayRegion')).toMatchObject({ value: 'US-FL' });
    expect(findInput(card, 'template')).toMatchObject({ value: 'default' });
    expect(findInput(card, 'matrixText')).toMatchObject({ isMultiline: true, value: '' });
  });

  it('offers about forty time zones and Monday to Sunday as 1..7', () => {
    const zones = findInput(card, 'timeZone')!.choices as Array<{ title: string; value: string }>;
    expect(zones.length).toBeGreaterThanOrEqual(38);
    for (const zone of zones) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone.value })).not.toThrow();
    expect(zones.find((z) => z.value === 'Europe/London')?.title).toContain('London');
    const days = findInput(card, 'days')!.choices as Array<{ title: string; value: string }>;
    expect(days.map((d) => d.value)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(days[0]?.title).toBe('Monday');
  });

  it('keeps a current time zone that is not in the list', () => {
    const other = buildSetupCard({ ...SAMPLE_SETUP, timeZone: 'Asia/Kathmandu' });
    const zones = findInput(other, 'timeZone')!.choices as Array<{ value: string }>;
    expect(zones[0]?.value).toBe('Asia/Kathmandu');
    expect(validateCard(other)).toEqual([]);
  });

  it('shows no error box without errors, and one in attention colour with them', () => {
    expect(JSON.stringify(card)).not.toContain('"Attention"');
    const failed = buildSetupCard({ ...SAMPLE_SETUP, errors: ['Pick at least one working day.'] });
    expect(JSON.stringify(failed)).toContain('"style":"attention"');
    expect(visibleText(failed)).toContain('- Pick at least one working day.');
  });

  it('shows a pasted matrix again, but not one too large for a card', () => {
    const pasted = buildSetupCard({ ...SAMPLE_SETUP, template: 'paste', matrixText: '| Function | Internal | MSP |\n|---|---|---|\n| X | ✓ | — |' });
    expect(findInput(pasted, 'matrixText')?.value).toContain('| X | ✓ | — |');
    const huge = buildSetupCard({ ...SAMPLE_SETUP, template: 'paste', matrixText: '| Row | ✓ | — |\n'.repeat(5000) });
    expect(findInput(huge, 'matrixText')?.value).toBe('');
    expect(visibleText(huge)).toContain('too long to show again');
    expect(validateCard(huge)).toEqual([]);
  });
});

describe('the answer card', () => {
  it('sends the question and row id with each "did you mean" button, and shows at most three', () => {
    const card = buildAnswerCard({
      ...SAMPLE_ANSWER,
      alternatives: ['a', 'b', 'c', 'd'].map((id) => ({ rowId: id, functionName: `Row ${id}` })),
    });
    const actions = executeActions(card);
    expect(actions.map((a) => a.data)).toEqual(['a', 'b', 'c'].map((rowId) => ({ rowId, question: SAMPLE_ANSWER.question })));
  });

  it('shows both sides’ cells, an empty one as —', () => {
    const card = buildAnswerCard({ ...SAMPLE_ANSWER, internalCell: '', mspCell: 'Overflow only' });
    expect(JSON.stringify(card)).toContain(JSON.stringify({ title: INTERNAL, value: '—' }));
    expect(JSON.stringify(card)).toContain(JSON.stringify({ title: MSP, value: 'Overflow only' }));
  });

  it('leaves out "Right now" and "Why" when there is nothing to say', () => {
    const { rightNow: _omit, ...rest } = SAMPLE_ANSWER;
    const card = buildAnswerCard({ ...rest, owner: 'none', explanation: [], matchedWords: [], alternatives: [] });
    const text = visibleText(card);
    expect(text).not.toContain('Right now');
    expect(text).not.toContain('Why');
    expect(text).toContain('**Nobody** owns this row');
    expect(validateCard(card)).toEqual([]);
  });

  it('builds the same card twice from the same template (templates are not consumed)', () => {
    const first = buildAnswerCard(SAMPLE_ANSWER);
    buildAnswerCard({ ...SAMPLE_ANSWER, functionName: 'Something else', alternatives: [] });
    expect(buildAnswerCard(SAMPLE_ANSWER)).toEqual(first);
  });
});

describe('the gap card', () => {
  it('prefills the proposed function with the topic and carries the question in the action', () => {
    const card = buildGapCard({ question: 'who owns payroll?', topic: 'payroll', internalName: INTERNAL, mspName: MSP });
    expect(inputIds(card)).toEqual(['proposedOwner', 'proposedFunction', 'note']);
    expect(findInput(card, 'proposedFunction')?.value).toBe('payroll');
    expect((findInput(card, 'proposedOwner')?.choices as unknown[]).length).toBe(3);
    expect(executeActions(card)[0]?.data).toEqual({ question: 'who owns payroll?' });
  });
});

describe('the matrix card', () => {
  it('leaves out empty groups and says so when a filtered view is empty', () => {
    const card = buildMatrixCard({ ...MATRIX, rows: SAMPLE_ROWS.filter((r) => r.owner !== 'none'), view: 'all' });
    expect(visibleText(card)).not.toContain('Nobody (gaps)');
    const gaps = buildMatrixCard({ ...MATRIX, rows: SAMPLE_ROWS.filter((r) => r.owner !== 'none'), view: 'none' });
    expect(visibleText(gaps)).toContain('No rows in this group.');
    expect(validateCard(gaps)).toEqual([]);
  });

  it('shows only one group for ours / msp / joint', () => {
    const msp = visibleText(buildMatrixCard({ ...MATRIX, view: 'msp' }));
    expect(msp).toContain('Patch management for servers');
    expect(msp).not.toContain('User onboarding / offboarding');
    expect(msp).not.toContain('Patch management for workstations');
  });
});

describe('the handoff card', () => {
  const colourOf = (card: unknown, text: string) => allObjects(card).find((o) => o.type === 'TextBlock' && o.text === text)?.color;
  it('shows severity in red while the handoff is open, in the text colour once resolved', () => {
    expect(colourOf(buildHandoffCard(SAMPLE_HANDOFF), 'CRITICAL')).toBe('Attention');
    const resolved = buildHandoffCard({ ...SAMPLE_HANDOFF, status: 'resolved', statusLine: 'Resolved by Megan Bowen', buttons: ['reopen'] });
    expect(colourOf(resolved, 'CRITICAL')).toBe('Default');
  });

  it('puts its buttons in two rows, never four in one (they would not fit a 320 px card)', () => {
    const rows = allObjects(buildHandoffCard({ ...SAMPLE_HANDOFF, buttons: ['claim', 'resolve', 'dispute', 'escalate'] })).filter((o) => o.type === 'ActionSet');
    expect(rows.map((r) => (r.actions as Array<{ title: string }>).map((a) => a.title))).toEqual([
      ['Claim', 'Resolve'],
      ['Not ours', 'Escalate'],
    ]);
  });
});
