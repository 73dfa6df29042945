import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { clip, escapeMarkdown } from './markdown-text.ts';
import { rowChoiceButtons, type RowChoice } from './row-choice.ts';

/**
 * "I'm not sure which row you mean": up to three rows to tap, each name whole in a wrapped TextBlock
 * (verb `who.pick`), and "none of these" (verb `gap.open`).
 */
export interface DidYouMeanCardModel {
  question: string;
  /** What the question is about, as the resolver read it ("the firewall"). */
  topic: string;
  choices: RowChoice[];
}

const TEMPLATE = loadCardTemplate('did-you-mean');

export function buildDidYouMeanCard(vm: DidYouMeanCardModel): AdaptiveCardJson {
  const choices = rowChoiceButtons(vm.choices, vm.question);
  return expandCard(TEMPLATE, {
    question: vm.question,
    questionLine: `You asked: “${escapeMarkdown(clip(vm.question, 300))}”`,
    topicText: escapeMarkdown(clip(vm.topic.trim() || vm.question, 200)),
    hasChoices: choices.length > 0,
    choices,
  });
}
