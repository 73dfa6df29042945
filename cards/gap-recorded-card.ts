import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { clip, escapeMarkdown } from './markdown-text.ts';
import type { OwnerKind } from './owner-kind.ts';

/** The gap proposal was stored for the quarterly review. */
export interface GapRecordedCardModel {
  question: string;
  proposedFunction: string;
  proposedOwner: Exclude<OwnerKind, 'none'>;
  internalName: string;
  mspName: string;
  proposerName: string;
  /** When, already in words in the proposer's side's zone ("Mon 23 Nov, 10:00 (America/New_York)"), never an ISO timestamp. */
  at: string;
  note?: string;
}

const TEMPLATE = loadCardTemplate('gap-recorded');

export function buildGapRecordedCard(vm: GapRecordedCardModel): AdaptiveCardJson {
  const owner = { internal: vm.internalName, msp: vm.mspName, joint: `Joint (${vm.internalName} and ${vm.mspName})` }[vm.proposedOwner];
  const facts = [
    { title: 'Function', value: vm.proposedFunction },
    { title: 'Proposed owner', value: owner },
    { title: 'Proposed by', value: `${vm.proposerName}, ${vm.at}` },
    { title: 'Question', value: clip(vm.question, 300) },
    ...(vm.note?.trim() ? [{ title: 'Note', value: clip(vm.note, 1000) }] : []),
  ].map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(f.value) }));
  return expandCard(TEMPLATE, {
    summaryText: `${escapeMarkdown(vm.proposerName)} proposed **${escapeMarkdown(owner)}** as the owner of “${escapeMarkdown(vm.proposedFunction)}”.`,
    facts,
  });
}
