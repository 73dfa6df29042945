import type { AlertEvent } from '../alerts/alert-event.ts';
import type { RoutingRule } from '../alerts/alert-settings.ts';
import type { Engagement, Side } from '../engagement/engagement.ts';
import type { HandoffRouting } from '../handoff/handoff.ts';
import type { MatrixRow, MatrixVersion } from '../matrix/matrix.ts';
import { resolveOwnership } from '../ownership/resolve-ownership.ts';
import type { Resolver } from '../resolver/resolution.ts';

/**
 * Which matrix row an alert falls under and which side is on point for it right now. In order:
 * the function the sender named, the engagement's routing rules, then the resolver reading the
 * alert's own words. No confident row: the handoff is unowned (both sides are asked; it is a gap).
 */

export interface AlertRoutingInput {
  readonly event: AlertEvent;
  readonly rules: readonly RoutingRule[];
  /** The engagement's current matrix; undefined before one is published. */
  readonly version?: MatrixVersion;
  readonly resolver?: Resolver;
  readonly engagement: Engagement;
  readonly at: Date;
}

export interface RoutedAlert {
  readonly routing: HandoffRouting;
  /** The side expected to take it now; absent when both are (Joint, or unowned). */
  readonly assignedSide?: Side;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A row named by its function text (case-insensitive) or its id. */
export function rowNamed(rows: readonly MatrixRow[], name: string): MatrixRow | undefined {
  return rows.find((r) => same(r.function, name)) ?? rows.find((r) => r.id === name.trim());
}

/** True when every condition the rule sets holds for the alert (case-insensitive). */
export function ruleMatches(rule: RoutingRule, event: AlertEvent): boolean {
  if (rule.source !== undefined && !same(rule.source, event.source)) return false;
  if (rule.category !== undefined && (event.category === undefined || !same(rule.category, event.category))) return false;
  for (const [name, value] of Object.entries(rule.labels ?? {})) {
    const actual = event.labels[name];
    if (actual === undefined || !same(actual, value)) return false;
  }
  return rule.source !== undefined || rule.category !== undefined || Object.keys(rule.labels ?? {}).length > 0;
}

/** The text the resolver reads for an alert: its category and summary, as a person would say it. */
export function alertQuestion(event: AlertEvent): string {
  return [event.category, event.summary].filter((part) => part !== undefined && part.trim() !== '').join(': ');
}

function findRow(input: AlertRoutingInput): { row: MatrixRow; routedBy: HandoffRouting['routedBy'] } | undefined {
  const rows = input.version?.matrix.rows ?? [];
  if (rows.length === 0) return undefined;
  if (input.event.matrixFunction) {
    const row = rowNamed(rows, input.event.matrixFunction);
    if (row) return { row, routedBy: 'function' };
  }
  for (const rule of input.rules) {
    if (!ruleMatches(rule, input.event)) continue;
    const row = rowNamed(rows, rule.matrixFunction);
    if (row) return { row, routedBy: 'rule' };
  }
  const resolution = input.resolver?.resolve(alertQuestion(input.event));
  if (resolution?.outcome === 'answer' && resolution.match) return { row: resolution.match.row, routedBy: 'resolver' };
  return undefined;
}

export const UNOWNED_REASON = 'No matrix row covers this alert: it is unowned, so both sides are asked, and it counts as a gap for the quarterly review.';

export function routeAlert(input: AlertRoutingInput): RoutedAlert {
  const matrixVersion = input.version?.version ?? 0;
  const found = findRow(input);
  if (!found) return { routing: { routedBy: 'none', matrixVersion, owners: [], onPoint: [], reason: UNOWNED_REASON } };
  const { row, routedBy } = found;
  const ownership = resolveOwnership(row, input.engagement, input.at);
  const owners = ownership.owners.map((part) => part.side);
  const onPoint = [...ownership.onPointNow];
  const routing: HandoffRouting = {
    routedBy,
    rowId: row.id,
    functionName: row.function,
    matrixVersion,
    owners,
    onPoint,
    reason: owners.length === 0 ? UNOWNED_REASON : ownership.explanation.filter((s) => !s.startsWith('It is ') && !s.startsWith('For ')).join(' '),
    ...(row.escalationContact?.trim() ? { escalationContact: row.escalationContact.trim() } : {}),
  };
  return onPoint.length === 1 && onPoint[0] ? { routing, assignedSide: onPoint[0] } : { routing };
}
