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

/** What a row button sends back: as Action.Execute data, and with the verb for the Action.Submit fallback. */
export interface RowChoiceButton {
  title: string;
  data: { rowId: string; question: string };
  submitData: { rowId: string; question: string; verb: 'who.pick' };
}

/** Template data for the row buttons of a question: at most three, titles and payloads ready. */
export function rowChoiceButtons(choices: readonly RowChoice[] | undefined, question: string): RowChoiceButton[] {
  return (choices ?? []).slice(0, MAX_ROW_CHOICES).map((c) => ({
    title: rowChoiceTitle(c),
    data: { rowId: c.rowId, question },
    submitData: { rowId: c.rowId, question, verb: 'who.pick' },
  }));
}
