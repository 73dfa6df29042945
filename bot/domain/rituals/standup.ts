import { DateTime } from 'luxon';
import { sideOfRole, type Engagement, type Side } from '../engagement/engagement.ts';
import { isAway } from '../engagement/people.ts';
import { minutesOfDay } from '../ownership/business-hours.ts';
import type { WeeklyFacts } from './weekly-facts.ts';

/**
 * One weekly standup: last week's facts, who was asked, their answers (done / next / blocked), one
 * reminder for those who have not answered (never to someone away), and the final summary at the end
 * of the internal side's working day.
 */

export interface RitualActor {
  readonly id: string;
  readonly name: string;
}

export interface StandupAnswerRecord {
  readonly personId: string;
  readonly name: string;
  readonly side: Side;
  readonly done: string;
  readonly next: string;
  readonly blocked: string;
  readonly at: string;
}

export interface Standup {
  readonly kind: 'standup';
  readonly engagementId: string;
  /** The occurrence ("standup/2026-11-23", or "standup/now-…" when started early). */
  readonly key: string;
  readonly startedAt: string;
  readonly via: 'schedule' | 'command' | 'cli';
  readonly startedBy?: RitualActor;
  readonly facts: WeeklyFacts;
  /** The roster when it started, without people away that day. */
  readonly participants: readonly RitualActor[];
  readonly answers: readonly StandupAnswerRecord[];
  /** When the one reminder goes to those who have not answered. */
  readonly remindAt: string;
  /** Who got the reminder (empty until it went out). */
  readonly reminded: readonly string[];
  readonly remindedAt?: string;
  /** End of the internal side's working day: the summary is final then. */
  readonly closesAt: string;
  readonly status: 'open' | 'final';
}

export const MAX_ANSWER_CHARS = 1000;

export interface StandupStart {
  readonly engagement: Engagement;
  readonly key: string;
  readonly facts: WeeklyFacts;
  readonly now: Date;
  readonly via: Standup['via'];
  readonly startedBy?: RitualActor;
}

export function startStandup({ engagement, key, facts, now, via, startedBy }: StandupStart): Standup {
  const closesAt = closingTime(engagement, now);
  // Half-way through what is left of the day, so the reminder comes while there is still time to answer.
  const remindAt = new Date(now.getTime() + (closesAt.getTime() - now.getTime()) / 2);
  return {
    kind: 'standup',
    engagementId: engagement.id,
    key,
    startedAt: now.toISOString(),
    via,
    ...(startedBy ? { startedBy } : {}),
    facts,
    participants: engagement.people.filter((p) => !isAway(p, now)).map((p) => ({ id: p.id, name: p.name })),
    answers: [],
    remindAt: remindAt.toISOString(),
    reminded: [],
    closesAt: closesAt.toISOString(),
    status: 'open',
  };
}

/** The end of the internal side's working day; started after it, the end of that local day (at least an hour on). */
export function closingTime(engagement: Engagement, now: Date): Date {
  const local = DateTime.fromJSDate(now, { zone: engagement.internal.timeZone });
  const endMinutes = minutesOfDay(engagement.internal.hours.end);
  const endOfWork = local.startOf('day').plus({ minutes: Number.isNaN(endMinutes) ? 17 * 60 : endMinutes });
  const close = endOfWork.toMillis() - now.getTime() >= 60 * 60_000 ? endOfWork : local.endOf('day').plus({ milliseconds: 1 });
  return new Date(Math.max(close.toMillis(), now.getTime() + 60 * 60_000));
}

export interface StandupInput {
  readonly done: string;
  readonly next: string;
  readonly blocked: string;
}

export type StandupAnswerResult = { readonly ok: true; readonly standup: Standup } | { readonly ok: false; readonly reason: string };

/** Reads the three answer fields from a card's data; problems in plain words. */
export function readStandupInput(data: Record<string, unknown>): { ok: true; input: StandupInput } | { ok: false; reason: string } {
  const field = (name: string) => (typeof data[name] === 'string' ? (data[name] as string).trim() : '');
  const input = { done: field('done'), next: field('next'), blocked: field('blocked') };
  if (input.done === '' && input.next === '' && input.blocked === '') return { ok: false, reason: 'Write at least one of done, next or blocked, then send.' };
  for (const [name, value] of Object.entries(input)) {
    if (value.length > MAX_ANSWER_CHARS) return { ok: false, reason: `"${name}" is longer than ${MAX_ANSWER_CHARS} characters: shorten it and send again.` };
  }
  return { ok: true, input };
}

/** Records (or replaces) a person's answer. Only people on the roster answer; nothing after the summary is final. */
export function answerStandup(standup: Standup, engagement: Engagement, actor: RitualActor, input: StandupInput, now: Date): StandupAnswerResult {
  if (standup.status === 'final') return { ok: false, reason: 'This standup is closed: its summary is final. Answer next week’s.' };
  const person = engagement.people.find((p) => p.id === actor.id);
  if (!person) {
    return { ok: false, reason: 'Only people on this engagement’s roster answer the standup. Ask a manager to add you (`role @you internal-it` or `msp-engineer`).' };
  }
  const answer: StandupAnswerRecord = { personId: person.id, name: person.name || actor.name, side: sideOfRole(person.role), ...input, at: now.toISOString() };
  const participants = standup.participants.some((p) => p.id === person.id) ? standup.participants : [...standup.participants, { id: person.id, name: answer.name }];
  return { ok: true, standup: { ...standup, participants, answers: [...standup.answers.filter((a) => a.personId !== person.id), answer] } };
}

/** Participants who have not answered, leaving out people away now. */
export function waitingFor(standup: Standup, engagement: Engagement, now: Date): RitualActor[] {
  const answered = new Set(standup.answers.map((a) => a.personId));
  return standup.participants.filter((p) => !answered.has(p.id) && !isAwayNow(engagement, p.id, now));
}

export type StandupStep = { readonly kind: 'remind'; readonly standup: Standup } | { readonly kind: 'final'; readonly standup: Standup };

/** What the clock asks of an open standup now: its one reminder, or the final summary; undefined when nothing. */
export function dueStandupStep(standup: Standup, engagement: Engagement, now: Date): StandupStep | undefined {
  if (standup.status !== 'open') return undefined;
  const at = now.toISOString();
  if (at >= standup.closesAt) return { kind: 'final', standup: { ...standup, status: 'final' } };
  if (standup.remindedAt === undefined && at >= standup.remindAt) {
    const remind = waitingFor(standup, engagement, now).map((p) => p.id);
    return { kind: 'remind', standup: { ...standup, reminded: remind, remindedAt: at } };
  }
  return undefined;
}

/** When the clock next has something to do for this standup ('' when nothing). */
export function standupNextActionAt(standup: Standup): string {
  if (standup.status !== 'open') return '';
  return standup.remindedAt === undefined && standup.remindAt < standup.closesAt ? standup.remindAt : standup.closesAt;
}

function isAwayNow(engagement: Engagement, personId: string, now: Date): boolean {
  const person = engagement.people.find((p) => p.id === personId);
  return person !== undefined && isAway(person, now);
}
