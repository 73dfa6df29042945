import type { AnswerCardModel } from '../../cards/answer-card.ts';
import type { MatrixCardRow } from '../../cards/matrix-card.ts';
import type { SetupCardModel } from '../../cards/setup-card.ts';
import type { HandoffCardModel } from '../../cards/handoff-card.ts';
import type { ReviewCardModel } from '../../cards/review-card.ts';

export const INTERNAL = 'Contoso IT';
export const MSP = 'Fabrikam MSP';

/** The default template's shape: a 75-person business with one internal IT person. */
export const SAMPLE_ROWS: MatrixCardRow[] = [
  { functionName: 'Tier 1 helpdesk (passwords, printers, basic Windows)', internalCell: '✓', mspCell: 'Overflow only', owner: 'internal' },
  { functionName: 'User onboarding / offboarding', internalCell: '✓', mspCell: '—', owner: 'internal' },
  { functionName: 'On-site visits / hands-on hardware', internalCell: '✓', mspCell: 'When internal unavailable', owner: 'internal' },
  { functionName: 'Line-of-business applications', internalCell: '✓', mspCell: 'Advanced changes only', owner: 'internal' },
  { functionName: 'Patch management for servers', internalCell: '—', mspCell: '✓', owner: 'msp' },
  { functionName: 'Backups and disaster recovery', internalCell: '—', mspCell: '✓', owner: 'msp' },
  { functionName: 'Firewall and network security', internalCell: '—', mspCell: '✓', owner: 'msp' },
  { functionName: 'EDR / antivirus monitoring', internalCell: '—', mspCell: '✓', owner: 'msp' },
  { functionName: 'After-hours incidents', internalCell: '—', mspCell: 'After hours', owner: 'msp' },
  { functionName: 'Microsoft 365 administration', internalCell: 'Joint', mspCell: 'Joint', owner: 'joint' },
  { functionName: 'Patch management for workstations', internalCell: 'Joint', mspCell: 'Joint', owner: 'joint' },
  { functionName: 'Vendor management', internalCell: 'Joint', mspCell: 'Joint', owner: 'joint' },
  { functionName: 'Major projects (migrations, deployments)', internalCell: 'Joint', mspCell: 'Joint', owner: 'joint' },
  { functionName: 'Security awareness training', internalCell: '', mspCell: '', owner: 'none' },
];

export const SAMPLE_SETUP: SetupCardModel = {
  internalName: INTERNAL,
  mspName: MSP,
  timeZone: 'America/New_York',
  hoursStart: '08:00',
  hoursEnd: '17:00',
  days: [1, 2, 3, 4, 5],
  holidayRegion: 'US-FL',
  template: 'default',
  yourSide: 'internal',
};

export const SAMPLE_ANSWER: AnswerCardModel = {
  question: 'who owns server patching?',
  functionName: 'Patch management for servers',
  matrixVersion: 3,
  owner: 'msp',
  internalName: INTERNAL,
  mspName: MSP,
  internalCell: '—',
  mspCell: '✓',
  rightNow: {
    onPoint: 'Fabrikam MSP is on point: it owns server patching and is in business hours.',
    contactNow: ['Fabrikam service desk (+1 555 0100)'],
    escalateTo: ['Dana Ortiz (Fabrikam MSP manager)'],
  },
  explanation: ['The matrix gives server patching to Fabrikam MSP (✓); Contoso IT has no part (—).', 'It is 10:00 on a Monday in New York: business hours.'],
  matchedWords: ['patch', 'server'],
  confidence: 0.92,
  alternatives: [
    { rowId: 'patch-management-for-workstations', functionName: 'Patch management for workstations', hint: 'Joint' },
    { rowId: 'backups-and-disaster-recovery', functionName: 'Backups and disaster recovery' },
  ],
};

/** A synthetic matrix of n rows, owners in rotation, with realistic function names. */
export function syntheticRows(n: number): MatrixCardRow[] {
  const owners = ['internal', 'msp', 'joint', 'none'] as const;
  return Array.from({ length: n }, (_, i) => {
    const owner = owners[i % owners.length]!;
    return {
      functionName: `Function ${i + 1}: patch management and monitoring for site ${Math.floor(i / 10) + 1}`,
      internalCell: owner === 'internal' ? '✓' : owner === 'joint' ? 'Joint' : owner === 'msp' ? 'Overflow only' : '',
      mspCell: owner === 'msp' ? '✓' : owner === 'joint' ? 'Joint' : '—',
      owner,
    };
  });
}

export const SAMPLE_HANDOFF: HandoffCardModel = {
  engagementId: 'e-3fk9q2m7xw1c',
  handoffId: 'h-7k3m9q2x',
  severity: 'critical',
  status: 'open',
  statusLine: 'Open since Mon 09:02 EST · nobody has claimed it',
  summary: 'Backup job Nightly-FS failed on FS01 (3rd time this week)',
  row: { functionName: 'Backup management and testing', matrixVersion: 3, ownerLine: `owned by ${MSP}` },
  onPoint: { sideLine: MSP, people: [{ id: '29:megan', name: 'Megan Bowen' }] },
  facts: [
    { title: 'Source', value: 'veeam-01 (backup)' },
    { title: 'Seen', value: '3× · last Mon 09:14' },
    { title: 'Last time', value: 'claimed by Megan Bowen' },
    { title: 'Handoff', value: 'h-7k3m9q2x' },
  ],
  details: 'Job Nightly-FS: *disk full* on repository REPO-2',
  links: [{ href: 'https://veeam.example.com/jobs/42', text: 'Job report' }],
  timeline: ['09:02 Received from veeam-01', '09:14 Seen again ×2'],
  buttons: ['claim', 'resolve', 'dispute', 'escalate'],
  disputeTo: INTERNAL,
  refreshUserIds: ['29:megan', '29:adele', '29:alex'],
};

/** A review half-way: findings on the first rows, one decided, a proposal, one side still to sign. */
export const SAMPLE_REVIEW: ReviewCardModel = {
  engagementId: 'e-3fk9q2m7xw1c',
  reviewKey: 'review/2027-01',
  title: 'Quarterly matrix review',
  subtitle: `${INTERNAL} and ${MSP} · matrix v4 · evidence from 1 Oct 2026 – 4 Jan 2027`,
  internalName: INTERNAL,
  mspName: MSP,
  status: 'open',
  headline: [
    { title: 'Rows', value: '14 (9 with findings, 1 decided)' },
    { title: 'Joint rows', value: '4 — more than 3' },
  ],
  warnings: ['4 rows are Joint: work that everyone owns is owned by no one.'],
  rows: SAMPLE_ROWS.map((r, i) => ({
    rowId: `row-${i}`,
    functionName: r.functionName,
    internalCell: r.internalCell,
    mspCell: r.mspCell,
    internalContact: '',
    mspContact: i === 4 ? 'Fabrikam NOC' : '',
    findings: i === 0 ? [`${MSP}-owned, ${INTERNAL} claimed 7 of 19`, '2 disputes (“not ours”)'] : i < 9 ? ['no named contact'] : [],
    ...(i === 1 ? { decision: '✔ Confirmed by Dana Ortiz, 5 Jan 10:02' } : {}),
  })).map((r, i) => (i === 0 ? { ...r, functionName: 'Patch management for servers' } : r)),
  page: 0,
  proposals: [{ id: 'p0', functionName: 'Printer fleet', evidence: 'Asked 3×, no row covers it — e.g. “who fixes the printers?”', suggestedOwner: 'internal' }],
  signOffs: { internal: '✔ Signed by Alex Wilber, 5 Jan 10:05', msp: `Waiting for a ${MSP} manager` },
  outstanding: 'Before signing, decide 8 rows with findings and 1 proposed row.',
};
