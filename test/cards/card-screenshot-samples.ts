/**
 * The cards the screenshot test renders (test/browser/card-screenshots.test.ts): each built by Baton's
 * own builder from a realistic model, so the test shows whatever the builders produce today. Built
 * lazily: a builder that throws fails its own card's tests only.
 *
 * Models reuse card-samples.ts where it has one. Optional fields that the builders gained recently
 * (where a setup applies, say) are set through plain objects, so the file keeps compiling if one moves.
 */
import {
  buildAnswerCard,
  buildDidYouMeanCard,
  buildGapCard,
  buildHandoffCard,
  buildSetupCard,
  buildSetupDoneCard,
  buildStandupCard,
  buildWelcomeCard,
  type AdaptiveCardJson,
  type HandoffCardModel,
  type SetupDoneCardModel,
  type StandupCardModel,
  type WelcomeCardModel,
} from '../../cards/index.ts';
import { buildReviewCard } from '../../cards/review-card.ts';
import { noticeCard } from '../../bot/teams/replies/notice-reply.ts';
import { INTERNAL, MSP, SAMPLE_ANSWER, SAMPLE_HANDOFF, SAMPLE_REVIEW, SAMPLE_ROWS, SAMPLE_SETUP } from './card-samples.ts';

export interface ScreenshotCard {
  /** File-name friendly: `test-results/cards/<name>-<theme>-<width>.png`. */
  readonly name: string;
  readonly build: () => AdaptiveCardJson;
}

const APPLIES_TO = `Applies to this team: the channel and its members' chats with Baton`;

const welcomeNew = { setUp: false, inChannel: true, appliesTo: APPLIES_TO };
const welcomeSetUp = { setUp: true, inChannel: true, internalName: INTERNAL, mspName: MSP, appliesTo: APPLIES_TO };

const setupDone = {
  internalName: INTERNAL,
  mspName: MSP,
  timeZone: 'America/New_York',
  hoursStart: '08:00',
  hoursEnd: '17:00',
  days: [1, 2, 3, 4, 5],
  holidayRegion: 'US-FL',
  mspTimeZone: 'Europe/London',
  mspHoursStart: '07:00',
  mspHoursEnd: '19:00',
  mspDays: [1, 2, 3, 4, 5, 6],
  mspHolidayRegion: 'GB-ENG',
  engagementId: 'e-3fk9q2m7xw1c',
  appliesTo: APPLIES_TO,
  matrixVersion: 1,
  rowCount: SAMPLE_ROWS.length,
  matrixSource: 'default' as const,
  managerName: 'Alex Wilber',
  managerSide: 'internal' as const,
  tryQuestion: 'who owns server patching?',
};

const handoffClaimed: HandoffCardModel = {
  ...SAMPLE_HANDOFF,
  status: 'claimed',
  statusLine: 'Claimed by Megan Bowen · since 09:20',
  timeline: [...SAMPLE_HANDOFF.timeline, '09:20 Claimed by Megan Bowen'],
  buttons: ['release', 'resolve', 'escalate'],
};

const handoffResolved: HandoffCardModel = {
  ...SAMPLE_HANDOFF,
  status: 'resolved',
  statusLine: 'Resolved by Megan Bowen at 10:02',
  onPoint: undefined,
  timeline: [...SAMPLE_HANDOFF.timeline, '09:20 Claimed by Megan Bowen', '10:02 Resolved by Megan Bowen: freed 400 GB on REPO-2, job re-run OK'],
  buttons: ['reopen'],
  refreshUserIds: [],
};

const standupOpen: StandupCardModel = {
  engagementId: 'e-3fk9q2m7xw1c',
  occurrenceKey: 'standup/2026-11-23',
  title: 'Weekly standup — week of 16 Nov',
  subtitle: `${INTERNAL} and ${MSP} · answers close at 17:00`,
  facts: [
    { title: 'Opened', value: `${INTERNAL} 1 · ${MSP} 2 · both/unowned 1` },
    { title: 'Resolved', value: '3 (median 2 h 10 min)' },
    { title: 'Still open', value: '1: Backup job Nightly-FS failed on FS01' },
  ],
  gapTopics: ['the coffee machine', 'payroll'],
  answers: [
    {
      name: 'Megan Bowen',
      done: 'Patched FS01 and FS02; replaced the backup disk',
      next: 'Firewall firmware on Thursday night',
      blocked: 'Waiting for a change window from Contoso IT',
    },
  ],
  pending: ['Adele Vance', 'Alex Wilber'],
  pendingPeople: [
    { id: '29:adele', name: 'Adele Vance' },
    { id: '29:alex', name: 'Alex Wilber' },
  ],
  open: true,
  draft: { done: 'Patched FS01 and FS02; replaced the backup disk', next: 'Firewall firmware on Thursday night', blocked: 'Waiting for a change window from Contoso IT' },
  refreshUserIds: ['29:megan', '29:adele', '29:alex'],
};

export const SCREENSHOT_CARDS: readonly ScreenshotCard[] = [
  { name: 'welcome', build: () => buildWelcomeCard(welcomeNew as WelcomeCardModel) },
  { name: 'welcome-set-up', build: () => buildWelcomeCard(welcomeSetUp as WelcomeCardModel) },
  { name: 'setup', build: () => buildSetupCard({ ...SAMPLE_SETUP, ...{ appliesTo: APPLIES_TO } }) },
  { name: 'setup-done', build: () => buildSetupDoneCard(setupDone as SetupDoneCardModel) },
  { name: 'answer', build: () => buildAnswerCard({ ...SAMPLE_ANSWER, correction: { was: 'answer', wasRowId: 'patch-management-for-servers', matrixVersion: 3 } }) },
  {
    name: 'did-you-mean',
    build: () =>
      buildDidYouMeanCard({
        question: 'who resets passwords and fixes printers?',
        topic: 'passwords and printers',
        choices: [
          { rowId: 'tier-1-helpdesk', functionName: SAMPLE_ROWS[0]!.functionName, hint: INTERNAL },
          { rowId: 'on-site-visits', functionName: SAMPLE_ROWS[2]!.functionName, hint: INTERNAL },
          { rowId: 'microsoft-365-administration', functionName: 'Microsoft 365 administration', hint: 'Joint' },
        ],
      }),
  },
  { name: 'gap', build: () => buildGapCard({ question: 'who owns the coffee machine?', topic: 'the coffee machine', internalName: INTERNAL, mspName: MSP, matrixVersion: 3 }) },
  { name: 'handoff-open', build: () => buildHandoffCard(SAMPLE_HANDOFF) },
  { name: 'handoff-claimed', build: () => buildHandoffCard(handoffClaimed) },
  { name: 'handoff-resolved', build: () => buildHandoffCard(handoffResolved) },
  { name: 'standup', build: () => buildStandupCard(standupOpen) },
  { name: 'review', build: () => buildReviewCard(SAMPLE_REVIEW) },
  // Notices as Baton sends them (noticeCard: its `commands` in backticks become bold).
  {
    name: 'notice-default',
    build: () => noticeCard({ title: 'You were not marked away', text: 'Nothing to change. Use `away until <date>` before you leave.', style: 'default' }),
  },
  {
    name: 'notice-good',
    build: () =>
      noticeCard({
        title: 'Megan Bowen is away until Fri 27 Nov, 17:00',
        text: `While you are away, questions and alerts that need ${MSP} show who covers for you. Say \`back\` when you return early.`,
        style: 'good',
      }),
  },
  {
    name: 'notice-warning',
    build: () => noticeCard({ title: 'Who, and which role?', text: 'Say `role @name msp-manager` (or internal-manager, internal-tech, msp-tech).', style: 'warning' }),
  },
  { name: 'notice-attention', build: () => noticeCard({ title: 'Not allowed', text: 'Only a manager of either side can assign roles.', style: 'attention' }) },
];
