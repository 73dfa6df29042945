import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TurnContext } from 'botbuilder';
import type { Services } from '../../bot/app/services.ts';
import { ritualsCommand } from '../../bot/cli/rituals-command.ts';
import type { GapProposal } from '../../bot/domain/audit/gap-proposal.ts';
import { startReview } from '../../bot/domain/rituals/review.ts';
import { startStandup } from '../../bot/domain/rituals/standup.ts';
import { weeklyFacts } from '../../bot/domain/rituals/weekly-facts.ts';
import type { BotDeps } from '../../bot/teams/bot-deps.ts';
import { handleReviewStatus } from '../../bot/teams/handlers/ritual-command-handler.ts';
import { saveSchedule } from '../../bot/teams/handlers/schedule-handler.ts';
import { gapRecordedCard } from '../../bot/teams/replies/gap-reply.ts';
import { standupCardFor } from '../../bot/teams/replies/ritual-reply.ts';
import { cardText } from '../teams/card-text.ts';
import { engagement as fixture, LONDON, NEW_YORK, SAM } from '../ownership/engagement-fixture.ts';

/**
 * Every time a person reads is in words, in their side's zone (both sides' when the text is for
 * both): never an ISO timestamp such as 2026-12-07T14:30:00.000Z.
 */

const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Card text as read: Baton escapes Markdown ("New\_York"). */
const read = (card: Record<string, any>) => cardText(card).replace(/\\/g, '');
/** Contoso IT in New York with Fabrikam MSP in London. */
const ENGAGEMENT = fixture({ id: 'e-aaaaaaaaaaaa', msp: LONDON });
/** Wednesday 2 Dec 2026, 12:00 in New York. */
const NOW = new Date('2026-12-02T17:00:00Z');

function review() {
  // Started Mon 30 Nov 10:00 New York; due ten days later, Thu 10 Dec 10:00.
  const evidence = {
    from: '2026-09-01T04:00:00.000Z',
    to: '2026-11-30T15:00:00.001Z',
    rows: [],
    jointRows: 0,
    tooManyJoint: false,
    proposed: [],
    unownedAlerts: 0,
    gapQuestions: 0,
  };
  return startReview({ engagement: ENGAGEMENT, key: 'review/now/2026-11-30T15:00', baseVersion: 1, evidence, now: new Date('2026-11-30T15:00:00Z'), via: 'command' });
}

describe('`rituals status` in the admin’s shell', () => {
  afterEach(() => vi.restoreAllMocks());

  async function statusText(): Promise<string> {
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const services = {
      engagements: { getFresh: async () => ENGAGEMENT },
      clock: () => NOW,
      ritualSchedules: { schedule: async () => undefined },
      rituals: { latest: async (_id: string, kind: string) => (kind === 'review' ? { run: review(), etag: '1' } : undefined) },
    } as unknown as Services;
    await ritualsCommand(['status', ENGAGEMENT.id], async () => services);
    return lines.join('');
  }

  it('says the next standup, the next review and the due date in words, in both sides’ zones', async () => {
    const text = await statusText();
    // The run's key names it (and is what the admin types); every time shown is in words.
    expect(text.replaceAll('review/now/2026-11-30T15:00', 'KEY')).not.toMatch(ISO);
    expect(text).toContain('latest review review/now/2026-11-30T15:00, started Mon 30 Nov, 10:00 (America/New_York) · 15:00 (Europe/London)');
    expect(text).toContain('next standup: Mon 7 Dec, 09:30 (America/New_York) · 14:30 (Europe/London)');
    // New Year's Day is a holiday: the first business day of January 2027 is Monday the 4th.
    expect(text).toContain('next review:  Mon 4 Jan 2027, 10:00 (America/New_York) · 15:00 (Europe/London)');
    expect(text).toContain('due Thu 10 Dec, 10:00 (America/New_York) · 15:00 (Europe/London)');
  });
});

describe('the `review status` reply', () => {
  it('says since when the review is open and when it is due, in words, in both sides’ zones', async () => {
    const sent: any[] = [];
    const context = { sendActivity: async (activity: unknown) => void sent.push(activity) } as unknown as TurnContext;
    const deps = {
      services: { rituals: { latest: async () => ({ run: review(), etag: '1' }) }, matrices: { get: async () => undefined }, clock: () => NOW },
    } as unknown as BotDeps;
    await handleReviewStatus(context, deps, ENGAGEMENT);
    const text = read(sent[0].attachments[0].content);
    expect(text).toContain('Open since Mon 30 Nov, 10:00 (America/New_York) · 15:00 (Europe/London)');
    expect(text).toContain('due Thu 10 Dec, 10:00 (America/New_York) · 15:00 (Europe/London)');
  });
});

describe('the schedule card', () => {
  it('gives the next occurrences in words, in the internal side’s zone and the MSP’s', async () => {
    const deps = { services: { ritualSchedules: { schedule: async () => undefined }, clock: () => NOW }, logger: { info: () => undefined } } as unknown as BotDeps;
    // An engineer's save is refused: the card comes back as it was.
    const result = await saveSchedule({ verb: 'schedule.save', data: {}, actor: { id: SAM.id, name: SAM.name }, engagement: ENGAGEMENT }, deps);
    if (!('card' in result)) throw new Error(result.message);
    const text = read(result.card);
    expect(text).not.toMatch(ISO);
    expect(text).toContain('Mon 7 Dec, 09:30 (America/New_York) · 14:30 (Europe/London)');
    expect(text).toContain('Mon 4 Jan 2027, 10:00 (America/New_York) · 15:00 (Europe/London)');
  });
});

describe('a gap proposal', () => {
  const proposal = (proposerId: string, proposerName: string): GapProposal => ({
    engagementId: ENGAGEMENT.id,
    id: 'g-1',
    at: '2026-12-01T23:52:13.229Z',
    question: 'who owns the coffee machine?',
    proposedFunction: 'Coffee machine',
    proposedOwner: 'internal',
    proposerId,
    proposerName,
    status: 'open',
  });

  it('says when it was proposed in words, in the proposer’s side’s zone', () => {
    const text = read(gapRecordedCard(ENGAGEMENT, proposal(SAM.id, SAM.name), NOW));
    expect(text).not.toMatch(ISO);
    expect(text).toContain('Sam Lee, Tue 1 Dec, 23:52 (Europe/London)');
  });

  it('from someone not on the roster, in both sides’ zones', () => {
    const text = read(gapRecordedCard(ENGAGEMENT, proposal('29:alex', 'Alex Wilber'), NOW));
    expect(text).toContain('Alex Wilber, Tue 1 Dec, 18:52 (America/New_York) · 23:52 (Europe/London)');
  });
});

describe('the standup card', () => {
  const standup = () =>
    startStandup({
      engagement: ENGAGEMENT,
      key: 'standup/2026-11-30',
      facts: weeklyFacts({ engagement: ENGAGEMENT, handoffs: [], questions: [], from: new Date('2026-11-23T05:00:00Z'), to: new Date('2026-11-30T05:00:00Z') }),
      now: new Date('2026-11-30T14:30:00Z'),
      via: 'schedule',
    });

  it('says when answers close with the day, in both zones on the shared card and in the reader’s own on theirs', () => {
    const now = new Date('2026-11-30T15:00:00Z');
    expect(read(standupCardFor(standup(), ENGAGEMENT, now))).toContain('answers close Mon 30 Nov, 17:00 (America/New_York) · 22:00 (Europe/London)');
    expect(read(standupCardFor(standup(), ENGAGEMENT, now, SAM.id))).toContain('answers close Mon 30 Nov, 22:00 (Europe/London)');
  });

  it('with both sides in one zone, says it once', () => {
    const same = fixture({ id: 'e-aaaaaaaaaaaa', msp: { ...NEW_YORK, name: 'Fabrikam MSP' } });
    const s = { ...standup(), engagementId: same.id };
    expect(read(standupCardFor(s, same, new Date('2026-11-30T15:00:00Z')))).toContain('answers close Mon 30 Nov, 17:00 (America/New_York)');
    expect(read(standupCardFor(s, same, new Date('2026-11-30T15:00:00Z')))).not.toContain('Europe/London');
  });
});
