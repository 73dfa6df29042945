import { describe, expect, it } from 'vitest';
import type { TurnContext } from 'botbuilder';
import type { BatonConfig } from '../../bot/config/config.ts';
import type { BotDeps } from '../../bot/teams/bot-deps.ts';
import { handleAway, handleBack } from '../../bot/teams/handlers/away-handler.ts';
import { welcomeReplies } from '../../bot/teams/handlers/welcome-handler.ts';
import { correctionCard } from '../../bot/teams/replies/correction-reply.ts';
import { helpCard } from '../../bot/teams/replies/help-reply.ts';
import { noMatrixCard, setupCard, setupDoneCard } from '../../bot/teams/replies/setup-reply.ts';
import { buildDidYouMeanCard } from '../../cards/did-you-mean-card.ts';
import type { Engagement } from '../../bot/domain/engagement/engagement.ts';
import { engagement } from '../ownership/engagement-fixture.ts';
import { renderedTexts } from './markup-check.ts';
import { colourProblems } from './colour-check.ts';

const CONFIG = { defaultTimeZone: 'America/New_York' } as BatonConfig;
const FRESH = engagement({ setUp: false, matrixVersion: 0 });
const SET_UP = engagement({ setUp: true, id: 'e-3fk9q2m7xw1c' });
const VERSION = { engagementId: SET_UP.id, version: 1, author: 'Pat Kim', at: '2026-11-20T10:00:00Z', reason: 'Setup', matrix: { rows: [] } };

/** Teams renders no code spans: a backtick in any shown text shows as a backtick. */
function backtickTexts(card: unknown): string[] {
  return renderedTexts(card)
    .filter((t) => t.text.includes('`'))
    .map((t) => `${t.where}: ${t.text}`);
}

const CARDS: Record<string, () => unknown> = {
  'welcome (fresh)': () => welcomeReplies(FRESH, CONFIG),
  'welcome (set up)': () => welcomeReplies(SET_UP, CONFIG),
  setup: () => setupCard(FRESH, 'America/New_York', ['Give the internal side a name.']),
  'setup done': () => setupDoneCard(SET_UP, VERSION, 'default'),
  'no matrix (fresh)': () => noMatrixCard(FRESH),
  'no matrix (set up)': () => noMatrixCard(SET_UP),
  help: () => helpCard(FRESH),
  correction: () => correctionCard({ question: 'who owns the copier?', version: VERSION, was: 'gap' }),
  'did you mean': () => buildDidYouMeanCard({ question: 'firewall?', topic: 'firewall', choices: [{ rowId: 'a', functionName: 'Firewall management' }] }),
};

describe('Baton’s own sentences show no literal backticks', () => {
  it.each(Object.keys(CARDS))('%s', (name) => {
    expect(backtickTexts(CARDS[name]!())).toEqual([]);
  });
});

describe('the away and back notices', () => {
  async function sent(run: (context: TurnContext, deps: BotDeps, e: Engagement) => Promise<void>, e: Engagement): Promise<unknown[]> {
    const cards: unknown[] = [];
    const context = { sendActivity: async (a: { attachments?: Array<{ content: unknown }> }) => void cards.push(a.attachments?.[0]?.content) } as unknown as TurnContext;
    const deps = {
      services: { clock: () => new Date('2026-11-23T15:00:00Z'), engagements: { update: async (_id: string, f: (e: Engagement) => Engagement) => f(e) } },
    } as unknown as BotDeps;
    await run(context, deps, e);
    return cards;
  }

  it('are readable (no green on green) and show commands in bold, not in backticks', async () => {
    const actor = { id: '29:dana', name: 'Dana Ortiz' };
    const cards = [
      ...(await sent((c, d, e) => handleAway(c, d, e, actor, 'friday'), SET_UP)),
      ...(await sent((c, d, e) => handleAway(c, d, e, actor, 'someday'), SET_UP)),
      ...(await sent((c, d, e) => handleBack(c, d, e, actor), SET_UP)),
      ...(await sent((c, d, e) => handleBack(c, d, e, actor), engagement({ people: [{ ...SET_UP.people[0]!, awayUntil: '2026-11-27T13:00:00Z' }] }))),
    ];
    expect(cards).toHaveLength(4);
    for (const card of cards) {
      expect(colourProblems(card)).toEqual([]);
      expect(backtickTexts(card)).toEqual([]);
    }
    expect(JSON.stringify(cards[0])).toContain('**back**');
  });
});
