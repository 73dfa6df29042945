import type { Side } from '../engagement/engagement.ts';
import type { AlertLink, AlertSeverity } from '../alerts/alert-event.ts';
import type { PrimaryOwner } from '../matrix/matrix-summary.ts';

/**
 * A handoff: one alert turned into a piece of work that one side of the engagement must take.
 * It lives from the first trigger to its resolution; re-triggers append to it.
 */

export type HandoffStatus = 'open' | 'claimed' | 'resolved';

/** How the handoff was routed to a matrix row. */
export type RoutedBy = 'function' | 'rule' | 'resolver' | 'none';

export interface HandoffRouting {
  readonly routedBy: RoutedBy;
  /** Matched matrix row id and function text; absent for an unowned handoff. */
  readonly rowId?: string;
  readonly functionName?: string;
  readonly matrixVersion: number;
  /** The side(s) with a part in the row per the matrix (owner, Joint or a qualifier); empty when unowned. */
  readonly owners: readonly Side[];
  /** Who owns the row, by the rule every view of the matrix uses (absent on handoffs routed before it was kept). */
  readonly primary?: PrimaryOwner | null;
  /** The row's two cells as written ("✓", "Overflow only"), for the card's owner line. */
  readonly cells?: { readonly internal: string; readonly msp: string };
  /** The side(s) on point when the handoff was opened (hours, holidays, away, qualifiers). */
  readonly onPoint: readonly Side[];
  /** One sentence on why ("after hours for Contoso IT; Fabrikam MSP covers"). */
  readonly reason: string;
  /** The row's escalation contact as written in the matrix, if it names one. */
  readonly escalationContact?: string;
  /** Unowned because Baton was unsure: the rows it might fall under, best first (both sides decide). */
  readonly candidates?: readonly string[];
}

export interface HandoffActor {
  readonly id: string;
  readonly name: string;
}

export type HandoffEventKind = 'received' | 'retriggered' | 'posted' | 'claimed' | 'released' | 'disputed' | 'escalated' | 'acknowledged' | 'resolved' | 'reopened';

/** One step on the handoff's timeline (also written to the append-only audit trail). */
export interface HandoffEvent {
  readonly kind: HandoffEventKind;
  readonly at: string;
  /** Who acted; absent for the system or the sending tool. */
  readonly actor?: HandoffActor;
  /** 'card' (a button), 'command', 'alert' (the sending tool), 'timer' (escalation), 'system'. */
  readonly via: 'card' | 'command' | 'alert' | 'timer' | 'system';
  /** Resolve note, dispute reason, escalation target. */
  readonly note?: string;
  /** For disputes and escalations: the side it went to. */
  readonly toSide?: Side;
  /** The Teams message (card) the button was on, for actions from a card; the posted card for 'posted'. */
  readonly cardId?: string;
}

export interface Handoff {
  readonly engagementId: string;
  /** Short id people type ("h-7k3m9q"). */
  readonly id: string;
  readonly dedupKey: string;
  readonly status: HandoffStatus;
  readonly severity: AlertSeverity;
  readonly source: string;
  readonly category?: string;
  readonly summary: string;
  readonly details?: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly links: readonly AlertLink[];
  readonly routing: HandoffRouting;
  /** The side currently expected to take it (changes on dispute). Absent for unowned: both. */
  readonly assignedSide?: Side;
  readonly claimedBy?: HandoffActor;
  /** Who held it before it was resolved or released, shown when it re-triggers. */
  readonly lastClaimedBy?: HandoffActor;
  readonly openedAt: string;
  readonly lastSeenAt: string;
  /** How many trigger events it has had (1 = the first). */
  readonly occurrences: number;
  readonly resolvedAt?: string;
  /** Escalation policy in force when opened (minutes until first escalation; null = never). */
  readonly escalation: { readonly afterMinutes: number | null; readonly repeatMinutes: number | null; readonly maxCount: number };
  readonly escalationCount: number;
  /** ISO instant of the next escalation if still unclaimed; absent when none is due. */
  readonly nextEscalationAt?: string;
  readonly events: readonly HandoffEvent[];
}
