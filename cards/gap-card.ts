import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { bulletList, clip, escapeMarkdown, oneLine, plainText } from './markdown-text.ts';
import { correctionButton } from './correction-action.ts';
import { CARD_VERBS } from './card-verbs.ts';

/** No row covers the question: say so, and a form to propose an owner (verb `gap.propose`). */
export interface GapCardModel {
  question: string;
  /** What the question is about; also prefills the proposed function. */
  topic: string;
  internalName: string;
  mspName: string;
  /** Values to show again after an invalid submit. */
  proposedFunction?: string;
  proposedOwner?: 'internal' | 'msp' | 'joint' | '';
  note?: string;
  /** Problems with the previous submit, shown in red. */
  errors?: string[];
  /** The matrix version the question was resolved against: offers "A row covers this" (verb `who.correct.open`). */
  matrixVersion?: number;
}

const TEMPLATE = loadCardTemplate('gap');

/** Inputs: proposedOwner (internal | msp | joint), proposedFunction, note; the action data carries the question. */
export function buildGapCard(vm: GapCardModel): AdaptiveCardJson {
  const topic = vm.topic.trim() || vm.question;
  const errors = vm.errors ?? [];
  return expandCard(TEMPLATE, {
    question: vm.question,
    questionLine: `You asked: “${escapeMarkdown(clip(vm.question, 300))}”`,
    topicText: escapeMarkdown(clip(topic, 200)),
    hasErrors: errors.length > 0,
    errorList: bulletList(errors.slice(0, 8)),
    internalName: oneLine(vm.internalName),
    mspName: oneLine(vm.mspName),
    proposedOwner: vm.proposedOwner ?? '',
    proposedFunction: clip(oneLine(vm.proposedFunction ?? topic), 200),
    note: clip(plainText(vm.note ?? ''), 1000),
    ...correctionButton(vm.question, vm.matrixVersion !== undefined ? { was: 'gap', matrixVersion: vm.matrixVersion } : undefined, CARD_VERBS.whoCorrectOpen),
  });
}
