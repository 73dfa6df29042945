import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { fitToBudget } from './fit-to-budget.ts';
import { clip, escapeMarkdown } from './markdown-text.ts';
import { CARD_VERBS } from './card-verbs.ts';

/** `learned`: the phrasings Baton learned from corrections, per row, with Confirm / Drop for managers. */
export interface LearnedCardPhrasing {
  id: string;
  text: string;
  /** 'personal': applies to whoever taught it; 'shared': to everyone. */
  status: 'personal' | 'shared';
  /** "Megan Bowen, 23 Nov" / "Megan Bowen and Adele Vance". */
  taughtBy: string;
  /** "applies to everyone (a manager's correction)". */
  reach: string;
}

export interface LearnedCardRow {
  functionName: string;
  phrasings: LearnedCardPhrasing[];
}

export interface LearnedCardModel {
  rows: LearnedCardRow[];
  /** Managers see Confirm and Drop. */
  canManage: boolean;
  notice?: { text: string; good: boolean };
  budgetBytes?: number;
}

const TEMPLATE = loadCardTemplate('learned');

export function buildLearnedCard(vm: LearnedCardModel): AdaptiveCardJson {
  const flat = vm.rows.flatMap((row) => row.phrasings.map((p, i) => ({ row, p, rowStart: i === 0 })));
  const personal = flat.filter((f) => f.p.status === 'personal').length;
  const build = (shown: number) =>
    expandCard(TEMPLATE, {
      title: `Learned from corrections: ${flat.length} phrasing${flat.length === 1 ? '' : 's'}`,
      subtitle:
        personal > 0
          ? `${personal} appl${personal === 1 ? 'ies' : 'y'} only to whoever taught ${personal === 1 ? 'it' : 'them'} until a second person agrees${vm.canManage ? ' or you confirm' : ' or a manager confirms'}. The quarterly review makes them aliases or drops them.`
          : 'The quarterly review makes them aliases of their rows or drops them.',
      hasNotice: vm.notice !== undefined,
      notice: escapeMarkdown(clip(vm.notice?.text ?? '', 400)),
      noticeColor: vm.notice?.good ? 'Default' : 'Attention',
      items: flat.slice(0, shown).map(({ row, p, rowStart }, i) => ({
        rowStart: rowStart || i === 0,
        spacing: rowStart ? 'Medium' : 'Small',
        rowText: escapeMarkdown(clip(row.functionName, 120)),
        phrasingText: `“${escapeMarkdown(clip(p.text, 200))}” — ${escapeMarkdown(clip(p.reach, 120))}; taught by ${escapeMarkdown(clip(p.taughtBy, 120))}`,
        canManage: vm.canManage,
        canConfirm: p.status === 'personal',
        actionData: { phrasing: p.id },
        confirmSubmit: { phrasing: p.id, verb: CARD_VERBS.learnedConfirm },
        dropSubmit: { phrasing: p.id, verb: CARD_VERBS.learnedDrop },
      })),
      hasMore: shown < flat.length,
      moreText: `… and ${flat.length - shown} more that do not fit in one message.`,
      isEmpty: flat.length === 0,
    });
  return fitToBudget(flat.length, build, vm.budgetBytes).card;
}
