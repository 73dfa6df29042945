import { describe, expect, it } from 'vitest';
import type { BatonConfig } from '../../bot/config/config.ts';
import type { ConversationKind } from '../../bot/domain/engagement/engagement.ts';
import { welcomeReplies } from '../../bot/teams/handlers/welcome-handler.ts';
import { setupCard } from '../../bot/teams/replies/setup-reply.ts';
import { buildSetupCard } from '../../cards/setup-card.ts';
import { buildWelcomeCard } from '../../cards/welcome-card.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { engagement } from '../ownership/engagement-fixture.ts';
import { SAMPLE_SETUP } from './card-samples.ts';

const CONFIG = { defaultTimeZone: 'America/New_York' } as BatonConfig;
const LINE = 'Applies to this team: all its channels and its members’ personal chats with Baton.';

/** The TextBlocks of the body, in order, before the first input. */
function topTexts(card: { body: unknown[] }): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const item of card.body as Array<Record<string, unknown>>) {
    if (String(item.type).startsWith('Input.')) break;
    if (item.type === 'TextBlock') out.push(item);
  }
  return out;
}

describe('where the setup applies', () => {
  it('the setup card says it in one plain line near the top', () => {
    const card = buildSetupCard({ ...SAMPLE_SETUP, appliesTo: LINE }) as { body: unknown[] };
    const line = topTexts(card)
      .slice(0, 3)
      .find((t) => t.text === LINE);
    expect(line).toMatchObject({ wrap: true });
    expect(line?.color).toBeUndefined();
    expect(validateCard(card)).toEqual([]);
  });

  it('the welcome card says it in one plain line near the top', () => {
    for (const setUp of [false, true]) {
      const card = buildWelcomeCard({ setUp, appliesTo: LINE }) as { body: unknown[] };
      expect(
        topTexts(card)
          .slice(0, 3)
          .some((t) => t.text === LINE),
      ).toBe(true);
    }
  });

  it('is left out when not given', () => {
    expect(JSON.stringify(buildSetupCard(SAMPLE_SETUP))).not.toContain('Applies to');
    expect(JSON.stringify(buildWelcomeCard({ setUp: false }))).not.toContain('Applies to');
  });

  const SENTENCES: Record<ConversationKind, string> = {
    channel: LINE,
    groupChat: 'Applies to this group chat.',
    personal: 'Applies to your personal chat only, until you add Baton to your team’s channel: this setup then moves there with it.',
  };
  it.each(Object.entries(SENTENCES))('on install in a %s, the welcome says it from the conversation kind', (kind, sentence) => {
    const e = engagement({ setUp: false, matrixVersion: 0, conversationKind: kind as ConversationKind });
    for (const card of welcomeReplies(e, CONFIG)) expect(JSON.stringify(card)).toContain(sentence);
    expect(JSON.stringify(setupCard(e, 'America/New_York'))).toContain(sentence);
  });
});
