import type { TurnContext } from 'botbuilder';
import { runSetup } from '../../app/setup-service.ts';
import type { Engagement } from '../../domain/engagement/engagement.ts';
import { canChangeMatrix, REFUSAL_MATRIX_CHANGE } from '../../domain/engagement/permissions.ts';
import { parseSetupInput } from '../../domain/engagement/setup-input.ts';
import { defaultTemplateMatrix } from '../../domain/matrix/default-template.ts';
import { parseMatrix } from '../../domain/matrix/matrix-import.ts';
import type { Matrix } from '../../domain/matrix/matrix.ts';
import type { BotDeps } from '../bot-deps.ts';
import { stringField, type CardAction, type CardActionResult } from '../card-action.ts';
import { setupCard, setupDoneCard } from '../replies/setup-reply.ts';
import { sendCard } from '../send-card.ts';

/** `setup`: the setup card, prefilled with what is set now. */
export async function handleSetupCommand(context: TurnContext, deps: BotDeps, engagement: Engagement): Promise<void> {
  await sendCard(context, setupCard(engagement, deps.config.defaultTimeZone));
}

/** `setup.open` from the welcome card. */
export function openSetup(action: CardAction, deps: BotDeps): CardActionResult {
  return { card: setupCard(action.engagement, deps.config.defaultTimeZone) };
}

/**
 * `setup.save`: validate everything first (sides, hours, time zone, the matrix), so a bad submit
 * writes nothing and shows the card again with the problems; then save and publish.
 */
export async function saveSetup(action: CardAction, deps: BotDeps): Promise<CardActionResult> {
  const { engagement, actor, data } = action;
  if (!canChangeMatrix(engagement, actor.id)) return { card: setupCard(engagement, deps.config.defaultTimeZone, [REFUSAL_MATRIX_CHANGE]) };
  const fields = [
    'internalName',
    'mspName',
    'timeZone',
    'hoursStart',
    'hoursEnd',
    'days',
    'holidayRegion',
    'yourSide',
    'mspTimeZone',
    'mspHoursStart',
    'mspHoursEnd',
    'mspHolidayRegion',
  ] as const;
  // Names and zone are always passed (empty is a problem to report); the rest fall back to defaults when empty.
  const required = new Set<string>(['internalName', 'mspName', 'timeZone']);
  const raw = Object.fromEntries(fields.map((f) => [f, stringField(data, f, 200)] as const).filter(([f, v]) => v !== '' || required.has(f)));
  const parsed = parseSetupInput(raw);
  const problems = parsed.ok ? [] : [...parsed.problems];
  let matrix: Matrix | undefined;
  const template = stringField(data, 'template') || 'default';
  if (template === 'paste') {
    const text = stringField(data, 'matrixText', 500_000);
    if (text.trim() === '') problems.push('Paste your matrix (a table with Function | Internal | MSP), or choose the default template.');
    else {
      const imported = parseMatrix(text);
      if (imported.ok) matrix = imported.matrix;
      else problems.push(...imported.errors.slice(0, 10).map((e) => `Matrix line ${e.line}: ${e.message}`));
    }
  } else {
    matrix = defaultTemplateMatrix();
  }
  if (!parsed.ok || !matrix || problems.length > 0) {
    return { card: setupCard(engagement, deps.config.defaultTimeZone, problems, data) };
  }
  const outcome = await runSetup(deps.services, engagement.id, parsed.input, matrix, actor, actor.name);
  return { card: setupDoneCard(outcome.engagement, outcome.version, template === 'paste' ? 'paste' : 'default') };
}
