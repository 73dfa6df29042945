import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { CARD_BUDGET_BYTES } from './card-size.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { fitToBudget } from './fit-to-budget.ts';
import { clip, escapeMarkdown } from './markdown-text.ts';

/** A problem in the pasted table, at a 1-based line of the pasted text. */
export interface ImportProblem {
  line: number;
  message: string;
  /** The column concerned, when the problem is about one cell. */
  column?: string;
}

export type ImportResultCardModel = ImportSucceeded | ImportFailed;

export interface ImportSucceeded {
  ok: true;
  /** The new version number. */
  matrixVersion: number;
  rowCount: number;
  /** Function names of added and removed rows. */
  added: string[];
  removed: string[];
  /** One line per changed row: "Patch management for servers: MSP ✓ → Overflow only". */
  changed: string[];
  unchanged: number;
  warnings: ImportProblem[];
}

export interface ImportFailed {
  ok: false;
  errors: ImportProblem[];
}

const TEMPLATE = loadCardTemplate('import-result');
const MAX_LIST = 25;

export function buildImportResultCard(vm: ImportResultCardModel, budgetBytes = CARD_BUDGET_BYTES): AdaptiveCardJson {
  return vm.ok ? succeeded(vm, budgetBytes) : failed(vm, budgetBytes);
}

function succeeded(vm: ImportSucceeded, budget: number): AdaptiveCardJson {
  const parts = [
    vm.added.length > 0 ? `${vm.added.length} added` : '',
    vm.changed.length > 0 ? `${vm.changed.length} changed` : '',
    vm.removed.length > 0 ? `${vm.removed.length} removed` : '',
    `${vm.unchanged} unchanged`,
  ].filter((p) => p !== '');
  const lists = [
    { heading: `Added (${vm.added.length})`, color: 'Good', items: vm.added },
    { heading: `Changed (${vm.changed.length})`, color: 'Default', items: vm.changed },
    { heading: `Removed (${vm.removed.length})`, color: 'Attention', items: vm.removed },
    { heading: `Warnings (${vm.warnings.length})`, color: 'Warning', items: vm.warnings.map(problemLine) },
  ].filter((l) => l.items.length > 0);
  const card = (max: number): AdaptiveCardJson =>
    expandCard(TEMPLATE, {
      title: `Matrix v${vm.matrixVersion} published — ${vm.rowCount} ${vm.rowCount === 1 ? 'row' : 'rows'}`,
      titleColor: 'Default',
      summaryText: `${parts.join(', ')}. Answers use the new version from now on; history shows every version.`,
      sections: lists.map((l) => ({ heading: l.heading, color: l.color, list: list(l.items, max) })),
      hasFooter: false,
      footerText: '',
      footerWeight: 'Default',
    });
  return fitToBudget(MAX_LIST, (max) => card(Math.max(1, max)), budget).card;
}

function failed(vm: ImportFailed, budget: number): AdaptiveCardJson {
  const card = (max: number): AdaptiveCardJson =>
    expandCard(TEMPLATE, {
      title: 'The matrix was not imported',
      titleColor: 'Attention',
      summaryText: `${vm.errors.length} ${vm.errors.length === 1 ? 'problem' : 'problems'} in the pasted table. The table needs the columns Function | Internal | MSP (Markdown or CSV).`,
      sections: [{ heading: 'Problems', color: 'Attention', list: list(vm.errors.map(problemLine), max) }],
      hasFooter: true,
      footerText: 'Nothing was changed. Fix these lines and send import again with the whole table.',
      footerWeight: 'Bolder',
    });
  return fitToBudget(MAX_LIST, (max) => card(Math.max(1, max)), budget).card;
}

/** "line 7 (MSP): the cell is longer than 200 characters" */
function problemLine(p: ImportProblem): string {
  return `line ${p.line}${p.column ? ` (${p.column})` : ''}: ${p.message}`;
}

/** A bullet list of at most `max` items, with "… and N more" after. */
function list(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).map((item) => `- ${escapeMarkdown(clip(item, 300))}`);
  if (items.length > max) shown.push(`- … and ${items.length - max} more`);
  return shown.join('\r');
}
