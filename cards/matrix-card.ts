import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { CARD_BUDGET_BYTES } from './card-size.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { fitToBudget } from './fit-to-budget.ts';
import { clip, escapeMarkdown } from './markdown-text.ts';
import { cellDisplay, type OwnerKind } from './owner-kind.ts';

/** Which rows the card shows: all, grouped by owner (`matrix`), or one group (`ours`, `msp`, `joint`, gaps). */
export type MatrixCardView = 'all' | OwnerKind;

export interface MatrixCardRow {
  functionName: string;
  /** The cells as written ("✓", "Overflow only"; "" for empty). */
  internalCell: string;
  mspCell: string;
  /** The row's primary owner; "none" for a gap. */
  owner: OwnerKind;
}

export interface MatrixCardModel {
  view: MatrixCardView;
  matrixVersion: number;
  /** Date of the version, already formatted ("2026-11-20"). */
  updatedAt: string;
  updatedBy: string;
  internalName: string;
  mspName: string;
  /** Every row of the matrix in matrix order; the card groups (and, for one view, filters) them. */
  rows: MatrixCardRow[];
  /** Defaults to CARD_BUDGET_BYTES; rows beyond it are left out with a note to use `export`. */
  budgetBytes?: number;
}

const TEMPLATE = loadCardTemplate('matrix');
const SECTION_ORDER: readonly OwnerKind[] = ['internal', 'msp', 'joint', 'none'];
const SECTION_COLOR: Record<OwnerKind, string> = { internal: 'Default', msp: 'Default', joint: 'Default', none: 'Attention' };

export function buildMatrixCard(vm: MatrixCardModel): AdaptiveCardJson {
  const internal = escapeMarkdown(vm.internalName);
  const msp = escapeMarkdown(vm.mspName);
  const headings: Record<OwnerKind, string> = { internal: `Owned by ${internal}`, msp: `Owned by ${msp}`, joint: 'Joint', none: 'Nobody (gaps)' };
  const kinds = vm.view === 'all' ? SECTION_ORDER : [vm.view];
  const groups = kinds.map((kind) => ({ kind, rows: vm.rows.filter((r) => r.owner === kind) })).filter((g) => g.rows.length > 0);
  const lines = new Map(groups.map((g) => [g.kind, g.rows.map((r) => rowLine(r, internal, msp))]));
  const total = groups.reduce((n, g) => n + g.rows.length, 0);
  const rowsWord = (n: number): string => `${n} ${n === 1 ? 'row' : 'rows'}`;
  const meta = `updated ${escapeMarkdown(vm.updatedAt)} by ${escapeMarkdown(vm.updatedBy)}`;
  const title =
    vm.view === 'all' ? `Responsibility matrix v${vm.matrixVersion} — ${rowsWord(vm.rows.length)}, ${meta}` : `${headings[vm.view]} — ${rowsWord(total)} of ${vm.rows.length}`;
  const subtitle =
    vm.view === 'all'
      ? 'Grouped by owner. Say ours, msp or joint for one group, export for the text.'
      : `Responsibility matrix v${vm.matrixVersion}, ${meta}. Say matrix for all rows.`;
  const emptyText = vm.view === 'all' ? 'The matrix has no rows yet. Use import to publish one.' : 'No rows in this group.';

  const build = (shown: number): AdaptiveCardJson => {
    let left = shown;
    const sections = [];
    for (const g of groups) {
      if (left <= 0) break;
      const items = (lines.get(g.kind) ?? []).slice(0, left);
      left -= items.length;
      sections.push({ heading: `${headings[g.kind]} (${g.rows.length})`, color: SECTION_COLOR[g.kind], list: items.join('\r') });
    }
    const hidden = total - shown;
    return expandCard(TEMPLATE, {
      title,
      subtitle,
      isEmpty: total === 0,
      emptyText,
      sections,
      isTruncated: hidden > 0,
      truncatedText: `… and ${hidden} more ${hidden === 1 ? 'row' : 'rows'} — use **export** for the full matrix.`,
    });
  };
  return fitToBudget(total, build, vm.budgetBytes ?? CARD_BUDGET_BYTES).card;
}

/** "- Patch management for servers — Contoso IT: — · Fabrikam MSP: ✓" */
function rowLine(row: MatrixCardRow, internal: string, msp: string): string {
  const cell = (text: string): string => escapeMarkdown(clip(cellDisplay(text), 60));
  return `- ${escapeMarkdown(clip(row.functionName, 120))} — ${internal}: ${cell(row.internalCell)} · ${msp}: ${cell(row.mspCell)}`;
}
