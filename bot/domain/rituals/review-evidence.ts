import type { GapProposal } from '../audit/gap-proposal.ts';
import type { QuestionRecord } from '../audit/question-record.ts';
import { sideOfRole, type Engagement, type Side, type SideProfile } from '../engagement/engagement.ts';
import type { Handoff } from '../handoff/handoff.ts';
import type { Cell } from '../matrix/cell.ts';
import type { Matrix, MatrixRow } from '../matrix/matrix.ts';
import { isWithinBusinessHours } from '../ownership/business-hours.ts';
import { interpretQualifier } from '../ownership/qualifier.ts';

/**
 * The evidence for the quarterly reconciliation, per matrix row, from Baton's own records of the
 * period: who really took the row's alerts (drift), disputes and escalations, and what the matrix
 * itself leaves open (Joint rows, no contact, no after-hours cover where alerts arrived out of hours,
 * internal-only rows with no MSP fallback); plus proposed new rows from questions and alerts nobody owned.
 */

export interface RowEvidence {
  readonly rowId: string;
  readonly function: string;
  /** Sides whose cell owns the row (✓ or Joint); with neither, the sides with any part. */
  readonly owners: readonly Side[];
  /** Handoffs routed to the row and opened in the period. */
  readonly handoffs: number;
  /** Claims in the period on the row's handoffs, by people on the roster. */
  readonly claims: number;
  /** Of those, claims by a side that does not own the row. */
  readonly driftClaims: number;
  readonly driftSide?: Side;
  readonly disputes: number;
  readonly escalations: number;
  readonly joint: boolean;
  /** An owning side has no contact named and the row has no escalation contact. */
  readonly noContact: boolean;
  /**
   * The period's alerts show after-hours cover mattered and the matrix names none: some of the row's
   * handoffs opened outside every owning side's business hours, and no cell says after hours, cover or
   * overflow, no owning side works around the clock. (Outside its hours the owner stays on point, as the
   * answer card says; this finding asks whether that is what both sides want.)
   */
  readonly noAfterHoursOwner: boolean;
  /** Only the internal side has a part: nothing happens if the internal IT person leaves. */
  readonly continuityRisk: boolean;
  /** The findings in plain words, most serious first; empty when the records give no reason to look. */
  readonly flags: readonly string[];
}

export interface ProposedRow {
  readonly function: string;
  readonly source: 'question' | 'alert' | 'proposal';
  readonly count: number;
  readonly suggestedOwner?: 'internal' | 'msp' | 'joint';
  readonly examples: readonly string[];
}

export interface ReviewEvidence {
  readonly from: string;
  readonly to: string;
  readonly rows: readonly RowEvidence[];
  readonly jointRows: number;
  /** More than three Joint rows: work that everyone owns is owned by no one. */
  readonly tooManyJoint: boolean;
  readonly proposed: readonly ProposedRow[];
  readonly unownedAlerts: number;
  readonly gapQuestions: number;
  /** Rows where an owning side has no contact and there is no escalation contact. */
  readonly noContactRows?: number;
  /**
   * Whether any row names a contact at all. When none does, "no named contact" is one finding about
   * the matrix, not a flag on every row (which would bury the rows with real findings).
   */
  readonly contactsNamed?: boolean;
}

export interface ReviewEvidenceInput {
  readonly engagement: Engagement;
  readonly matrix: Matrix;
  readonly handoffs: readonly Handoff[];
  readonly questions: readonly QuestionRecord[];
  readonly proposals: readonly GapProposal[];
  /** The period: [from, to). */
  readonly from: Date;
  readonly to: Date;
}

export const MAX_JOINT_ROWS = 3;
const MAX_PROPOSALS = 20;

export function reviewEvidence(input: ReviewEvidenceInput): ReviewEvidence {
  const { engagement, matrix } = input;
  const f = input.from.toISOString();
  const t = input.to.toISOString();
  const inPeriod = (iso: string) => iso >= f && iso < t;
  const byRow = new Map<string, Handoff[]>();
  for (const h of input.handoffs) {
    if (!h.routing.rowId) continue;
    const list = byRow.get(h.routing.rowId) ?? [];
    list.push(h);
    byRow.set(h.routing.rowId, list);
  }
  const sideOf = (id: string | undefined): Side | undefined => {
    const person = id ? engagement.people.find((p) => p.id === id) : undefined;
    return person ? sideOfRole(person.role) : undefined;
  };
  const contactsNamed = matrix.rows.some((r) => [r.internalContact, r.mspContact, r.escalationContact].some((c) => (c ?? '').trim() !== ''));
  const rows = matrix.rows.map((row) => rowEvidence(row, byRow.get(row.id) ?? [], engagement, inPeriod, sideOf, contactsNamed));
  const jointRows = rows.filter((r) => r.joint).length;
  const gaps = input.questions.filter((q) => q.outcome === 'gap' && inPeriod(q.at));
  const unowned = input.handoffs.filter((h) => h.routing.routedBy === 'none' && inPeriod(h.openedAt));
  return {
    from: f,
    to: t,
    rows,
    jointRows,
    tooManyJoint: jointRows > MAX_JOINT_ROWS,
    proposed: proposedRows(
      gaps,
      unowned,
      input.proposals.filter((p) => p.status === 'open'),
    ),
    unownedAlerts: unowned.length,
    gapQuestions: gaps.length,
    noContactRows: rows.filter((r) => r.noContact).length,
    contactsNamed,
  };
}

function rowEvidence(
  row: MatrixRow,
  handoffs: readonly Handoff[],
  engagement: Engagement,
  inPeriod: (iso: string) => boolean,
  sideOf: (id: string | undefined) => Side | undefined,
  contactsNamed: boolean,
): RowEvidence {
  const owning = (['internal', 'msp'] as const).filter((s) => cellOf(row, s).kind === 'owns' || cellOf(row, s).kind === 'joint');
  const owners: Side[] = owning.length > 0 ? owning : (['internal', 'msp'] as const).filter((s) => cellOf(row, s).kind !== 'none');
  let claims = 0;
  const drift = { internal: 0, msp: 0 };
  let disputes = 0;
  let escalations = 0;
  for (const h of handoffs) {
    for (const e of h.events) {
      if (!inPeriod(e.at)) continue;
      if (e.kind === 'disputed') disputes++;
      if (e.kind === 'escalated') escalations++;
      if (e.kind !== 'claimed') continue;
      const side = sideOf(e.actor?.id);
      if (!side) continue; // someone Baton cannot place on a side says nothing about drift
      claims++;
      if (owners.length > 0 && !owners.includes(side)) drift[side]++;
    }
  }
  const driftSide: Side | undefined = drift.internal > 0 ? 'internal' : drift.msp > 0 ? 'msp' : undefined;
  const driftClaims = drift.internal + drift.msp;
  const joint = row.internal.kind === 'joint' || row.msp.kind === 'joint' || owning.length === 2;
  const contactOf = (s: Side) => (s === 'internal' ? row.internalContact : row.mspContact);
  const noContact = !row.escalationContact?.trim() && owners.some((s) => !contactOf(s)?.trim());
  const continuityRisk = row.internal.kind !== 'none' && row.msp.kind === 'none';
  const outOfHours =
    owning.length === 0 || coversAfterHours(row, engagement)
      ? 0
      : handoffs.filter((h) => inPeriod(h.openedAt) && owning.every((s) => !isWithinBusinessHours(sideProfile(engagement, s), new Date(h.openedAt)))).length;
  const noAfterHoursOwner = outOfHours > 0;
  const name = (s: Side) => sideProfile(engagement, s).name;
  const flags: string[] = [];
  if (driftSide) flags.push(`${owners.map(name).join(' and ')}-owned, ${name(driftSide)} claimed ${driftClaims} of ${claims}`);
  if (disputes > 0) flags.push(`${disputes} dispute${disputes === 1 ? '' : 's'} (“not ours”)`);
  if (escalations > 0) flags.push(`${escalations} escalation${escalations === 1 ? '' : 's'}`);
  if (owners.length === 0) flags.push('nobody owns it');
  if (joint) flags.push('Joint: say who leads');
  if (continuityRisk) flags.push(`only ${name('internal')}: no ${name('msp')} fallback if the internal person leaves`);
  if (noAfterHoursOwner) {
    const who = owning.map(name).join(' and ');
    const one = owning.length === 1;
    flags.push(
      `${outOfHours} alert${outOfHours === 1 ? '' : 's'} for this row arrived outside ${who}’s hours; ${who} ${one ? 'stays' : 'stay'} on point as the owner${one ? '' : 's'}, but the matrix names no after-hours cover`,
    );
  }
  if (noContact && contactsNamed) flags.push('no named contact');
  return {
    rowId: row.id,
    function: row.function,
    owners,
    handoffs: handoffs.filter((h) => inPeriod(h.openedAt)).length,
    claims,
    driftClaims,
    ...(driftSide ? { driftSide } : {}),
    disputes,
    escalations,
    joint,
    noContact,
    noAfterHoursOwner,
    continuityRisk,
    flags,
  };
}

function cellOf(row: MatrixRow, side: Side): Cell {
  return side === 'internal' ? row.internal : row.msp;
}

function sideProfile(engagement: Engagement, side: Side): SideProfile {
  return side === 'internal' ? engagement.internal : engagement.msp;
}

/** A row that is itself about out-of-hours work ("After-hours emergency response", "24x7 NOC monitoring"). */
const OUT_OF_HOURS_WORK = /\b(?:after[- ]?hours|out[- ]of[- ]hours|24\s*[x×/]\s*7|on[- ]call|overnight)\b/i;

/**
 * Someone takes it outside business hours: a cell says so (after hours, cover, overflow), an owning side
 * works around the clock, or the row is itself the out-of-hours work and someone owns it.
 */
function coversAfterHours(row: MatrixRow, engagement: Engagement): boolean {
  const owned = row.internal.kind === 'owns' || row.internal.kind === 'joint' || row.msp.kind === 'owns' || row.msp.kind === 'joint';
  if (owned && OUT_OF_HOURS_WORK.test(row.function)) return true;
  for (const side of ['internal', 'msp'] as const) {
    const cell = cellOf(row, side);
    if (cell.kind === 'qualified') {
      const kind = interpretQualifier(cell.raw).kind;
      if (kind === 'after-hours' || kind === 'when-other-unavailable' || kind === 'backup') return true;
    }
    if ((cell.kind === 'owns' || cell.kind === 'joint') && worksAroundTheClock(sideProfile(engagement, side))) return true;
  }
  return false;
}

function worksAroundTheClock(profile: SideProfile): boolean {
  return profile.hours.days.length === 7 && profile.hours.start === '00:00' && (profile.hours.end === '24:00' || profile.hours.end === '23:59');
}

function normalize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[?.!]+$/, '')
    .replace(/\s+/g, ' ');
}

function proposedRows(gaps: readonly QuestionRecord[], unowned: readonly Handoff[], proposals: readonly GapProposal[]): ProposedRow[] {
  const groups = new Map<string, { function: string; source: ProposedRow['source']; count: number; suggestedOwner?: ProposedRow['suggestedOwner']; examples: string[] }>();
  for (const q of [...gaps].sort((a, b) => b.at.localeCompare(a.at))) {
    const topic = (q.topic || q.question).trim();
    const key = `q|${normalize(topic)}`;
    const group = groups.get(key) ?? { function: capitalize(topic), source: 'question' as const, count: 0, examples: [] };
    group.count++;
    if (group.examples.length < 3 && !group.examples.includes(q.question)) group.examples.push(q.question);
    groups.set(key, group);
  }
  for (const p of proposals) {
    // A proposal about a question already grouped gives that group its function name and owner.
    const match = [...groups.entries()].find(
      ([k, g]) =>
        g.source === 'question' &&
        (k === `q|${normalize(p.proposedFunction)}` || g.examples.some((e) => normalize(e) === normalize(p.question)) || k === `q|${normalize(p.question)}`),
    );
    if (match) {
      match[1].function = p.proposedFunction.trim();
      match[1].suggestedOwner = p.proposedOwner;
      continue;
    }
    const key = `p|${normalize(p.proposedFunction)}`;
    const group = groups.get(key) ?? { function: p.proposedFunction.trim(), source: 'proposal' as const, count: 0, suggestedOwner: p.proposedOwner, examples: [] };
    group.count++;
    if (group.examples.length < 3) group.examples.push(p.question);
    groups.set(key, group);
  }
  for (const h of unowned) {
    const name = h.category ? `${capitalize(h.category)} alerts from ${h.source}` : `${h.source}: ${h.summary.slice(0, 60)}`;
    const key = `a|${normalize(h.category ? `${h.category}|${h.source}` : name)}`;
    const group = groups.get(key) ?? { function: name, source: 'alert' as const, count: 0, examples: [] };
    group.count++;
    if (group.examples.length < 3 && !group.examples.includes(h.summary)) group.examples.push(h.summary);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.function.localeCompare(b.function))
    .slice(0, MAX_PROPOSALS)
    .map((g) => ({ function: g.function, source: g.source, count: g.count, ...(g.suggestedOwner ? { suggestedOwner: g.suggestedOwner } : {}), examples: g.examples }));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
