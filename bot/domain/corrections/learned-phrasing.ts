import type { LearnedPhrasing } from '../resolver/matrix-resolver.ts';
import { isCloseParaphrase, phrasingKey, phrasingWords } from './phrasing-similarity.ts';

/**
 * A phrasing Baton learned for a row from corrections. It applies to its author at once ('personal')
 * and to everyone ('shared') when a manager corrected it, a second person corrected a close paraphrase
 * to the same row, or a manager confirmed it. The quarterly review makes it an alias of the row
 * ('adopted') or drops it; a manager may drop it any time.
 */
export type PhrasingStatus = 'personal' | 'shared' | 'adopted' | 'dropped';

export interface Supporter {
  readonly id: string;
  readonly name: string;
  readonly at: string;
  readonly manager: boolean;
}

export type PhrasingEnd = 'dropped' | 'superseded' | 'review-kept' | 'review-dropped' | 'row-retired';

export interface LearnedPhrasingRecord {
  readonly engagementId: string;
  readonly id: string;
  readonly rowId: string;
  /** The row's function when it was learned (for lists; the row id is what counts). */
  readonly function: string;
  readonly text: string;
  readonly status: PhrasingStatus;
  /** Distinct people who corrected to it, first first. */
  readonly supporters: readonly Supporter[];
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly matrixVersion: number;
  readonly sharedAt?: string;
  readonly sharedHow?: 'manager' | 'agreement' | 'confirmed';
  readonly endedAt?: string;
  readonly endedHow?: PhrasingEnd;
  readonly endedBy?: string;
}

/** One link of the engagement's learning trail (audit events, hash-chained like handoff events). */
export interface LearningEvent {
  readonly kind: 'corrected' | 'shared' | 'confirmed' | 'dropped' | 'superseded' | 'adopted' | 'review-dropped';
  readonly at: string;
  readonly actor?: { readonly id: string; readonly name: string };
  readonly via: 'card' | 'review';
  readonly phrasingId: string;
  readonly rowId: string;
  readonly text?: string;
  readonly correctionId?: string;
}

/** The chain id of an engagement's learning trail, in the place a handoff id takes in handoff chains. */
export const LEARNING_CHAIN = 'learning';

export const isActive = (p: LearnedPhrasingRecord): boolean => p.status === 'personal' || p.status === 'shared';

export interface LearnInput {
  readonly engagementId: string;
  /** Id for a new phrasing, when one is needed. */
  readonly newId: string;
  readonly rowId: string;
  readonly function: string;
  readonly text: string;
  readonly matrixVersion: number;
  readonly by: { readonly id: string; readonly name: string };
  readonly teachesEveryone: boolean;
  readonly at: string;
  readonly correctionId: string;
}

export interface Learned {
  /** The phrasing the correction created or supported, as it is now. */
  readonly phrasing: LearnedPhrasingRecord;
  /** Every record that changed (the phrasing first), to store. */
  readonly changed: readonly LearnedPhrasingRecord[];
  readonly isNew: boolean;
  readonly appliesTo: 'everyone' | 'author';
  readonly events: readonly LearningEvent[];
}

function supported(p: LearnedPhrasingRecord, by: Supporter): LearnedPhrasingRecord {
  return p.supporters.some((s) => s.id === by.id) ? p : { ...p, supporters: [...p.supporters, by] };
}

function share(p: LearnedPhrasingRecord, how: NonNullable<LearnedPhrasingRecord['sharedHow']>, at: string): LearnedPhrasingRecord {
  return p.status === 'shared' ? p : { ...p, status: 'shared', sharedAt: at, sharedHow: how };
}

/** What a correction teaches: a new phrasing, or support for a close paraphrase already learned for that row. */
export function learnFromCorrection(phrasings: readonly LearnedPhrasingRecord[], input: LearnInput): Learned {
  const me: Supporter = { id: input.by.id, name: input.by.name, at: input.at, manager: input.teachesEveryone };
  const key = phrasingKey(input.text);
  const sameRow = phrasings.filter((p) => isActive(p) && p.rowId === input.rowId);
  const existing = sameRow.find((p) => phrasingKey(p.text) === key) ?? sameRow.find((p) => isCloseParaphrase(p.text, input.text));
  const actor = { id: input.by.id, name: input.by.name };
  const corrected = (p: LearnedPhrasingRecord): LearningEvent => ({
    kind: 'corrected',
    at: input.at,
    actor,
    via: 'card',
    phrasingId: p.id,
    rowId: p.rowId,
    text: input.text,
    correctionId: input.correctionId,
  });

  let phrasing: LearnedPhrasingRecord;
  if (existing) {
    const withMe = supported(existing, me);
    const agreed = new Set(withMe.supporters.map((s) => s.id)).size >= 2;
    phrasing = input.teachesEveryone ? share(withMe, 'manager', input.at) : agreed ? share(withMe, 'agreement', input.at) : withMe;
    if (phrasing !== existing) phrasing = { ...phrasing, updatedAt: input.at };
  } else {
    const base: LearnedPhrasingRecord = {
      engagementId: input.engagementId,
      id: input.newId,
      rowId: input.rowId,
      function: input.function,
      text: input.text,
      status: 'personal',
      supporters: [me],
      createdAt: input.at,
      updatedAt: input.at,
      matrixVersion: input.matrixVersion,
    };
    phrasing = input.teachesEveryone ? share(base, 'manager', input.at) : base;
  }
  const events: LearningEvent[] = [corrected(phrasing)];
  if (phrasing.status === 'shared' && existing?.status !== 'shared')
    events.push({ kind: 'shared', at: input.at, actor, via: 'card', phrasingId: phrasing.id, rowId: phrasing.rowId, correctionId: input.correctionId });

  // The same person now says a close paraphrase means another row: their own earlier phrasing goes.
  const superseded = phrasings
    .filter((p) => p.status === 'personal' && p.rowId !== input.rowId && p.supporters.length === 1 && p.supporters[0]!.id === me.id && isCloseParaphrase(p.text, input.text))
    .map((p): LearnedPhrasingRecord => ({ ...p, status: 'dropped', updatedAt: input.at, endedAt: input.at, endedHow: 'superseded', endedBy: me.name }));
  for (const p of superseded) events.push({ kind: 'superseded', at: input.at, actor, via: 'card', phrasingId: p.id, rowId: p.rowId, correctionId: input.correctionId });

  const changed = [...(existing === undefined || phrasing !== existing ? [phrasing] : []), ...superseded];
  return { phrasing, changed, isNew: existing === undefined, appliesTo: phrasing.status === 'shared' ? 'everyone' : 'author', events };
}

export type ManageResult = { readonly ok: true; readonly phrasing: LearnedPhrasingRecord; readonly event: LearningEvent } | { readonly ok: false; readonly reason: string };

/** A manager confirms a personal phrasing: it applies to everyone. */
export function confirmPhrasing(p: LearnedPhrasingRecord | undefined, by: { id: string; name: string }, at: string): ManageResult {
  if (!p || !isActive(p)) return { ok: false, reason: 'That phrasing is no longer learned (dropped, or made an alias by a review).' };
  if (p.status === 'shared') return { ok: false, reason: `“${p.text}” already applies to everyone.` };
  const phrasing: LearnedPhrasingRecord = { ...share(p, 'confirmed', at), updatedAt: at };
  return { ok: true, phrasing, event: { kind: 'confirmed', at, actor: by, via: 'card', phrasingId: p.id, rowId: p.rowId } };
}

/** A manager drops a phrasing: it no longer steers answers, for anyone. */
export function dropPhrasing(p: LearnedPhrasingRecord | undefined, by: { id: string; name: string }, at: string): ManageResult {
  if (!p || !isActive(p)) return { ok: false, reason: 'That phrasing is no longer learned (dropped, or made an alias by a review).' };
  const phrasing: LearnedPhrasingRecord = { ...p, status: 'dropped', updatedAt: at, endedAt: at, endedHow: 'dropped', endedBy: by.name };
  return { ok: true, phrasing, event: { kind: 'dropped', at, actor: by, via: 'card', phrasingId: p.id, rowId: p.rowId } };
}

/** The phrasings that steer answers: those shared with everyone, and the person's own personal ones. */
export function learnedSet(phrasings: readonly LearnedPhrasingRecord[], personId?: string): { shared: LearnedPhrasing[]; personal: LearnedPhrasing[] } {
  const shared: LearnedPhrasing[] = [];
  const personal: LearnedPhrasing[] = [];
  for (const p of phrasings) {
    if (p.status === 'shared') shared.push({ rowId: p.rowId, text: p.text });
    else if (p.status === 'personal' && personId !== undefined && p.supporters.some((s) => s.id === personId)) personal.push({ rowId: p.rowId, text: p.text });
  }
  return { shared, personal };
}

/** Who taught it, in words: "Megan Bowen" / "Megan Bowen and Adele Vance". */
export function teachers(p: LearnedPhrasingRecord): string {
  const names = p.supporters.map((s) => s.name);
  return names.length <= 2 ? names.join(' and ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
}

/**
 * Whether an answer came from a learned phrasing: the row has one whose words matched the question
 * and are not the row's own words. Returns who taught it and when.
 */
export function learnedProvenance(
  phrasings: readonly LearnedPhrasingRecord[],
  row: { readonly id: string; readonly function: string; readonly aliases: readonly string[] },
  matchedTerms: readonly string[],
): { readonly by: string; readonly at: string } | undefined {
  const candidates = phrasings.filter((p) => p.rowId === row.id && isActive(p));
  if (candidates.length === 0) return undefined;
  const own = new Set(phrasingWords([row.function, ...row.aliases].join(' ')));
  const learnedTerms = new Set(matchedTerms.flatMap((t) => phrasingWords(t.replace(/^≈/, ''))).filter((w) => !own.has(w)));
  const p = candidates.find((c) => phrasingWords(c.text).some((w) => learnedTerms.has(w)));
  return p ? { by: p.supporters[0]?.name ?? 'someone', at: p.createdAt } : undefined;
}
