import { DateTime } from 'luxon';
import type { AdaptiveCardJson } from '../../../cards/adaptive-card-json.ts';
import { escapeMarkdown } from '../../../cards/markdown-text.ts';
import { buildReviewCard, type ReviewCardRow } from '../../../cards/review-card.ts';
import { buildStandupCard } from '../../../cards/standup-card.ts';
import { isManager, sideOfRole, sideProfile, type Engagement, type Side } from '../../domain/engagement/engagement.ts';
import type { Matrix } from '../../domain/matrix/matrix.ts';
import { isFlagged, outstanding, proposalId, unsignedSides, type DecisionRecord, type Review } from '../../domain/rituals/review.ts';
import type { RitualRun } from '../../domain/rituals/ritual-run.ts';
import { waitingFor, type Standup } from '../../domain/rituals/standup.ts';
import { standupPeriodText } from '../../domain/rituals/standup-week.ts';
import { dayText, instantTextForZones, readerZones } from '../../domain/ownership/local-time-text.ts';
import type { PerSide } from '../../domain/rituals/weekly-facts.ts';
import { MAX_MENTIONS, MAX_REMINDER_MENTIONS, messageMention, type MessageMention } from './mention-entities.ts';

/** The standup card: everyone's view (with `viewerId`, that person's earlier answer to edit). */
export function standupCardFor(standup: Standup, engagement: Engagement, now: Date, viewerId?: string): AdaptiveCardJson {
  const zone = engagement.internal.timeZone;
  const f = standup.facts;
  const per = (counts: PerSide) => `${engagement.internal.name} ${counts.internal} · ${engagement.msp.name} ${counts.msp}${counts.other ? ` · both/unowned ${counts.other}` : ''}`;
  const mine = viewerId ? standup.answers.find((a) => a.personId === viewerId) : undefined;
  const waiting = standup.status === 'open' ? waitingFor(standup, engagement, now) : standup.participants.filter((p) => !standup.answers.some((a) => a.personId === p.id));
  // Times in the viewer's side's zone on their own view; in both sides' zones on the copy everyone sees.
  const zones = readerZones(engagement, viewerId);
  const when = (iso: string) => instantTextForZones(iso, zones, now);
  return buildStandupCard({
    engagementId: engagement.id,
    occurrenceKey: standup.key,
    title: `Weekly standup, ${dayText(DateTime.fromISO(standup.startedAt, { zone }), now)}`,
    subtitle:
      standup.status === 'open'
        ? `${engagement.internal.name} and ${engagement.msp.name} · answers close ${when(standup.closesAt)}`
        : `${engagement.internal.name} and ${engagement.msp.name} · final summary`,
    period: standupPeriodText(engagement, f.from, f.to, now),
    facts: [
      { title: 'Opened', value: per(f.opened) },
      { title: 'Claimed', value: per(f.claimed) },
      { title: 'Resolved', value: per(f.resolved) },
      { title: 'Median time to claim', value: f.medianMinutesToClaim === null ? 'nothing claimed' : minutesText(f.medianMinutesToClaim) },
      { title: 'Escalations', value: String(f.escalations) },
      { title: 'Disputes (“not ours”)', value: String(f.disputes) },
      { title: 'Alerts nobody owns', value: String(f.unownedAlerts) },
      { title: '“Who owns” with no row', value: String(f.gapQuestions) },
      ...(f.corrected !== undefined ? [{ title: 'Answers corrected', value: String(f.corrected) }] : []),
      // Counted when the standup started, not re-counted each time the card is drawn.
      { title: 'Open when posted', value: per(f.openNow) },
    ],
    gapTopics: [...f.gapTopics],
    answers: standup.answers.map((a) => ({ name: a.name, done: a.done, next: a.next, blocked: a.blocked, ...(viewerId ? {} : { received: when(a.at) }) })),
    pending: waiting.map((p) => p.name),
    pendingPeople: waiting.map((p) => ({ id: p.id, name: p.name })),
    open: standup.status === 'open',
    // Each participant's client fetches their own view: their answer as sent (to edit) after others answer.
    refreshUserIds: standup.participants.map((p) => p.id),
    ...(viewerId ? { forViewer: true } : {}),
    ...(mine ? { draft: { done: mine.done, next: mine.next, blocked: mine.blocked }, draftReceived: when(mine.at) } : {}),
  });
}

function minutesText(minutes: number): string {
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  return hours < 48 ? `${hours.toFixed(1)} h` : `${(hours / 24).toFixed(1)} days`;
}

/** The review card: page `page` of the rows, the proposals and the sign-off; a notice on top when given. */
export function reviewCardFor(review: Review, engagement: Engagement, options: { page?: number; notice?: string; matrix?: Matrix } = {}): AdaptiveCardJson {
  const zone = engagement.internal.timeZone;
  const ev = review.evidence;
  const rowsOf = new Map((options.matrix?.rows ?? []).map((r) => [r.id, r]));
  const decisionText = (d: DecisionRecord | undefined): string | undefined => {
    if (!d) return undefined;
    const by = `${d.by.name}, ${DateTime.fromISO(d.at, { zone }).setLocale('en-GB').toFormat('d LLL HH:mm')}`;
    if (d.decision.kind === 'confirm') return `✔ Confirmed by ${by}`;
    if (d.decision.kind === 'retire') return `✔ To retire (${by})`;
    return `✔ To change (${by}): ${engagement.internal.name} ${d.decision.internal || '—'}, ${engagement.msp.name} ${d.decision.msp || '—'}`;
  };
  const rows: ReviewCardRow[] = ev.rows
    // Stable order (a decided row stays where it was, showing its decision): what the records show first, then other findings, then the rest.
    .map((r, index) => ({ r, index, order: !isFlagged(r) ? 2 : r.driftClaims + r.disputes + r.escalations > 0 ? 0 : 1 }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ r }) => {
      const row = rowsOf.get(r.rowId);
      const decision = decisionText(review.decisions[r.rowId]);
      return {
        rowId: r.rowId,
        functionName: r.function,
        internalCell: row?.internal.raw ?? '',
        mspCell: row?.msp.raw ?? '',
        internalContact: row?.internalContact ?? '',
        mspContact: row?.mspContact ?? '',
        findings: [...r.flags],
        ...(decision ? { decision } : {}),
      };
    });
  const left = outstanding(review);
  const flagged = ev.rows.filter(isFlagged).length;
  const signText = (side: Side) => {
    const s = review.signOffs[side];
    if (s) return `✔ Signed by ${s.by.name}, ${DateTime.fromISO(s.at, { zone }).setLocale('en-GB').toFormat('d LLL HH:mm')}`;
    const waitingFor = `Waiting for a ${sideProfile(engagement, side).name} manager`;
    return hasManager(engagement, side) ? waitingFor : `${waitingFor}: nobody on the roster is one yet (${managerRoleHint(side)})`;
  };
  const [fromDay, toDay] = [ev.from, ev.to].map((iso) => DateTime.fromISO(iso, { zone }).setLocale('en-GB').toFormat('d LLL yyyy'));
  const period = fromDay === toDay ? `today (${fromDay})` : `${fromDay} – ${toDay}`;
  const ownerWord = (o: string | undefined) => (o === 'internal' ? engagement.internal.name : o === 'msp' ? engagement.msp.name : o === 'joint' ? 'Joint' : '');
  return buildReviewCard({
    engagementId: engagement.id,
    reviewKey: review.key,
    title: review.status === 'published' ? `Quarterly matrix review — published v${review.publishedVersion}` : 'Quarterly matrix review',
    subtitle: `${engagement.internal.name} and ${engagement.msp.name} · matrix v${review.baseVersion} · evidence from ${period}`,
    internalName: engagement.internal.name,
    mspName: engagement.msp.name,
    status: review.status,
    headline: [
      { title: 'Rows', value: `${ev.rows.length} (${flagged} with findings, ${Object.keys(review.decisions).length} decided)` },
      { title: 'Joint rows', value: `${ev.jointRows}${ev.tooManyJoint ? ' — more than 3' : ''}` },
      ...(ev.noContactRows !== undefined ? [{ title: 'No named contact', value: `${ev.noContactRows} row${ev.noContactRows === 1 ? '' : 's'}` }] : []),
      { title: 'Alerts nobody owned', value: String(ev.unownedAlerts) },
      { title: '“Who owns” with no row', value: String(ev.gapQuestions) },
      { title: 'Proposed rows', value: String(ev.proposed.length) },
      ...(review.status === 'open' ? [{ title: 'Due', value: DateTime.fromISO(review.dueAt, { zone }).setLocale('en-GB').toFormat('ccc d LLL') }] : []),
    ],
    // What to do about the matrix, while there is still a review to do it in.
    warnings:
      review.status !== 'open'
        ? []
        : [
            ...(ev.tooManyJoint ? [`${ev.jointRows} rows are Joint: work that everyone owns is owned by no one. Give each a lead side where you can.`] : []),
            ...(ev.contactsNamed === false && ev.rows.length > 0
              ? [
                  'No row names a contact: when something breaks, nobody knows whom to call. Add contacts with Change, or import the matrix with Internal contact, MSP contact and Escalation contact columns.',
                ]
              : []),
          ],
    rows,
    page: options.page ?? 0,
    proposals: ev.proposed.map((p, i) => {
      const d = review.proposalDecisions[proposalId(i)];
      return {
        id: proposalId(i),
        functionName: p.function,
        evidence: `${p.source === 'question' ? `Asked ${p.count}×, no row covers it` : p.source === 'alert' ? `${p.count} alert${p.count === 1 ? '' : 's'} nobody owned` : `Proposed ${p.count}×`}${p.examples[0] ? ` — e.g. “${p.examples[0]}”` : ''}`,
        ...(p.suggestedOwner ? { suggestedOwner: p.suggestedOwner } : {}),
        ...(d ? { decision: d.accept ? `✔ To add, owned by ${ownerWord(d.owner)} (${d.by.name})` : `✖ Rejected by ${d.by.name}` } : {}),
      };
    }),
    signOffs: { internal: signText('internal'), msp: signText('msp') },
    ...(left.rows.length + left.proposals.length > 0
      ? {
          outstanding: `Before signing, decide ${[left.rows.length ? `${left.rows.length} row${left.rows.length === 1 ? '' : 's'} with findings` : '', left.proposals.length ? `${left.proposals.length} proposed row${left.proposals.length === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ')}. Rows without findings stay as they are unless you change them.`,
        }
      : {}),
    ...(options.notice ? { notice: options.notice } : {}),
    ...(review.learned && review.learned.length > 0
      ? {
          learned: {
            rows: review.learned.map((r) => ({ rowId: r.rowId, functionName: r.function, phrasings: r.phrasings.map((p) => p.text) })),
            kept: review.learned.map((r) => r.rowId).filter((id) => !(review.learnedDropped ?? []).includes(id)),
          },
        }
      : {}),
    ...(review.status === 'published'
      ? {
          result: {
            title: `v${review.publishedVersion} published, approved by ${review.signOffs.internal?.by.name} (${engagement.internal.name}) and ${review.signOffs.msp?.by.name} (${engagement.msp.name})`,
            lines: [...(review.publishedChanges ?? [])],
          },
        }
      : review.status === 'publishing'
        ? { result: { title: 'Both sides signed: publishing the new version…', lines: [] } }
        : {}),
  });
}

/** The card a run shows in the channel. */
export function ritualCardFor(run: RitualRun, engagement: Engagement, now: Date, matrix?: Matrix): AdaptiveCardJson {
  return run.kind === 'standup' ? standupCardFor(run, engagement, now) : reviewCardFor(run, engagement, matrix ? { matrix } : {});
}

/**
 * A note threaded under a ritual's card: the reminder, the final summary, the overdue escalation.
 * A plain message, rendered as Markdown: names, side names and answers are escaped; the only markup is
 * the mention tags and Baton's own role command, in bold.
 */
export function ritualNote(run: RitualRun, engagement: Engagement, kind: string): { text: string; mentions: MessageMention[] } {
  const md = escapeMarkdown;
  const sideName = (side: Side) => md(sideProfile(engagement, side).name);
  if (run.kind === 'standup') {
    if (kind === 'final') {
      const blocked = run.answers.filter((a) => a.blocked.trim() !== '');
      const missing = run.participants.filter((p) => !run.answers.some((a) => a.personId === p.id));
      return {
        text: `Standup summary is final: ${run.answers.length} of ${run.participants.length} answered${blocked.length ? `; blocked: ${blocked.map((a) => `${md(a.name)} (${md(a.blocked)})`).join('; ')}` : '; nobody is blocked'}${missing.length ? `. No answer from ${missing.map((p) => md(p.name)).join(', ')}` : ''}.`,
        mentions: [],
      };
    }
    const people = run.reminded
      .map((id) => run.participants.find((p) => p.id === id))
      .filter((p): p is { id: string; name: string } => p !== undefined)
      .slice(0, MAX_REMINDER_MENTIONS)
      .map(messageMention);
    return { text: `Reminder: ${people.map((m) => m.text).join(', ')} — the weekly standup is waiting for your answer (done, next, blocked) on the card above.`, mentions: people };
  }
  const managers = (sides: readonly Side[]) =>
    engagement.people
      .filter((p) => isManager(p.role) && sides.includes(sideOfRole(p.role)))
      .slice(0, MAX_MENTIONS)
      .map(messageMention);
  const waiting = unsignedSides(run);
  if (kind === 'overdue') {
    const people = managers(['internal', 'msp']);
    const left = outstanding(run);
    return {
      text: `Overdue: the quarterly matrix review started ${dayText(DateTime.fromISO(run.startedAt, { zone: engagement.internal.timeZone }))} is past its due date and is not signed by ${waiting.map(sideName).join(' and ')}${left.rows.length + left.proposals.length ? ` (${left.rows.length + left.proposals.length} decisions still open)` : ''}. ${people.map((m) => m.text).join(', ') || 'Managers'}: please finish it.`,
      mentions: people,
    };
  }
  const people = managers(waiting);
  const unstaffed = waiting.filter((side) => !hasManager(engagement, side));
  const who = people.length > 0 ? people.map((m) => m.text).join(', ') : waiting.map(sideName).join(' and ');
  const missing = unstaffed.map((side) => ` ${sideName(side)} has no manager on the roster yet (${managerRoleHint(side)}).`).join('');
  return { text: `Reminder: the quarterly matrix review is waiting for ${who} to decide and sign off on the card above.${missing}`, mentions: people };
}

function hasManager(engagement: Engagement, side: Side): boolean {
  return engagement.people.some((p) => isManager(p.role) && sideOfRole(p.role) === side);
}

/** How a manager gives someone the role that signs for `side`. */
function managerRoleHint(side: Side): string {
  return `a manager gives the role with **role @name ${side === 'internal' ? 'internal-manager' : 'msp-manager'}**`;
}
