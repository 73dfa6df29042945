import { DateTime } from 'luxon';
import { otherSide, sideProfile, type Engagement, type Side } from '../engagement/engagement.ts';
import type { MatrixRow } from '../matrix/matrix.ts';
import { cellText } from '../matrix/matrix-summary.ts';
import type { SideAvailability } from './availability.ts';
import { describeHours } from './hours-text.ts';
import { clockTime, monthShort, weekdayLong, weekdayShort } from './local-time-text.ts';
import type { AvailabilityBySide } from './on-point.ts';
import type { OnPoint, SidePart } from './ownership.ts';
import { partOf } from './side-parts.ts';

export interface ExplanationInput {
  readonly row: MatrixRow;
  readonly engagement: Engagement;
  readonly parts: readonly SidePart[];
  readonly onPoint: readonly OnPoint[];
  readonly availability: AvailabilityBySide;
  readonly at: Date;
}

/** The sentences a user reads under an answer, in order: who has which part, the time, away, who is on point. */
export function explainOwnership(input: ExplanationInput): string[] {
  const { row, parts } = input;
  if (parts.length === 0) {
    return [
      `Nobody owns "${row.function}" in the matrix (Internal: ${cellText(row.internal)}, MSP: ${cellText(row.msp)}).`,
      'This is a gap: propose an owner so it is settled at the next review.',
    ];
  }
  return [...partSentences(parts), ...timeSentences(input), ...awaySentences(input), ...coverSentences(input), ...onPointSentences(input)];
}

/** "Contoso IT owns this (✓)." / "Fabrikam MSP helps with overflow only." */
export function partSentences(parts: readonly SidePart[]): string[] {
  const [first, second] = parts;
  if (first && second && first.kind === second.kind && (first.kind === 'owns' || first.kind === 'joint')) {
    const verb = first.kind === 'owns' ? 'both own this' : 'share this';
    const raw = first.cell.raw === second.cell.raw ? first.cell.raw : `${first.cell.raw} / ${second.cell.raw}`;
    return [`${first.name} and ${second.name} ${verb} (${raw}).`];
  }
  return parts.map((part) => partSentence(part, parts));
}

function partSentence(part: SidePart, parts: readonly SidePart[]): string {
  const raw = part.cell.raw;
  const other = partOf(parts, otherSide(part.side));
  const otherName = other?.name ?? 'the other side';
  switch (part.kind) {
    case 'owns':
      return `${part.name} owns this (${raw}).`;
    case 'joint':
      return `${part.name} shares this (${raw}).`;
    case 'backup':
      return /^overflow( only)?$/i.test(raw) ? `${part.name} helps with overflow only.` : `${part.name} helps as backup only ("${raw}").`;
    case 'when-other-unavailable':
      return `${part.name} covers when ${otherName} is unavailable ("${raw}").`;
    case 'after-hours':
      return `${part.name} handles this after hours ("${raw}").`;
    case 'business-hours':
      return `${part.name} handles this during business hours only ("${raw}").`;
    case 'scoped':
      return `${part.name} has a limited part: "${raw}".`;
  }
}

/** "It is 22:10 on Saturday in America/New_York: outside Contoso IT's hours (Mon–Fri 08:00–17:00)." */
function timeSentences({ engagement, parts, availability, at }: ExplanationInput): string[] {
  const { internal, msp } = engagement;
  if (!partOf(parts, 'internal')) return [timeSentence(engagement, 'msp', availability.msp, at, 'It is')];
  const sentences = [timeSentence(engagement, 'internal', availability.internal, at, 'It is')];
  const mspMatters = partOf(parts, 'msp') !== undefined && (msp.timeZone !== internal.timeZone || availability.msp.inHours !== availability.internal.inHours);
  if (mspMatters) sentences.push(timeSentence(engagement, 'msp', availability.msp, at, `For ${msp.name} it is`));
  return sentences;
}

function timeSentence(engagement: Engagement, side: Side, availability: SideAvailability, at: Date, opening: string): string {
  const profile = sideProfile(engagement, side);
  const local = DateTime.fromJSDate(at, { zone: profile.timeZone });
  const when = `${opening} ${clockTime(local)} on ${weekdayLong(local)} in ${profile.timeZone}`;
  if (availability.holiday) return `${when}: ${availability.holiday}, a public holiday for ${profile.name}.`;
  const hours = describeHours(profile.hours);
  return availability.inHours ? `${when}: within ${profile.name}'s hours (${hours}).` : `${when}: outside ${profile.name}'s hours (${hours}).`;
}

/** "Contoso IT is away until 2 Dec; Fabrikam MSP covers ("When internal unavailable")." */
function awaySentences(input: ExplanationInput): string[] {
  const sentences: string[] = [];
  for (const part of input.parts) {
    const availability = input.availability[part.side];
    if (!availability.allAway || !availability.awayUntil) continue;
    const until = formatDay(input.engagement, part.side, availability.awayUntil, input.at);
    const cover = coverClause(input, part.side);
    sentences.push(`${part.name} is away until ${until}${cover ? `; ${cover}` : ''}.`);
  }
  return sentences;
}

/** When a side is out of hours (not away) and another side steps in. */
function coverSentences(input: ExplanationInput): string[] {
  const sentences: string[] = [];
  for (const part of input.parts) {
    const availability = input.availability[part.side];
    if (availability.allAway || availability.inHours) continue;
    const cover = coverClause(input, part.side);
    const off = availability.holiday ? `is off for ${availability.holiday}` : 'is out of hours';
    if (cover) sentences.push(`${part.name} ${off}${backAt(input, part.side)}; ${cover}.`);
  }
  return sentences;
}

/** How the other side steps in for `side`, if it does. */
function coverClause(input: ExplanationInput, side: Side): string | undefined {
  const coverSide = otherSide(side);
  const cover = input.onPoint.find((p) => p.side === coverSide);
  const part = partOf(input.parts, coverSide);
  if (!cover || !part) return undefined;
  if (cover.reason === 'covers') return `${part.name} covers ("${part.cell.raw}")`;
  if (cover.reason === 'overflow') return `${part.name} takes it as overflow ("${part.cell.raw}")`;
  if (cover.reason === 'after-hours') return `${part.name} is on point after hours ("${part.cell.raw}")`;
  return undefined;
}

/** The closing sentences: what happens when nobody can cover, then who is on point now. */
function onPointSentences(input: ExplanationInput): string[] {
  const names = input.onPoint.map((p) => partOf(input.parts, p.side)?.name ?? sideProfile(input.engagement, p.side).name);
  const notes = input.onPoint
    .filter((p) => p.reason === 'no-cover')
    .map(({ side }) => {
      const availability = input.availability[side];
      const name = sideProfile(input.engagement, side).name;
      if (availability.allAway) return `Nobody else covers this while ${name} is away, so it stays with ${name}; escalate if it cannot wait.`;
      if (side === 'msp') return `${name} stays on point outside its business hours, as the owner.`;
      return `Nobody covers this outside ${name}'s hours: it waits for ${name}${backAt(input, side)}; escalate if it cannot wait.`;
    });
  return [...notes, `On point now: ${names.join(' and ')}.`];
}

function backAt(input: ExplanationInput, side: Side): string {
  const at = input.availability[side].backAt;
  if (!at) return '';
  const profile = sideProfile(input.engagement, side);
  const local = DateTime.fromISO(at, { zone: profile.timeZone });
  const days = (local.toMillis() - input.at.getTime()) / 86_400_000;
  const day = days < 6 ? weekdayShort(local) : `${weekdayShort(local)} ${local.day} ${monthShort(local)}`;
  return ` (back ${day} ${clockTime(local)})`;
}

/** "2 Dec", "2 Dec 2027" in another year, "2 Dec 14:00" when not at midnight. */
export function formatDay(engagement: Engagement, side: Side, iso: string, now: Date): string {
  const zone = sideProfile(engagement, side).timeZone;
  const local = DateTime.fromISO(iso, { zone });
  const year = local.year !== DateTime.fromJSDate(now, { zone }).year ? ` ${local.year}` : '';
  const time = local.hour !== 0 || local.minute !== 0 ? ` ${clockTime(local)}` : '';
  return `${local.day} ${monthShort(local)}${year}${time}`;
}
