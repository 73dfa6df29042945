import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { CARD_BUDGET_BYTES, cardPayloadBytes } from './card-size.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { correctionActionData, type CorrectionContext } from './correction-action.ts';
import { fitToBudget } from './fit-to-budget.ts';
import { clip, escapeMarkdown, oneLine } from './markdown-text.ts';
import { CARD_VERBS } from './card-verbs.ts';

/**
 * "Not right?": every row of the matrix in a searchable choice (Input.ChoiceSet, style "filtered"),
 * plus "No row covers this", and a submit (verb `who.correct`). A row is sent back as its index in the
 * matrix version the card shows (short values keep 500 rows within one message).
 */
export interface CorrectionCardModel {
  question: string;
  context: CorrectionContext;
  /** What Baton had said ("Baton answered: Tier 1 helpdesk…"). */
  wasText: string;
  /** The rows' functions, in matrix order. */
  functions: readonly string[];
  /** The choice to show selected again: a row index as text, or NO_ROW. */
  selected?: string;
  /** Why the previous submit was not recorded. */
  error?: string;
  budgetBytes?: number;
}

/** The choice value of "No row covers this". */
export const NO_ROW = 'none';

const TEMPLATE = loadCardTemplate('correction');
/** Longest row title tried first, then shorter ones until every row fits. */
const TITLE_LENGTHS = [90, 64, 48, 36, 28, 22];

export function buildCorrectionCard(vm: CorrectionCardModel): AdaptiveCardJson {
  const budget = vm.budgetBytes ?? CARD_BUDGET_BYTES;
  const data = correctionActionData(vm.question, vm.context);
  const build = (titleLength: number, shown: number) => {
    const choices = [
      { title: 'No row covers this (propose an owner)', value: NO_ROW },
      ...vm.functions.slice(0, shown).map((f, i) => ({ title: clip(oneLine(f), titleLength), value: String(i) })),
    ];
    return expandCard(TEMPLATE, {
      questionLine: `You asked: “${escapeMarkdown(clip(vm.question, 300))}”`,
      wasLine: escapeMarkdown(clip(vm.wasText, 300)),
      hasError: vm.error !== undefined,
      errorText: escapeMarkdown(clip(vm.error ?? '', 600)),
      selected: vm.selected ?? '',
      choices,
      hasMore: shown < vm.functions.length,
      moreText: `Only the first ${shown} of ${vm.functions.length} rows fit in one message.`,
      howText:
        'Your pick answers you at once. A manager’s correction teaches Baton for everyone; anyone else’s does when a second person agrees or a manager confirms it (say **learned** to see what Baton learned).',
      submitData: data,
      submitFallback: { ...data, verb: CARD_VERBS.whoCorrect },
    });
  };
  for (const length of TITLE_LENGTHS) {
    const card = build(length, vm.functions.length);
    if (cardPayloadBytes(card) <= budget) return card;
  }
  const shortest = TITLE_LENGTHS[TITLE_LENGTHS.length - 1]!;
  return fitToBudget(vm.functions.length, (shown) => build(shortest, shown), budget).card;
}
