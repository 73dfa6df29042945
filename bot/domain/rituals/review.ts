import { isManager, sideOfRole, type Engagement, type Side } from '../engagement/engagement.ts';
import { parseCell } from '../matrix/cell.ts';
import { slugify, type Matrix, type MatrixRow } from '../matrix/matrix.ts';
import type { ProposedRow, ReviewEvidence, RowEvidence } from './review-evidence.ts';
import type { ReviewLearnedRow } from './review-learned.ts';
import type { RitualActor } from './standup.ts';

/**
 * One quarterly reconciliation of the matrix: the evidence per row, the managers' decisions row by row
 * (Confirm, Change, Retire) and on proposed rows (accept, reject), and the sign-off of a manager of EACH
 * side, after which the new matrix version is published. Reminders go out until both have signed; after
 * the grace period the review is escalated as overdue.
 */

export type RowDecision =
  | { readonly kind: 'confirm' }
  | { readonly kind: 'retire' }
  | { readonly kind: 'change'; readonly internal: string; readonly msp: string; readonly internalContact?: string; readonly mspContact?: string };

export interface DecisionRecord {
  readonly decision: RowDecision;
  readonly by: RitualActor;
  readonly side: Side;
  readonly at: string;
}

export type ProposalOwner = 'internal' | 'msp' | 'joint';

export interface ProposalDecisionRecord {
  readonly accept: boolean;
  readonly owner?: ProposalOwner;
  readonly by: RitualActor;
  readonly side: Side;
  readonly at: string;
}

export interface SignOff {
  readonly by: RitualActor;
  readonly at: string;
}

export interface ReviewPolicy {
  /** Hours between reminders while a side has not signed. */
  readonly reminderHours: number;
  /** Days after the start when an unsigned review is escalated as overdue. */
  readonly graceDays: number;
}

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { reminderHours: 24, graceDays: 10 };

export interface Review {
  readonly kind: 'review';
  readonly engagementId: string;
  /** "review/2027-01", or "review/now/…" when started early. */
  readonly key: string;
  readonly startedAt: string;
  readonly via: 'schedule' | 'command' | 'cli';
  readonly startedBy?: RitualActor;
  /** The matrix version the evidence is about. */
  readonly baseVersion: number;
  readonly evidence: ReviewEvidence;
  /** By row id. */
  readonly decisions: Readonly<Record<string, DecisionRecord>>;
  /** By proposal id ("p0", "p1", … in evidence order). */
  readonly proposalDecisions: Readonly<Record<string, ProposalDecisionRecord>>;
  readonly signOffs: { readonly internal?: SignOff; readonly msp?: SignOff };
  /** Phrasings learned from corrections when the review started, per row (review-learned.ts). */
  readonly learned?: readonly ReviewLearnedRow[];
  /** Rows whose learned phrasings the managers drop; the others become the rows' aliases. */
  readonly learnedDropped?: readonly string[];
  readonly status: 'open' | 'publishing' | 'published';
  readonly publishedVersion?: number;
  readonly publishedAt?: string;
  /** What the published version changed, one line per row ("Added …", "Retired …", "Changed …"). */
  readonly publishedChanges?: readonly string[];
  readonly reminders: number;
  readonly nextReminderAt: string;
  /** End of the grace period. */
  readonly dueAt: string;
  readonly escalatedAt?: string;
}

export interface ReviewStart {
  readonly engagement: Engagement;
  readonly key: string;
  readonly baseVersion: number;
  readonly evidence: ReviewEvidence;
  readonly now: Date;
  readonly via: Review['via'];
  readonly startedBy?: RitualActor;
  readonly policy?: ReviewPolicy;
}

const HOUR = 3_600_000;

export function startReview({ engagement, key, baseVersion, evidence, now, via, startedBy, policy = DEFAULT_REVIEW_POLICY }: ReviewStart): Review {
  return {
    kind: 'review',
    engagementId: engagement.id,
    key,
    startedAt: now.toISOString(),
    via,
    ...(startedBy ? { startedBy } : {}),
    baseVersion,
    evidence,
    decisions: {},
    proposalDecisions: {},
    signOffs: {},
    status: 'open',
    reminders: 0,
    nextReminderAt: new Date(now.getTime() + policy.reminderHours * HOUR).toISOString(),
    dueAt: new Date(now.getTime() + policy.graceDays * 24 * HOUR).toISOString(),
  };
}

export type ReviewResult = { readonly ok: true; readonly review: Review; readonly note?: string } | { readonly ok: false; readonly reason: string };

export const proposalId = (index: number): string => `p${index}`;

/** Rows with findings must be decided; rows without are confirmed as they are unless someone decides otherwise. */
export function isFlagged(row: RowEvidence): boolean {
  return row.flags.length > 0;
}

/** What still needs a decision before anyone can sign. */
export function outstanding(review: Review): { rows: RowEvidence[]; proposals: Array<ProposedRow & { id: string }> } {
  return {
    rows: review.evidence.rows.filter((r) => isFlagged(r) && !review.decisions[r.rowId]),
    proposals: review.evidence.proposed.map((p, i) => ({ ...p, id: proposalId(i) })).filter((p) => !review.proposalDecisions[p.id]),
  };
}

function managerSide(engagement: Engagement, actor: RitualActor): Side | undefined {
  const person = engagement.people.find((p) => p.id === actor.id);
  return person && isManager(person.role) ? sideOfRole(person.role) : undefined;
}

const REFUSAL_MANAGER =
  'Only a manager of either side decides rows and signs the review. Ask a manager to decide, or to give you the role (**role @name internal-manager** or **role @name msp-manager**).';

export function guard(review: Review, engagement: Engagement, actor: RitualActor): { side: Side } | { reason: string } {
  if (review.status !== 'open')
    return {
      reason: review.status === 'published' ? `This review is closed: it published v${review.publishedVersion}.` : 'Both sides have signed; the new version is being published.',
    };
  const side = managerSide(engagement, actor);
  return side ? { side } : { reason: REFUSAL_MANAGER };
}

/** A changed decision voids signatures given before it: both sign the same content. */
export function voidSignOffs(review: Review): { review: Review; note?: string } {
  const signed = [review.signOffs.internal?.by.name, review.signOffs.msp?.by.name].filter((n): n is string => !!n);
  if (signed.length === 0) return { review };
  return { review: { ...review, signOffs: {} }, note: `${signed.join(' and ')} signed before this change: sign again.` };
}

export function decideRow(review: Review, engagement: Engagement, actor: RitualActor, rowId: string, decision: RowDecision, now: Date): ReviewResult {
  const g = guard(review, engagement, actor);
  if ('reason' in g) return { ok: false, reason: g.reason };
  if (!review.evidence.rows.some((r) => r.rowId === rowId)) return { ok: false, reason: 'That row is not in this review (the card may be from another review).' };
  if (decision.kind === 'change') {
    const problem = changeProblem(decision);
    if (problem) return { ok: false, reason: problem };
  }
  const record: DecisionRecord = { decision, by: { id: actor.id, name: actor.name }, side: g.side, at: now.toISOString() };
  const voided = voidSignOffs({ ...review, decisions: { ...review.decisions, [rowId]: record } });
  return { ok: true, ...voided };
}

const rowsWord = (n: number) => `${n} row${n === 1 ? '' : 's'}`;
const quotedNames = (names: readonly string[], max = 5) =>
  `${names
    .slice(0, max)
    .map((n) => `“${n}”`)
    .join(', ')}${names.length > max ? ` and ${names.length - max} more` : ''}`;

/**
 * "Confirm N rows without findings": every undecided row WITHOUT findings is confirmed in one click.
 * Rows with findings stay undecided: someone has to look at them and decide (Confirm, Change or Retire).
 */
export function confirmRemaining(review: Review, engagement: Engagement, actor: RitualActor, now: Date): ReviewResult {
  const g = guard(review, engagement, actor);
  if ('reason' in g) return { ok: false, reason: g.reason };
  const undecided = review.evidence.rows.filter((r) => !review.decisions[r.rowId]);
  if (undecided.length === 0) return { ok: false, reason: 'Every row already has a decision.' };
  const clean = undecided.filter((r) => !isFlagged(r));
  const waiting = undecided.filter(isFlagged);
  const waitText = `${rowsWord(waiting.length)} with findings still ${waiting.length === 1 ? 'waits' : 'wait'} for a decision: ${quotedNames(waiting.map((r) => r.function))}. Decide each with Confirm, Change or Retire.`;
  if (clean.length === 0) return { ok: false, reason: `No row without findings is undecided. ${waitText}` };
  const record: DecisionRecord = { decision: { kind: 'confirm' }, by: { id: actor.id, name: actor.name }, side: g.side, at: now.toISOString() };
  const decisions = { ...review.decisions, ...Object.fromEntries(clean.map((r) => [r.rowId, record])) };
  const voided = voidSignOffs({ ...review, decisions });
  const confirmed = `Confirmed ${rowsWord(clean.length)} without findings as ${clean.length === 1 ? 'it is' : 'they are'}.${waiting.length > 0 ? ` ${waitText}` : ''}`;
  return { ok: true, review: voided.review, note: voided.note ? `${confirmed} ${voided.note}` : confirmed };
}

export function changeProblem(change: Extract<RowDecision, { kind: 'change' }>): string | undefined {
  for (const [name, value] of [
    ['Internal', change.internal],
    ['MSP', change.msp],
    ['internal contact', change.internalContact ?? ''],
    ['MSP contact', change.mspContact ?? ''],
  ] as const) {
    if (value.length > 120) return `The ${name} cell is longer than 120 characters.`;
  }
  if (parseCell(change.internal).kind === 'none' && parseCell(change.msp).kind === 'none') {
    return 'With both cells empty nobody would own the row: that is a gap. Retire the row instead, or name an owner.';
  }
  return undefined;
}

export function decideProposal(review: Review, engagement: Engagement, actor: RitualActor, id: string, accept: boolean, owner: string | undefined, now: Date): ReviewResult {
  const g = guard(review, engagement, actor);
  if ('reason' in g) return { ok: false, reason: g.reason };
  const index = Number(/^p(\d+)$/.exec(id)?.[1] ?? Number.NaN);
  const proposal = review.evidence.proposed[index];
  if (!proposal) return { ok: false, reason: 'That proposed row is not in this review.' };
  const chosen = owner ?? proposal.suggestedOwner;
  if (accept && chosen !== 'internal' && chosen !== 'msp' && chosen !== 'joint')
    return { ok: false, reason: 'Choose who owns the new row (Internal, MSP or Joint) before accepting it.' };
  const record: ProposalDecisionRecord = {
    accept,
    ...(accept ? { owner: chosen as ProposalOwner } : {}),
    by: { id: actor.id, name: actor.name },
    side: g.side,
    at: now.toISOString(),
  };
  const voided = voidSignOffs({ ...review, proposalDecisions: { ...review.proposalDecisions, [id]: record } });
  return { ok: true, ...voided };
}

/** A manager signs for their side. When both sides have signed, the review moves to publishing. */
export function signReview(review: Review, engagement: Engagement, actor: RitualActor, now: Date): ReviewResult {
  const g = guard(review, engagement, actor);
  if ('reason' in g) return { ok: false, reason: g.reason };
  const left = outstanding(review);
  if (left.rows.length > 0 || left.proposals.length > 0) {
    const parts: string[] = [];
    if (left.rows.length > 0) {
      parts.push(
        `${rowsWord(left.rows.length)} with findings ${left.rows.length === 1 ? 'is' : 'are'} undecided (${quotedNames(left.rows.map((r) => r.function))}): Confirm, Change or Retire each`,
      );
    }
    if (left.proposals.length > 0) {
      parts.push(
        `${left.proposals.length} proposed row${left.proposals.length === 1 ? ' is' : 's are'} undecided (${quotedNames(left.proposals.map((p) => p.function))}): Accept or Reject each`,
      );
    }
    return { ok: false, reason: `Not signed yet. Decide these first: ${parts.join('; ')}. Then sign off again.` };
  }
  if (review.signOffs[g.side]) return { ok: false, reason: `${review.signOffs[g.side]!.by.name} already signed for this side.` };
  const signOffs = { ...review.signOffs, [g.side]: { by: { id: actor.id, name: actor.name }, at: now.toISOString() } };
  const both = signOffs.internal !== undefined && signOffs.msp !== undefined;
  return { ok: true, review: { ...review, signOffs, status: both ? 'publishing' : 'open' } };
}

/** The matrix the decisions make of `base`: changed cells, retired rows gone, accepted proposals added. */
export function applyDecisions(base: Matrix, review: Review): Matrix {
  const rows: MatrixRow[] = [];
  for (const row of base.rows) {
    const record = review.decisions[row.id];
    if (record?.decision.kind === 'retire') continue;
    if (record?.decision.kind === 'change') {
      const d = record.decision;
      rows.push({
        ...row,
        internal: parseCell(d.internal),
        msp: parseCell(d.msp),
        ...(d.internalContact !== undefined && d.internalContact.trim() !== '' ? { internalContact: d.internalContact.trim() } : {}),
        ...(d.mspContact !== undefined && d.mspContact.trim() !== '' ? { mspContact: d.mspContact.trim() } : {}),
      });
      continue;
    }
    rows.push(row);
  }
  const taken = new Set(rows.map((r) => r.id));
  const added: MatrixRow[] = review.evidence.proposed.flatMap((p, i) => {
    const record = review.proposalDecisions[proposalId(i)];
    if (!record?.accept || !record.owner) return [];
    const internal = record.owner === 'internal' ? '✓' : record.owner === 'joint' ? 'Joint' : '—';
    const msp = record.owner === 'msp' ? '✓' : record.owner === 'joint' ? 'Joint' : '—';
    // New rows get ids that do not collide with kept ones (kept rows keep theirs).
    const slug = slugify(p.function);
    let id = slug;
    for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
    taken.add(id);
    return [{ id, function: p.function, internal: parseCell(internal), msp: parseCell(msp), aliases: [] }];
  });
  return { ...base, rows: [...rows, ...added] };
}

/** When the clock next has something to do for the review ('' when nothing). */
export function reviewNextActionAt(review: Review): string {
  if (review.status === 'published') return '';
  if (review.status === 'publishing') return review.startedAt; // at once: finish the publication
  return review.escalatedAt === undefined && review.dueAt < review.nextReminderAt ? review.dueAt : review.nextReminderAt;
}

export type ReviewStep = { readonly kind: 'remind' | 'overdue'; readonly review: Review };

/** A reminder to whoever has not signed, or (once, after the grace period) the overdue escalation. */
export function dueReviewStep(review: Review, now: Date, policy: ReviewPolicy = DEFAULT_REVIEW_POLICY): ReviewStep | undefined {
  if (review.status !== 'open') return undefined;
  const at = now.toISOString();
  const next = new Date(now.getTime() + policy.reminderHours * HOUR).toISOString();
  if (review.escalatedAt === undefined && at >= review.dueAt) return { kind: 'overdue', review: { ...review, escalatedAt: at, nextReminderAt: next } };
  if (at >= review.nextReminderAt) return { kind: 'remind', review: { ...review, reminders: review.reminders + 1, nextReminderAt: next } };
  return undefined;
}

/** The sides that have not signed yet. */
export function unsignedSides(review: Review): Side[] {
  return (['internal', 'msp'] as const).filter((s) => review.signOffs[s] === undefined);
}
