import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { bulletList, clip, escapeMarkdown, plainText } from './markdown-text.ts';
import { MAX_REFRESH_USERS } from './handoff-card.ts';
import { fitToBudget } from './fit-to-budget.ts';
import { mentionEntity } from './card-mention.ts';
import { CARD_VERBS } from './card-verbs.ts';

/** One participant's answer on the weekly standup. */
export interface StandupAnswer {
  name: string;
  done: string;
  next: string;
  blocked: string;
  /** When it was received, in words ("Mon 30 Nov, 10:12 (America/New_York)"). */
  received?: string;
}

export interface StandupCardModel {
  engagementId: string;
  /** The occurrence it belongs to ("standup/2026-11-23"): answers are filed under it. */
  occurrenceKey: string;
  /** "Weekly standup, Mon 30 Nov". */
  title: string;
  /** "Contoso IT and Fabrikam MSP · answers close Mon 30 Nov, 17:00 (America/New_York)". */
  subtitle: string;
  /** The period the facts count, in words ("Last week, Mon 23 – Sun 29 Nov"); "from Baton's records" is added. */
  period?: string;
  /** Last week's facts, ready to read ("Opened": "Contoso IT 1 · Fabrikam MSP 2 · both/unowned 1"). */
  facts: Array<{ title: string; value: string }>;
  /** "who owns" topics nobody owns, asked last week. */
  gapTopics: string[];
  answers: StandupAnswer[];
  /** People who have not answered yet (away people are left out by the caller). */
  pending: string[];
  /**
   * The same people with their Teams ids: while the standup is open the first of them are
   * @mentioned, so the post reaches them (a channel post notifies nobody by itself).
   */
  pendingPeople?: Array<{ id: string; name: string }>;
  /** False once the summary is final (end of day): no more inputs. */
  open: boolean;
  /**
   * The viewer's own answer: shown as sent, with when it was received, and "Edit my answer" opens it
   * in the form. Without it the card is a form to answer.
   */
  draft?: { done: string; next: string; blocked: string };
  /** When the viewer's answer was received, in words in their zone ("Mon 30 Nov, 15:12 (Europe/London)"). */
  draftReceived?: string;
  /**
   * True when this is one person's own view (Baton knows who looks at it). The shared copy, which
   * clients that do not refresh per person show everyone, offers "Show my answer" once answers exist.
   */
  forViewer?: boolean;
  /** Teams user ids whose clients fetch their own view (with their answer to edit); at most 60 are used. */
  refreshUserIds?: string[];
}

const TEMPLATE = loadCardTemplate('standup');
/** People the open standup @mentions at most (the rest are named). */
export const MAX_STANDUP_MENTIONS = 20;

/**
 * The standup card. Every answer counts in its title; as many answers are listed as fit Teams' size
 * budget (the rest are named), and blockers come first in what is kept: they are what people act on.
 */
export function buildStandupCard(vm: StandupCardModel): AdaptiveCardJson {
  const answers = vm.answers;
  const mine = vm.draft;
  const blockers = answers.filter((a) => a.blocked.trim() !== '');
  const data = { engagementId: vm.engagementId, occurrence: vm.occurrenceKey };
  // Mentions only while open and only when the ids line up with the names shown.
  const people = vm.open && vm.pendingPeople && vm.pendingPeople.length === vm.pending.length ? vm.pendingPeople.slice(0, MAX_STANDUP_MENTIONS) : [];
  const mentioned = people.map((p) => mentionEntity({ id: p.id, name: clip(p.name, 60) }));
  // The first names are their @mention tags, the rest plain.
  const pendingNames = vm.pending.map((n, i) => mentioned[i]?.text ?? escapeMarkdown(clip(n, 60)));
  const list = (items: string[], max: number) => (items.length > max ? `${items.slice(0, max).join(', ')} and ${items.length - max} more` : items.join(', '));
  const build = (shown: number) => {
    const listed = answers.slice(0, shown);
    const rest = answers.slice(shown).map((a) => escapeMarkdown(clip(a.name, 60)));
    return expandCard(TEMPLATE, {
      title: escapeMarkdown(clip(vm.title, 120)),
      subtitle: escapeMarkdown(clip(vm.subtitle, 200)),
      periodTitle: `${escapeMarkdown(clip(vm.period ?? 'Last week', 160))}, from Baton's records`,
      facts: vm.facts.slice(0, 12).map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(clip(f.value, 200)) })),
      hasGapTopics: vm.gapTopics.length > 0,
      gapTopicsText: `Asked, and no row covers it: ${vm.gapTopics
        .slice(0, 8)
        .map((t) => `“${escapeMarkdown(clip(t, 60))}”`)
        .join(', ')}`,
      answersTitle: vm.open ? `Answers so far: ${answers.length}` : `Summary: ${answers.length} answered`,
      hasAnswers: answers.length > 0,
      answersText: bulletList(
        [
          ...listed.map(
            (a) =>
              `**${escapeMarkdown(clip(a.name, 60))}** — done: ${escapeMarkdown(clip(a.done || '—', 200))}; next: ${escapeMarkdown(clip(a.next || '—', 200))}${a.received ? ` (received ${escapeMarkdown(clip(a.received, 120))})` : ''}`,
          ),
          ...(rest.length > 0 ? [`Also answered: ${list(rest, 30)}`] : []),
        ],
        { markdownItems: true },
      ),
      hasBlockers: blockers.length > 0,
      blockersText: `Blocked: ${blockers
        .slice(0, 30)
        .map((a) => `${escapeMarkdown(clip(a.name, 60))} (${escapeMarkdown(clip(a.blocked, shown < answers.length ? 120 : 200))})`)
        .join('; ')}${blockers.length > 30 ? ` and ${blockers.length - 30} more` : ''}`,
      hasPending: vm.pending.length > 0,
      pendingText: `${vm.open ? 'Waiting for' : 'Did not answer'}: ${list(pendingNames, 20)}`,
      mentions: mentioned,
      hasMine: mine !== undefined,
      mineTitle: vm.draftReceived ? `✔ Your answer was received ${escapeMarkdown(clip(vm.draftReceived, 120))}` : '✔ Your answer was received',
      mineFacts: mine
        ? [
            { title: 'Done', value: escapeMarkdown(clip(mine.done || '—', 1000)) },
            { title: 'Next', value: escapeMarkdown(clip(mine.next || '—', 1000)) },
            { title: 'Blocked', value: escapeMarkdown(clip(mine.blocked || 'nothing', 1000)) },
          ]
        : [],
      // The form for someone who has not answered; who has, reads their answer and edits it behind "Edit my answer".
      showForm: vm.open && mine === undefined,
      offerMine: vm.open && mine === undefined && !vm.forViewer && answers.length > 0,
      canEdit: vm.open && mine !== undefined,
      draft: { done: clip(plainText(mine?.done ?? ''), 1000), next: clip(plainText(mine?.next ?? ''), 1000), blocked: clip(plainText(mine?.blocked ?? ''), 1000) },
      hasRefresh: vm.open && (vm.refreshUserIds?.length ?? 0) > 0,
      refreshUserIds: (vm.refreshUserIds ?? []).slice(0, MAX_REFRESH_USERS),
      actionData: data,
      submitData: { ...data, verb: CARD_VERBS.standupAnswer },
      refreshSubmitData: { ...data, verb: CARD_VERBS.standupRefresh },
    });
  };
  return fitToBudget(answers.length, build).card;
}
