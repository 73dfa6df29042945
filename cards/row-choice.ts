import { clip, oneLine } from './markdown-text.ts';

/** A matrix row offered as a "did you mean" button (verb `who.pick`). */
export interface RowChoice {
  rowId: string;
  functionName: string;
  /** Optional hint after the name, e.g. the owner ("Fabrikam MSP"). */
  hint?: string;
}

/** Teams shows only a few buttons in a row and clips long titles; Baton offers at most three. */
export const MAX_ROW_CHOICES = 3;

/** Button title for a row (button titles are plain text, not Markdown). */
export function rowChoiceTitle(choice: RowChoice): string {
  const name = clip(oneLine(choice.functionName), 70);
  return choice.hint?.trim() ? `${name} (${clip(oneLine(choice.hint), 30)})` : name;
}

/** Template data for the row buttons: at most three, titles ready. */
export function rowChoiceButtons(choices: readonly RowChoice[] | undefined): Array<{ title: string; rowId: string }> {
  return (choices ?? []).slice(0, MAX_ROW_CHOICES).map((c) => ({ title: rowChoiceTitle(c), rowId: c.rowId }));
}
