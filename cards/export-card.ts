import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { CARD_BUDGET_BYTES } from './card-size.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { fitToBudget } from './fit-to-budget.ts';
import { escapeMarkdown } from './markdown-text.ts';

/** The matrix as text in one format; send one card per format (Markdown and CSV as separate cards). */
export interface ExportCardModel {
  format: 'md' | 'csv';
  /** The exported text, exactly as `import` reads it. */
  text: string;
  matrixVersion: number;
  rowCount: number;
  /** Defaults to CARD_BUDGET_BYTES; lines beyond it are left out with a note about the CLI. */
  budgetBytes?: number;
}

const TEMPLATE = loadCardTemplate('export');
const FORMAT_NAME = { md: 'Markdown', csv: 'CSV' } as const;

export function buildExportCard(vm: ExportCardModel): AdaptiveCardJson {
  const lines = vm.text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === '') lines.pop();
  // Escaped so that * _ [ ] < > in cells show as written; "\n\n" because Teams joins single line breaks.
  const shownLines = lines.map((line) => (line.trim() === '' ? '\u00a0' : escapeMarkdown(line)));
  const name = FORMAT_NAME[vm.format];
  const build = (shown: number): AdaptiveCardJson => {
    const hidden = lines.length - shown;
    return expandCard(TEMPLATE, {
      title: `Matrix v${vm.matrixVersion} as ${name} — ${vm.rowCount} ${vm.rowCount === 1 ? 'row' : 'rows'}`,
      intro: 'The same shape import reads: copy it, edit it, and send it back after the word import.',
      code: shownLines.slice(0, shown).join('\n\n') || '\u00a0',
      isTruncated: hidden > 0,
      truncatedText:
        `Only the first ${shown} of ${lines.length} lines fit in a Teams message (${hidden} more not shown). ` +
        `For a matrix this size use the admin CLI, which reads and writes whole files: **npm run baton -- matrix convert matrix.${vm.format === 'md' ? 'csv --to md' : 'md --to csv'}**`,
    });
  };
  return fitToBudget(lines.length, build, vm.budgetBytes ?? CARD_BUDGET_BYTES).card;
}
