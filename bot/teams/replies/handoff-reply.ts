import { buildHandoffCard, escapeMarkdown, type AdaptiveCardJson, type HandoffButton, type HandoffMention } from '../../../cards/index.ts';
import { isManager, sideOfRole, sideProfile, type Engagement, type Person, type Side } from '../../domain/engagement/engagement.ts';
import { isAway } from '../../domain/engagement/people.ts';
import type { Handoff } from '../../domain/handoff/handoff.ts';
import { allowedActions } from '../../domain/handoff/handoff-permissions.ts';
import { handoffAge, timelineLines } from '../../domain/handoff/handoff-timeline.ts';
import { DateTime } from 'luxon';
import { ownerLine } from '../../domain/ownership/owner-line.ts';
import { MAX_MENTIONS, messageMention, type MessageMention } from './mention-entities.ts';

/** The sides a handoff is waiting on: its assigned side, or both when Joint or unowned. */
export function sidesOnPoint(handoff: Handoff): Side[] {
  if (handoff.assignedSide) return [handoff.assignedSide];
  return handoff.routing.onPoint.length > 0 ? [...handoff.routing.onPoint] : ['internal', 'msp'];
}

/**
 * Hands-on people of those sides who are not away (managers only when a side has nobody else),
 * shared fairly between the sides when both are asked.
 */
export function peopleOnPoint(engagement: Engagement, sides: readonly Side[], now: Date): Person[] {
  const perSide = Math.ceil(MAX_MENTIONS / Math.max(1, sides.length));
  const out: Person[] = [];
  for (const side of sides) {
    const present = engagement.people.filter((p) => sideOfRole(p.role) === side && !isAway(p, now));
    const handsOn = present.filter((p) => !isManager(p.role));
    out.push(...(handsOn.length > 0 ? handsOn : present).slice(0, perSide));
  }
  return out;
}

function sideNames(engagement: Engagement, sides: readonly Side[]): string {
  return sides.map((s) => sideProfile(engagement, s).name).join(' and ');
}

/** The row's owner as the matrix and the answer card say it; handoffs routed before `primary` was kept fall back to their parts. */
function handoffOwnerLine(handoff: Handoff, engagement: Engagement): string {
  const { primary, cells, owners } = handoff.routing;
  const names = { internal: engagement.internal.name, msp: engagement.msp.name };
  if (primary !== undefined && cells) return ownerLine(primary, cells, names);
  return owners.length === 0 ? 'nobody owns this row' : owners.length === 2 ? `Joint (${sideNames(engagement, owners)})` : `owned by ${sideNames(engagement, owners)}`;
}

function localClock(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat('ccc HH:mm');
}

/** "Mon 10:05 EST": a moment on a card, in the reader's side's zone, named so nobody has to guess it. */
function cardMoment(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone }).toFormat('ccc HH:mm ZZZZ');
}

/**
 * The state in one line that stays true while the card is not re-rendered: a moment, never an age
 * ("unclaimed for 0 min" read ten minutes later is false).
 */
function statusLine(handoff: Handoff, zone: string): string {
  if (handoff.status === 'resolved') {
    const by = handoff.events.findLast((e) => e.kind === 'resolved');
    const at = by ? ` at ${cardMoment(by.at, zone)}` : '';
    return by?.actor ? `Resolved by ${by.actor.name}${at}` : `Resolved${at}`;
  }
  if (handoff.status === 'claimed') {
    const claim = handoff.events.findLast((e) => e.kind === 'claimed');
    return `Claimed by ${handoff.claimedBy?.name ?? 'someone'}${claim ? ` at ${cardMoment(claim.at, zone)}` : ''}`;
  }
  const escalated = handoff.escalationCount > 0 ? ` · escalated ${handoff.escalationCount}×` : '';
  return `Open since ${cardMoment(handoff.openedAt, zone)} · nobody has claimed it${escalated}`;
}

/** Buttons on the card everyone sees: what the state allows a roster member; each click is checked again. */
function buttonsForState(handoff: Handoff): HandoffButton[] {
  if (handoff.status === 'resolved') return ['reopen'];
  if (handoff.status === 'claimed') return ['release', 'resolve', 'escalate'];
  return handoff.assignedSide ? ['claim', 'resolve', 'dispute', 'escalate'] : ['claim', 'resolve', 'escalate'];
}

/**
 * The handoff's card. Without `viewer` it is the card posted for everyone; with one, the view that
 * person gets on refresh or after acting (only the buttons they may use, and an optional notice).
 */
export function handoffCardFor(
  handoff: Handoff,
  engagement: Engagement,
  now: Date,
  viewer?: { person: Person | undefined; notice?: string },
  options: { fullTimeline?: boolean } = {},
): AdaptiveCardJson {
  // Times in the viewer's side's zone; the card everyone gets first uses the internal side's.
  const zone = viewer?.person ? sideProfile(engagement, sideOfRole(viewer.person.role)).timeZone : engagement.internal.timeZone;
  const onPointSides = sidesOnPoint(handoff);
  const mentions: HandoffMention[] = handoff.status === 'open' ? peopleOnPoint(engagement, onPointSides, now).map((p) => ({ id: p.id, name: p.name })) : [];
  const owners = handoff.routing.owners;
  const facts = [
    { title: 'Source', value: handoff.source + (handoff.category ? ` (${handoff.category})` : '') },
    { title: 'Seen', value: handoff.occurrences > 1 ? `${handoff.occurrences}× · last ${localClock(handoff.lastSeenAt, zone)}` : `once · ${localClock(handoff.openedAt, zone)}` },
    ...(handoff.lastClaimedBy && handoff.status === 'open' ? [{ title: 'Last time', value: `claimed by ${handoff.lastClaimedBy.name}` }] : []),
    { title: 'Handoff', value: handoff.id },
  ];
  const buttons = viewer ? (allowedActions(handoff, viewer.person) as HandoffButton[]) : buttonsForState(handoff);
  const other = handoff.assignedSide ? sideProfile(engagement, handoff.assignedSide === 'internal' ? 'msp' : 'internal').name : undefined;
  return buildHandoffCard({
    engagementId: engagement.id,
    handoffId: handoff.id,
    severity: handoff.severity,
    status: handoff.status,
    statusLine: statusLine(handoff, zone),
    summary: handoff.summary,
    ...(handoff.routing.functionName
      ? {
          row: {
            functionName: handoff.routing.functionName,
            matrixVersion: handoff.routing.matrixVersion,
            ownerLine: handoffOwnerLine(handoff, engagement),
          },
        }
      : {}),
    ...(handoff.status === 'resolved'
      ? {}
      : {
          onPoint: {
            sideLine: owners.length === 0 && handoff.routing.routedBy === 'none' ? `both sides (${sideNames(engagement, onPointSides)})` : sideNames(engagement, onPointSides),
            people: mentions,
            ...(handoff.status === 'open' && mentions.length === 0
              ? { note: 'nobody of that side is on Baton’s roster yet: a manager adds people with “role @name msp-engineer” or “internal-it”' }
              : {}),
          },
        }),
    facts,
    ...(handoff.details ? { details: handoff.details } : {}),
    links: [...handoff.links],
    timeline: timelineLines(handoff, zone, options.fullTimeline ? 40 : 6),
    buttons,
    ...(other && handoff.assignedSide ? { disputeTo: other, disputeFrom: sideProfile(engagement, handoff.assignedSide).name } : {}),
    refreshUserIds: engagement.people.map((p) => p.id),
    ...(viewer?.notice ? { notice: viewer.notice } : {}),
  });
}

export interface EscalationMessage {
  readonly text: string;
  readonly mentions: readonly MessageMention[];
}

/**
 * The threaded reply for the latest escalation: who it goes to (managers of the side on point, then its people).
 * A plain message, which Teams renders as Markdown: the alert's summary, names and the matrix's contact come
 * from outside and are escaped; only the mention tags are live.
 */
export function escalationMessage(handoff: Handoff, engagement: Engagement, now: Date): EscalationMessage {
  const sides = sidesOnPoint(handoff);
  const managers = engagement.people.filter((p) => isManager(p.role) && sides.includes(sideOfRole(p.role)) && !isAway(p, now));
  const targets = managers.length > 0 ? managers : peopleOnPoint(engagement, sides, now);
  const mentions = targets.slice(0, MAX_MENTIONS).map(messageMention);
  const last = handoff.events.findLast((e) => e.kind === 'escalated');
  const who = last?.via === 'timer' ? `Escalation ${handoff.escalationCount} of ${handoff.escalation.maxCount}` : `Escalated by ${escapeMarkdown(last?.actor?.name ?? 'someone')}`;
  const state = handoff.status === 'open' ? `unclaimed for ${handoffAge(handoff, now)}` : handoff.status;
  const to = mentions.length > 0 ? mentions.map((m) => m.text).join(', ') : `${escapeMarkdown(sideNames(engagement, sides))} (nobody on the roster to mention)`;
  const contact = handoff.routing.escalationContact ? ` Escalation contact in the matrix: ${escapeMarkdown(handoff.routing.escalationContact)}.` : '';
  return {
    text: `${who}: ${handoff.severity.toUpperCase()} ${escapeMarkdown(handoff.id)} “${escapeMarkdown(handoff.summary)}” is ${state}. ${to}, please take it or say who should.${contact}`,
    mentions,
  };
}
