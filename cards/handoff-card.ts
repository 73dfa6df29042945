import { mentionEntity, mentionTag, type CardMention } from './card-mention.ts';
import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { bulletList, clip, escapeMarkdown, oneLine } from './markdown-text.ts';
import { markdownLink } from './safe-link.ts';
import { HANDOFF_BUTTON_VERBS } from './card-verbs.ts';

/** Buttons a handoff card can show; the Teams adapter decides which ones a viewer gets. */
export type HandoffButton = 'claim' | 'release' | 'resolve' | 'dispute' | 'escalate' | 'reopen';

export const HANDOFF_BUTTONS: readonly HandoffButton[] = ['claim', 'release', 'resolve', 'dispute', 'escalate', 'reopen'];

/** A full timeline is at most this long on a card (the audit export has everything). */
const MAX_TIMELINE_LINES = 40;

/** Teams lets a card name at most 60 users to refresh it for. */
export const MAX_REFRESH_USERS = 60;

/** Someone on point, @mentioned on the card. */
export type HandoffMention = CardMention;

export interface HandoffCardModel {
  engagementId: string;
  handoffId: string;
  severity: 'critical' | 'error' | 'warning' | 'info';
  status: 'open' | 'claimed' | 'resolved';
  /** "Open · unclaimed for 12 min", "Claimed by Adele Vance", "Resolved by …". */
  statusLine: string;
  summary: string;
  /** The matrix row and who owns it; absent when unowned. */
  row?: { functionName: string; matrixVersion: number; ownerLine: string };
  /** Who is on point now: a side name and the people to mention (absent once resolved). */
  onPoint?: { sideLine: string; people: HandoffMention[]; note?: string };
  facts: Array<{ title: string; value: string }>;
  details?: string;
  links?: Array<{ href: string; text?: string }>;
  /** Timeline lines, oldest first (the caller decides how many). */
  timeline: string[];
  buttons: HandoffButton[];
  /** The side a "Not ours" sends it to. */
  disputeTo?: string;
  /** The side whose "Not ours" it is (the one the handoff is assigned to): only they can send it back. */
  disputeFrom?: string;
  /** People whose Teams fetches their own view of the card (their buttons). */
  refreshUserIds: string[];
  /** A message for the viewer (e.g. why their click changed nothing). */
  notice?: string;
}

const TEMPLATE = loadCardTemplate('handoff');

const SEVERITY_COLOR: Record<HandoffCardModel['severity'], string> = { critical: 'Attention', error: 'Attention', warning: 'Default', info: 'Default' };
const STATUS_COLOR: Record<HandoffCardModel['status'], string> = { open: 'Attention', claimed: 'Accent', resolved: 'Default' };

/** Action data: Action.Execute carries it as is, the Action.Submit fallback adds the verb. */
function payloads(vm: HandoffCardModel) {
  const data = { engagementId: vm.engagementId, handoffId: vm.handoffId };
  const submit = Object.fromEntries(vm.buttons.map((b) => [b, { ...data, verb: HANDOFF_BUTTON_VERBS[b] }]));
  return { data, submit };
}

export function buildHandoffCard(vm: HandoffCardModel): AdaptiveCardJson {
  const people = (vm.onPoint?.people ?? []).slice(0, 10);
  const mentions = people.map(mentionEntity);
  const who = people.length > 0 ? ` — ${people.map(mentionTag).join(', ')}` : vm.onPoint?.note ? ` (${escapeMarkdown(vm.onPoint.note)})` : '';
  const onPointText = vm.onPoint ? `**On point now:** ${escapeMarkdown(vm.onPoint.sideLine)}${who}` : '';
  const routingText = vm.row
    ? `**${escapeMarkdown(vm.row.functionName)}** · matrix v${vm.row.matrixVersion} · ${escapeMarkdown(vm.row.ownerLine)}`
    : '**Unowned:** no matrix row covers this alert. Both sides are asked; it counts as a gap for the quarterly review.';
  // Links come from the alerting tool: only http(s) ones become links; the others are shown as text.
  const linkText = (vm.links ?? []).slice(0, 4).map((l) => markdownLink(l.text, l.href));
  const details = [vm.details ? escapeMarkdown(clip(vm.details, 600)) : '', linkText.join(' · ')].filter((s) => s !== '').join('\n\n');
  const refreshUserIds = vm.refreshUserIds.slice(0, MAX_REFRESH_USERS);
  const { data, submit } = payloads(vm);
  const can = Object.fromEntries(HANDOFF_BUTTONS.map((b) => [b, vm.buttons.includes(b)]));
  return expandCard(TEMPLATE, {
    hasRefresh: refreshUserIds.length > 0,
    refreshData: data,
    refreshUserIds,
    mentions,
    severityText: vm.severity.toUpperCase(),
    // A resolved handoff no longer alarms: its severity is history, in the text colour.
    severityColor: vm.status === 'resolved' ? 'Default' : SEVERITY_COLOR[vm.severity],
    statusText: escapeMarkdown(clip(vm.statusLine, 120)),
    statusColor: STATUS_COLOR[vm.status],
    summaryText: escapeMarkdown(clip(vm.summary, 300)),
    routingText,
    hasOnPoint: vm.onPoint !== undefined,
    onPointText,
    facts: vm.facts.slice(0, 8).map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(clip(f.value, 200)) })),
    hasDetails: details !== '',
    detailsText: details,
    hasTimeline: vm.timeline.length > 0,
    timelineText: bulletList(vm.timeline.slice(-MAX_TIMELINE_LINES).map((line) => clip(line, 160))),
    hasNotice: vm.notice !== undefined && vm.notice.trim() !== '',
    noticeText: escapeMarkdown(clip(vm.notice ?? '', 300)),
    can,
    // Two rows of buttons: each fits Teams' narrowest card (about 320 px) without cutting a title.
    hasMainButtons: vm.buttons.some((b) => b === 'claim' || b === 'release' || b === 'resolve' || b === 'reopen'),
    hasSideButtons: vm.buttons.some((b) => b === 'dispute' || b === 'escalate'),
    actionData: data,
    submit,
    disputeLabel: `${vm.disputeFrom ? `For ${oneLine(vm.disputeFrom)}: why` : 'Why'} is it not yours? It goes to ${oneLine(vm.disputeTo ?? 'the other side')} with your reason.`,
    disputeButton: `Send to ${clip(oneLine(vm.disputeTo ?? 'the other side'), 40)}`,
  });
}
