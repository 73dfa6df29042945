import type { QuestionRecord } from '../audit/question-record.ts';
import { sideOfRole, type Engagement, type Side } from '../engagement/engagement.ts';
import type { Handoff, HandoffActor } from '../handoff/handoff.ts';

/**
 * Last week's facts for the standup, computed from Baton's own records: what came in, who took it,
 * how fast, what was escalated or disputed, what nobody owns, and what is still open.
 */

/** Per side, plus people Baton cannot place on a side (not on the roster) and the sending tool. */
export interface PerSide {
  readonly internal: number;
  readonly msp: number;
  readonly other: number;
}

export interface WeeklyFacts {
  readonly from: string;
  readonly to: string;
  /** Handoffs opened in the week, by the side they were assigned to when opened ('other': both sides / unowned). */
  readonly opened: PerSide;
  /** Claims in the week, by the claimer's side. */
  readonly claimed: PerSide;
  /** Resolutions in the week, by the resolver's side ('other' includes the sending tool resolving it). */
  readonly resolved: PerSide;
  /** Median minutes from opened to first claim, of handoffs opened and first claimed in the week; null when none. */
  readonly medianMinutesToClaim: number | null;
  readonly escalations: number;
  readonly disputes: number;
  /** Alerts in the week that no matrix row covered. */
  readonly unownedAlerts: number;
  /** "Who owns" questions in the week that found no row, with their topics (most recent first). */
  readonly gapQuestions: number;
  readonly gapTopics: readonly string[];
  /** Answers people corrected ("Not right?", or a "did you mean" pick) in the week; absent when not counted. */
  readonly corrected?: number;
  /** Open when the facts were taken (the standup's start, not resolved), by the side it waits on ('other': both sides / unowned). */
  readonly openNow: PerSide;
}

const ZERO: PerSide = { internal: 0, msp: 0, other: 0 };

function add(counts: PerSide, side: Side | undefined): PerSide {
  return side === 'internal' ? { ...counts, internal: counts.internal + 1 } : side === 'msp' ? { ...counts, msp: counts.msp + 1 } : { ...counts, other: counts.other + 1 };
}

function sideOfActor(engagement: Engagement, actor: HandoffActor | undefined): Side | undefined {
  const person = actor ? engagement.people.find((p) => p.id === actor.id) : undefined;
  return person ? sideOfRole(person.role) : undefined;
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface WeeklyFactsInput {
  readonly engagement: Engagement;
  /** Every handoff that may matter: opened in the week, or acted on in it, or still open. */
  readonly handoffs: readonly Handoff[];
  readonly questions: readonly QuestionRecord[];
  /** Corrections of answers (their instants), when Baton records them. */
  readonly corrections?: ReadonlyArray<{ readonly at: string }>;
  /** The week: [from, to). */
  readonly from: Date;
  readonly to: Date;
}

export function weeklyFacts({ engagement, handoffs, questions, corrections, from, to }: WeeklyFactsInput): WeeklyFacts {
  const f = from.toISOString();
  const t = to.toISOString();
  const inWeek = (iso: string) => iso >= f && iso < t;
  let opened = ZERO;
  let claimed = ZERO;
  let resolved = ZERO;
  let openNow = ZERO;
  let escalations = 0;
  let disputes = 0;
  let unownedAlerts = 0;
  const toClaim: number[] = [];
  for (const h of handoffs) {
    if (inWeek(h.openedAt)) {
      opened = add(opened, initialSide(h));
      if (h.routing.routedBy === 'none') unownedAlerts++;
      // Only a claim in the week: what happened after it is not last week's (nor known the same on every day after).
      const firstClaim = h.events.find((e) => e.kind === 'claimed');
      if (firstClaim && inWeek(firstClaim.at)) toClaim.push((Date.parse(firstClaim.at) - Date.parse(h.openedAt)) / 60_000);
    }
    for (const e of h.events) {
      if (!inWeek(e.at)) continue;
      if (e.kind === 'claimed') claimed = add(claimed, sideOfActor(engagement, e.actor));
      if (e.kind === 'resolved') resolved = add(resolved, sideOfActor(engagement, e.actor));
      if (e.kind === 'escalated') escalations++;
      if (e.kind === 'disputed') disputes++;
    }
    if (h.status !== 'resolved') openNow = add(openNow, h.assignedSide);
  }
  const gaps = questions.filter((q) => q.outcome === 'gap' && inWeek(q.at)).sort((a, b) => b.at.localeCompare(a.at));
  const topics = [...new Set(gaps.map((q) => (q.topic || q.question).trim().toLowerCase()).filter((x) => x !== ''))];
  return {
    from: f,
    to: t,
    opened,
    claimed,
    resolved,
    medianMinutesToClaim: median(toClaim),
    escalations,
    disputes,
    unownedAlerts,
    gapQuestions: gaps.length,
    gapTopics: topics.slice(0, 10),
    ...(corrections ? { corrected: corrections.filter((c) => inWeek(c.at)).length } : {}),
    openNow,
  };
}

/** The side a handoff was assigned when opened: later disputes change assignedSide, so read the timeline. */
function initialSide(h: Handoff): Side | undefined {
  const dispute = h.events.find((e) => e.kind === 'disputed');
  if (!dispute) return h.assignedSide;
  // The first dispute sent it to `toSide`: it came from the other side.
  return dispute.toSide === 'internal' ? 'msp' : dispute.toSide === 'msp' ? 'internal' : h.assignedSide;
}
