import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { bulletList, clip, escapeMarkdown, oneLine } from './markdown-text.ts';
import { MAX_REFRESH_USERS } from './handoff-card.ts';

/** One participant's answer on the weekly standup. */
export interface StandupAnswer {
  name: string;
  done: string;
  next: string;
  blocked: string;
}

export interface StandupCardModel {
  engagementId: string;
  /** The occurrence it belongs to ("standup/2026-11-23"): answers are filed under it. */
  occurrenceKey: string;
  /** "Weekly standup — week of 16 Nov". */
  title: string;
  /** "Contoso IT and Fabrikam MSP · answers close at 17:00". */
  subtitle: string;
  /** Last week's facts, ready to read ("Opened": "Contoso IT 1 · Fabrikam MSP 2 · both/unowned 1"). */
  facts: Array<{ title: string; value: string }>;
  /** "who owns" topics nobody owns, asked last week. */
  gapTopics: string[];
  answers: StandupAnswer[];
  /** People who have not answered yet (away people are left out by the caller). */
  pending: string[];
  /** False once the summary is final (end of day): no more inputs. */
  open: boolean;
  /** The viewer's own earlier answer, to edit. */
  draft?: { done: string; next: string; blocked: string };
  /** Teams user ids whose clients fetch their own view (with their answer to edit); at most 60 are used. */
  refreshUserIds?: string[];
}

const TEMPLATE = loadCardTemplate('standup');

export function buildStandupCard(vm: StandupCardModel): AdaptiveCardJson {
  const answers = vm.answers.slice(0, 25);
  const blockers = answers.filter((a) => a.blocked.trim() !== '');
  const data = { engagementId: vm.engagementId, occurrence: vm.occurrenceKey };
  return expandCard(TEMPLATE, {
    title: escapeMarkdown(clip(vm.title, 120)),
    subtitle: escapeMarkdown(clip(vm.subtitle, 200)),
    facts: vm.facts.slice(0, 12).map((f) => ({ title: oneLine(f.title), value: escapeMarkdown(clip(f.value, 200)) })),
    hasGapTopics: vm.gapTopics.length > 0,
    gapTopicsText: `Asked, and no row covers it: ${vm.gapTopics.slice(0, 8).map((t) => `“${escapeMarkdown(clip(t, 60))}”`).join(', ')}`,
    answersTitle: vm.open ? `Answers so far: ${answers.length}` : `Summary: ${answers.length} answered`,
    hasAnswers: answers.length > 0,
    answersText: bulletList(
      answers.map((a) => `**${escapeMarkdown(clip(a.name, 60))}** — done: ${escapeMarkdown(clip(a.done || '—', 200))}; next: ${escapeMarkdown(clip(a.next || '—', 200))}`),
      { markdownItems: true },
    ),
    hasBlockers: blockers.length > 0,
    blockersText: `Blocked: ${blockers.map((a) => `${escapeMarkdown(clip(a.name, 60))} (${escapeMarkdown(clip(a.blocked, 200))})`).join('; ')}`,
    hasPending: vm.pending.length > 0,
    pendingText: `${vm.open ? 'Waiting for' : 'Did not answer'}: ${vm.pending.slice(0, 20).map((n) => escapeMarkdown(clip(n, 60))).join(', ')}`,
    open: vm.open,
    draft: { done: clip(vm.draft?.done ?? '', 1000), next: clip(vm.draft?.next ?? '', 1000), blocked: clip(vm.draft?.blocked ?? '', 1000) },
    answerButton: vm.draft ? 'Update my answer' : 'Send my answer',
    hasRefresh: vm.open && (vm.refreshUserIds?.length ?? 0) > 0,
    refreshUserIds: (vm.refreshUserIds ?? []).slice(0, MAX_REFRESH_USERS),
    actionData: data,
    submitData: { ...data, verb: 'standup.answer' },
  });
}
