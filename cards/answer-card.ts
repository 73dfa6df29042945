import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { bulletList, clip, escapeMarkdown } from './markdown-text.ts';
import { cellDisplay, type OwnerKind } from './owner-kind.ts';
import { rowChoiceButtons, type RowChoice } from './row-choice.ts';
import { correctionButton, type CorrectionContext } from './correction-action.ts';
import { CARD_VERBS } from './card-verbs.ts';

/** The "who owns X?" answer. All text is shown literally (escaped), never as Markdown. */
export interface AnswerCardModel {
  /** The question as asked; also sent back by the "did you mean" buttons. */
  question: string;
  /** The matched row's function, exactly as in the matrix. */
  functionName: string;
  matrixVersion: number;
  owner: OwnerKind;
  internalName: string;
  mspName: string;
  /** The two cells of the row as written ("✓", "—", "Overflow only"; "" for empty). */
  internalCell: string;
  mspCell: string;
  /** Who is on point now and whom to contact; omitted when not worked out (e.g. a gap row). */
  rightNow?: AnswerRightNow;
  /** Plain sentences: why this owner, why this side right now. */
  explanation: string[];
  /** Words of the question that matched the row. */
  matchedWords: string[];
  /** 0..1 */
  confidence: number;
  /** Other rows the question may mean (at most three shown), as "Not this? Did you mean" buttons. */
  alternatives?: RowChoice[];
  /** Offers "Not right?" (verb `who.correct.open`) with what it needs to record a correction. */
  correction?: CorrectionContext;
  /** One line on top, e.g. after a correction: "Corrected: Baton answers this way for everyone now." */
  notice?: string;
}

export interface AnswerRightNow {
  /** One sentence: "Fabrikam MSP is on point: it is after hours for Contoso IT." */
  onPoint: string;
  /** Names (and how to reach them) to contact now. */
  contactNow: string[];
  /** Escalation contacts. */
  escalateTo: string[];
}

const TEMPLATE = loadCardTemplate('answer');

export function buildAnswerCard(vm: AnswerCardModel): AdaptiveCardJson {
  const internal = escapeMarkdown(vm.internalName);
  const msp = escapeMarkdown(vm.mspName);
  const ownerLine: Record<OwnerKind, string> = {
    internal: `**${internal}** owns this`,
    msp: `**${msp}** owns this`,
    joint: `**Joint:** both sides (${internal} and ${msp})`,
    none: '**Nobody** owns this row: it is a gap',
  };
  const contactFacts = vm.rightNow
    ? [
        ...(vm.rightNow.contactNow.length > 0 ? [{ title: 'Contact now', value: vm.rightNow.contactNow.map(escapeMarkdown).join(', ') }] : []),
        ...(vm.rightNow.escalateTo.length > 0 ? [{ title: 'Escalate to', value: vm.rightNow.escalateTo.map(escapeMarkdown).join(', ') }] : []),
      ]
    : [];
  const explanation = vm.explanation.filter((s) => s.trim() !== '').slice(0, 8);
  const matched = vm.matchedWords.filter((w) => w.trim() !== '').slice(0, 12);
  const percent = Math.round(Math.min(1, Math.max(0, vm.confidence)) * 100);
  return expandCard(TEMPLATE, {
    question: vm.question,
    hasNotice: vm.notice !== undefined && vm.notice.trim() !== '',
    noticeText: escapeMarkdown(clip(vm.notice ?? '', 300)),
    ...correctionButton(vm.question, vm.correction, CARD_VERBS.whoCorrectOpen),
    questionLine: `You asked: “${escapeMarkdown(clip(vm.question, 300))}”`,
    functionText: escapeMarkdown(vm.functionName),
    version: vm.matrixVersion,
    ownerLine: ownerLine[vm.owner],
    ownerColor: vm.owner === 'none' ? 'Attention' : 'Accent',
    cells: [
      { title: internal, value: escapeMarkdown(cellDisplay(vm.internalCell)) },
      { title: msp, value: escapeMarkdown(cellDisplay(vm.mspCell)) },
    ],
    hasRightNow: vm.rightNow !== undefined,
    onPointText: escapeMarkdown(vm.rightNow?.onPoint ?? ''),
    hasContactFacts: contactFacts.length > 0,
    contactFacts,
    hasWhy: explanation.length > 0 || matched.length > 0,
    hasExplanation: explanation.length > 0,
    explanationList: bulletList(explanation),
    hasMatched: matched.length > 0,
    matchedText: `Matched: ${matched.map(escapeMarkdown).join(', ')}`,
    footerText: `Confidence ${percent}% · matrix v${vm.matrixVersion}`,
    hasAlternatives: (vm.alternatives ?? []).length > 0,
    alternatives: rowChoiceButtons(vm.alternatives, vm.question),
  });
}
