import { describe, expect, it } from 'vitest';
import type { BatonConfig } from '../../bot/config/config.ts';
import { welcomeReplies } from '../../bot/teams/handlers/welcome-handler.ts';
import { helpCard } from '../../bot/teams/replies/help-reply.ts';
import { BATON_COMMANDS } from '../../cards/baton-commands.ts';
import { escapeMarkdown } from '../../cards/markdown-text.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { engagement } from '../ownership/engagement-fixture.ts';
import { allObjects, verbs, visibleText } from './card-inspection.ts';
import { estimatedHeight } from './card-height.ts';

const CONFIG = { defaultTimeZone: 'America/New_York' } as BatonConfig;
const FRESH = engagement({ setUp: false, matrixVersion: 0 });
const SET_UP = engagement({ setUp: true });

describe('the first screen after install', () => {
  const cards = welcomeReplies(FRESH, CONFIG);

  it('is one short welcome: what Baton does and one next step (Set up), no command table, no form', () => {
    expect(cards).toHaveLength(1);
    const welcome = cards[0]!;
    expect(validateCard(welcome)).toEqual([]);
    expect(allObjects(welcome).filter((o) => o.type === 'FactSet' || String(o.type).startsWith('Input.'))).toEqual([]);
    expect(verbs(welcome)).toEqual(['setup.open']);
    expect(estimatedHeight(welcome)).toBeLessThanOrEqual(320);
    expect(visibleText(welcome)).toMatch(/who owns/i);
  });

  it('after setup says what to do next (who owns …?, matrix, help) and no longer asks to set up', () => {
    const [welcome, ...rest] = welcomeReplies(SET_UP, CONFIG);
    expect(rest).toEqual([]);
    const text = visibleText(welcome);
    expect(text).not.toMatch(/first, set up/i);
    expect(verbs(welcome)).not.toContain('setup.open');
    expect(text).not.toMatch(/\bSet up\b/);
    expect(text).toContain('**who owns');
    expect(text).toContain('**matrix**');
    expect(text).toContain('**help**');
    expect(text).toContain('Contoso IT');
    expect(text).toContain('Fabrikam MSP');
    expect(estimatedHeight(welcome)).toBeLessThanOrEqual(320);
    expect(validateCard(welcome)).toEqual([]);
  });
});

describe('the help card', () => {
  it('still lists every command, with its example', () => {
    const text = visibleText(helpCard(SET_UP));
    for (const c of BATON_COMMANDS) {
      expect(text).toContain(`**${escapeMarkdown(c.command)}**`);
      if (c.example) expect(text).toContain(`e.g. ${escapeMarkdown(c.example)}`);
    }
  });
});
