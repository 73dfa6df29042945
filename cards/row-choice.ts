import { clip, escapeMarkdown, oneLine } from './markdown-text.ts';
import { CARD_VERBS } from './card-verbs.ts';

/** A matrix row offered as a "did you mean" choice (verb `who.pick`). */
export interface RowChoice {
  rowId: string;
  functionName: string;
  /** Optional hint after the name, e.g. the owner ("Fabrikam MSP"). */
  hint?: string;
}

/** Baton offers at most three rows to pick from. */
export const MAX_ROW_CHOICES = 3;

/** Longest row name shown: a matrix cell holds at most 200 characters, so a real row name is never cut. */
const NAME_MAX = 200;

/**
 * A plain-text title for a row (the select action's title: its tooltip and what a screen reader says).
 * Not to be put on a button: Teams cuts a button title at a few dozen characters ("Tier 1 helpdesk
 * (passwords, printers, basic Window"); the row name is shown whole in a wrapped TextBlock instead.
 */
export function rowChoiceTitle(choice: RowChoice): string {
  const name = clip(oneLine(choice.functionName), 70);
  return choice.hint?.trim() ? `${name} (${clip(oneLine(choice.hint), 30)})` : name;
}

/** A row to pick, ready for a template: the name and hint as Markdown text, the action's title and payloads. */
export interface RowChoiceButton {
  /** Plain text for the action's title (tooltip, screen readers); never shown as a button. */
  title: string;
  /** The whole row name, escaped, for a wrapped TextBlock. */
  nameText: string;
  hasHint: boolean;
  /** The hint, escaped ("" without one). */
  hintText: string;
  /** What the pick sends back as Action.Execute data, and with the verb for the Action.Submit fallback. */
  data: { rowId: string; question: string };
  submitData: { rowId: string; question: string; verb: typeof CARD_VERBS.whoPick };
}

/**
 * Template data for the rows offered for a question: at most three. A template shows each as a
 * tappable Container (its `selectAction` is the pick) holding the name in a wrapped TextBlock, so a
 * long name is read whole at Teams' narrow width.
 */
export function rowChoiceButtons(choices: readonly RowChoice[] | undefined, question: string): RowChoiceButton[] {
  return (choices ?? []).slice(0, MAX_ROW_CHOICES).map((c) => {
    const hint = c.hint?.trim() ? clip(oneLine(c.hint), 60) : '';
    return {
      title: rowChoiceTitle(c),
      nameText: escapeMarkdown(clip(c.functionName, NAME_MAX)),
      hasHint: hint !== '',
      hintText: escapeMarkdown(hint),
      data: { rowId: c.rowId, question },
      submitData: { rowId: c.rowId, question, verb: CARD_VERBS.whoPick },
    };
  });
}
