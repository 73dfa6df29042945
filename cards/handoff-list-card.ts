import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { bulletList, clip, escapeMarkdown } from './markdown-text.ts';

/** One open handoff in the list: id, severity, summary, state ("unclaimed 12 min", "claimed by Adele"). */
export interface HandoffListItem {
  id: string;
  severity: string;
  summary: string;
  state: string;
}

export interface HandoffListCardModel {
  /** Groups in order, e.g. "Contoso IT (2)", "Fabrikam MSP (5)", "Unowned (1)"; empty groups are left out. */
  groups: Array<{ heading: string; items: HandoffListItem[] }>;
}

const TEMPLATE = loadCardTemplate('handoff-list');
/** Lines per group: a channel card is read, not scrolled. */
const MAX_ITEMS = 15;

export function buildHandoffListCard(vm: HandoffListCardModel): AdaptiveCardJson {
  const groups = vm.groups.filter((g) => g.items.length > 0);
  const total = groups.reduce((n, g) => n + g.items.length, 0);
  return expandCard(TEMPLATE, {
    title: total === 0 ? 'Open handoffs: none' : `Open handoffs: ${total}`,
    isEmpty: total === 0,
    groups: groups.map((g) => {
      const shown = g.items
        .slice(0, MAX_ITEMS)
        .map((i) => `**${escapeMarkdown(i.id)}** ${escapeMarkdown(i.severity.toUpperCase())} · ${escapeMarkdown(clip(i.summary, 90))} · ${escapeMarkdown(i.state)}`);
      const more = g.items.length > MAX_ITEMS ? [`…and ${g.items.length - MAX_ITEMS} more`] : [];
      return { heading: `${escapeMarkdown(g.heading)} (${g.items.length})`, lines: bulletList([...shown, ...more], { markdownItems: true }) };
    }),
  });
}
