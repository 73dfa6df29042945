import type { AlertEvent } from '../alerts/alert-event.ts';
import type { RoutingRule } from '../alerts/alert-settings.ts';
import type { Engagement, Side } from '../engagement/engagement.ts';
import type { HandoffRouting } from '../handoff/handoff.ts';
import type { MatrixRow, MatrixVersion } from '../matrix/matrix.ts';
import { resolveOwnership } from '../ownership/resolve-ownership.ts';
import type { Resolution, Resolver } from '../resolver/resolution.ts';
import { readAlert } from './alert-reading.ts';

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

/** The text the resolver reads for an alert: tool, kind and summary without identifiers, as a person would say it. */
export function alertQuestion(event: AlertEvent): string {
  return readAlert(event).full;
}

/** An alert goes to a row only with this much confidence: a wrong row pages the wrong side. */
export const ALERT_ROUTING_CONFIDENCE = 0.4;

interface FoundRow {
  readonly row: MatrixRow;
  readonly routedBy: HandoffRouting['routedBy'];
}

/**
 * The resolver's row for an alert, read two ways: what kind of alert it is, from which tool ("veeam
 * backup job"), and the whole alert. Routed when both readings agree, or one is sure and the other
 * sees nothing against it (a gap, or the same row among its suggestions). When they point at different
 * rows, or neither is sure, the alert needs a decision: the rows it might be, for both sides.
 */
function resolveAlert(resolver: Resolver, event: AlertEvent): FoundRow | { readonly candidates: readonly MatrixRow[] } {
  const reading = readAlert(event);
  const byKind = reading.kind === '' ? undefined : resolver.resolve(reading.kind);
  const whole = resolver.resolve(reading.full);
  const sure = (r: Resolution | undefined) => (r?.outcome === 'answer' && r.confidence >= ALERT_ROUTING_CONFIDENCE ? r.match?.row : undefined);
  const kindRow = sure(byKind);
  const wholeRow = sure(whole);
  const allows = (r: Resolution | undefined, row: MatrixRow) =>
    r === undefined || r.outcome === 'gap' || r.match?.row.id === row.id || r.alternatives.some((a) => a.row.id === row.id);
  // The alert names a product only one row names ("Huntress Incident Report"): that row, whatever the kind says.
  if (wholeRow && whole.match?.named === true && kindRow?.id !== wholeRow.id) return { row: wholeRow, routedBy: 'resolver' };
  if (kindRow && allows(whole, kindRow)) return { row: kindRow, routedBy: 'resolver' };
  if (wholeRow && allows(byKind, wholeRow)) return { row: wholeRow, routedBy: 'resolver' };
  const candidates: MatrixRow[] = [];
  const add = (row: MatrixRow | undefined) => {
    if (row && !candidates.some((r) => r.id === row.id)) candidates.push(row);
  };
  add(kindRow);
  add(wholeRow);
  for (const c of [...whole.alternatives, ...(byKind?.alternatives ?? [])]) add(c.row);
  return { candidates: candidates.slice(0, 3) };
}

function findRow(input: AlertRoutingInput): FoundRow | { readonly candidates: readonly MatrixRow[] } | undefined {
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
  return input.resolver === undefined ? undefined : resolveAlert(input.resolver, input.event);
}

export const UNOWNED_REASON = 'No matrix row covers this alert: it is unowned, so both sides are asked, and it counts as a gap for the quarterly review.';

/** Why an alert Baton could not place with confidence is unowned, naming the rows it might be. */
export function unsureReason(candidates: readonly MatrixRow[]): string {
  const names = candidates.map((r) => `“${r.function}”`);
  const maybe = names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `Baton is not sure which matrix row this alert falls under (perhaps ${maybe}): it needs a decision, so both sides are asked.`;
}

export function routeAlert(input: AlertRoutingInput): RoutedAlert {
  const matrixVersion = input.version?.version ?? 0;
  const found = findRow(input);
  if (!found) return { routing: { routedBy: 'none', matrixVersion, owners: [], onPoint: [], reason: UNOWNED_REASON } };
  if (!('row' in found)) {
    const { candidates } = found;
    if (candidates.length === 0) return { routing: { routedBy: 'none', matrixVersion, owners: [], onPoint: [], reason: UNOWNED_REASON } };
    return {
      routing: { routedBy: 'none', matrixVersion, owners: [], onPoint: [], reason: unsureReason(candidates), candidates: candidates.map((r) => r.function) },
    };
  }
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
    primary: ownership.primary,
    cells: { internal: row.internal.raw, msp: row.msp.raw },
    onPoint,
    reason: owners.length === 0 ? UNOWNED_REASON : ownership.explanation.filter((s) => !s.startsWith('It is ') && !s.startsWith('For ')).join(' '),
    ...(row.escalationContact?.trim() ? { escalationContact: row.escalationContact.trim() } : {}),
  };
  return onPoint.length === 1 && onPoint[0] ? { routing, assignedSide: onPoint[0] } : { routing };
}
