import type { Side } from '../engagement/engagement.ts';
import type { Cell } from '../matrix/cell.ts';
import type { PrimaryOwner } from '../matrix/matrix-summary.ts';
import type { QualifierCondition, QualifierKind } from './qualifier.ts';

/** How a side takes part in a function: it owns it, shares it, or a qualifier limits when/what. */
export type PartKind = 'owns' | 'joint' | QualifierKind;

/** One side's part in a row. */
export interface SidePart {
  readonly side: Side;
  /** The side's display name from the engagement ("Fabrikam MSP"). */
  readonly name: string;
  readonly cell: Cell;
  readonly kind: PartKind;
  /** For a qualifier cell: what it means. */
  readonly condition?: QualifierCondition;
  /** Plain English: "owns this", "shares this (Joint)", or the qualifier's meaning. */
  readonly meaning: string;
}

/** Why a side is on point right now. */
export type OnPointReason =
  | 'owner' // it owns the function and is available
  | 'joint' // it shares the function
  | 'scoped' // it has a limited part and nobody owns the whole
  | 'overflow' // backup side; the owner is unavailable
  | 'covers' // "when <other> unavailable"; the other side is unavailable
  | 'after-hours' // "after hours"; it is outside the other side's hours
  | 'business-hours' // "business hours only"; it is in its hours
  | 'no-cover'; // nobody else is on point, so the owner stays on point although unavailable

export interface OnPoint {
  readonly side: Side;
  readonly reason: OnPointReason;
}

/** The time and people facts behind the answer. */
export interface OwnershipContext {
  readonly internalInHours: boolean;
  readonly mspInHours: boolean;
  /** Every hands-on internal IT person is away. */
  readonly internalAway: boolean;
  readonly mspAway: boolean;
  /** When internal IT is back from being away (ISO), when it is away. */
  readonly awayUntil?: string;
  /** The internal side's public holiday today, if any. */
  readonly holiday?: string;
  readonly mspHoliday?: string;
  /** The next start of internal business hours (ISO), when out of hours. */
  readonly internalBackAt?: string;
  readonly mspBackAt?: string;
  /** Local time of the internal side (ISO with offset) and its zone. */
  readonly localTime: string;
  readonly timeZone: string;
}

/** Who owns a row, who is on point right now, whom to contact and escalate to, and why. */
export interface Ownership {
  /** Sides with a part in the function (owner, joint or qualified), internal first. */
  readonly owners: readonly SidePart[];
  /** The primary owner (see matrix-summary); null when nobody owns the row: a gap. */
  readonly primary: PrimaryOwner | null;
  /** Sides to contact right now, internal first. Empty only for a gap. */
  readonly onPointNow: readonly Side[];
  /** Why each on-point side is on point. */
  readonly onPoint: readonly OnPoint[];
  /** Names to contact now: row contact, else that side's people who are not away, else the side's name. */
  readonly contactNow: readonly string[];
  /** The row's escalation contact, else managers, else the other side. */
  readonly escalateTo: readonly string[];
  readonly context: OwnershipContext;
  /** Plain sentences for the user, in reading order. */
  readonly explanation: readonly string[];
}
