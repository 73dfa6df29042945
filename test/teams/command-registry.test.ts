import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BATON_COMMANDS, COMMAND_IDS, COMMAND_WORDS, MANIFEST_COMMANDS, commandWords } from '../../cards/baton-commands.ts';
import { buildHelpCard } from '../../cards/help-card.ts';
import { buildWelcomeCard } from '../../cards/welcome-card.ts';
import { escapeMarkdown } from '../../cards/markdown-text.ts';
import { parseCommand, parseWithForm } from '../../bot/teams/command-parser.ts';
import { CHAT_COMMANDS, COMMAND_FORMS } from '../../bot/teams/commands/index.ts';
import type { CommandInput } from '../../bot/teams/commands/chat-command.ts';
import { renderManifest } from '../../manifest/render-manifest.ts';
import { awkwardString } from '../fuzz/fuzz-support.ts';
import { cardText } from './card-text.ts';

/** The one registry of chat commands: the parser, the router, the help card and the manifest all read it. */

/** What parseCommand hands every recogniser (kept in step with command-parser.ts by the equality test below). */
function inputOf(raw: string): CommandInput {
  const text = raw.replace(/\u00a0/g, ' ').trim();
  const firstLine = text.split(/\r?\n/, 1)[0]!.trim();
  let lower = firstLine.toLowerCase();
  while (lower.endsWith('.') || lower.endsWith('!')) lower = lower.slice(0, -1);
  lower = lower.trim();
  return { text, firstLine, lower, word: lower.split(/\s+/, 1)[0] ?? '' };
}

/** The forms (not the catch-all) that recognise a text. */
function claimants(raw: string): string[] {
  const input = inputOf(raw);
  return CHAT_COMMANDS.filter((c) => !c.catchAll).flatMap((c) => c.forms.filter((f) => f.recognise(input) !== undefined).map((f) => `${c.id}:${f.kind}`));
}

const CORPUS = [
  'help',
  '?',
  'commands',
  'hi',
  'hello',
  'hey',
  '',
  'setup',
  'set up',
  'settings',
  'matrix',
  'show matrix',
  'list',
  'all',
  'ours',
  'internal',
  'mine',
  'us',
  'what do we own?',
  'msp',
  'theirs',
  'them',
  'joint',
  'shared',
  'both',
  'back',
  "i'm back",
  'im back',
  'back now',
  'history',
  'versions',
  'matrix history',
  'people',
  'roles',
  'who is who',
  'team',
  'handoffs',
  'open alerts',
  "what's open",
  'standup now',
  'stand up now',
  'start the weekly standup',
  'review now',
  'start the quarterly review',
  'matrix review now',
  'standup',
  'weekly standup',
  'last standup',
  'review status',
  'review',
  'matrix review',
  'quarterly review',
  'schedule',
  'rituals',
  'learned',
  'learnt',
  'corrections',
  'what have you learned',
  'handoff h-3k9x2a',
  'alert h-1',
  'h-3k9x2a',
  'diff',
  'diff 1 3',
  'compare v2 vs v4',
  'away until friday',
  "I'm away until 2026-12-02",
  'out till monday',
  'ooo tomorrow',
  'off friday',
  'import',
  'import\n| a | b |',
  'export',
  'export csv',
  'export markdown',
  'role',
  'role Megan msp-engineer',
  'role @Megan Bowen internal-it',
  'role x',
  'who owns server patching?',
  'matrix printers who owns them',
  'who handles the away team laptops',
];

describe('the chat command registry', () => {
  it('has one command per entry of the words (cards/baton-commands.ts), in the same order, with those words', () => {
    expect(CHAT_COMMANDS.map((c) => c.id)).toEqual([...COMMAND_IDS]);
    for (const c of CHAT_COMMANDS) expect(c.words).toEqual(commandWords(c.id));
    expect(CHAT_COMMANDS.filter((c) => c.catchAll).map((c) => c.id)).toEqual(['who-owns']);
    expect(COMMAND_FORMS.at(-1)!.kind).toBe('ask');
  });

  it('recognises each command’s own example and Teams menu titles as that command', () => {
    for (const c of CHAT_COMMANDS) {
      const kinds = c.forms.map((f) => f.kind);
      for (const said of [c.words.example ?? '', ...c.words.menu.map((m) => m.title)]) {
        const example = said.replace(/@Megan/, '@Megan Bowen');
        const { command, form } = parseWithForm(example);
        expect(kinds, `${c.id}: "${example}" parsed as ${command.kind}`).toContain(command.kind);
        expect(c.forms).toContain(form);
      }
    }
  });

  it('no text is claimed by two forms (so the order the parser tries them in does not matter)', () => {
    for (const text of CORPUS) expect(claimants(text).length, `${JSON.stringify(text)}: ${claimants(text).join(', ')}`).toBeLessThanOrEqual(1);
    const words = fc.constantFrom(
      'away',
      'out',
      'ooo',
      'off',
      "i'm",
      'i',
      'role',
      'diff',
      'compare',
      'handoff',
      'alert',
      'h-1a2b3c',
      'import',
      'export',
      'review',
      'standup',
      'start',
      'the',
      'now',
      'status',
      'back',
      'until',
      'msp-engineer',
      '1',
      'v2',
      'to',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(words, awkwardString(6)), { maxLength: 6 }), fc.constantFrom(' ', '\n', '  ', '\u00a0'), (parts, sep) => {
        expect(claimants(parts.join(sep)).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('every form is one the parser can return, and what it returns is what parseCommand says', () => {
    for (const text of CORPUS) {
      const { command, form } = parseWithForm(text);
      expect(parseCommand(text)).toEqual(command);
      expect(form.kind).toBe(command.kind);
      expect(form.recognise(inputOf(text))).toEqual(command);
    }
  });

  it('declares who may use each form: managers for import, role and starting a ritual early; anyone otherwise', () => {
    const managers = COMMAND_FORMS.filter((f) => f.audience === 'managers').map((f) => f.kind);
    expect(managers.sort()).toEqual(['import', 'ritual-now', 'ritual-now', 'role']);
  });

  it('the help card lists exactly the registry’s commands, with their examples', () => {
    expect(BATON_COMMANDS.map((c) => c.command)).toEqual(CHAT_COMMANDS.map((c) => c.words.command));
    const text = cardText(buildHelpCard());
    for (const c of COMMAND_WORDS) {
      expect(text).toContain(`**${escapeMarkdown(c.command)}** — ${escapeMarkdown(c.summary)}`);
      if (c.example) expect(text).toContain(`e.g. ${escapeMarkdown(c.example)}`);
    }
  });

  it('the commands the welcome card names (in bold) are the registry’s', () => {
    const text = cardText(buildWelcomeCard({ setUp: true, internalName: 'Contoso IT', mspName: 'Fabrikam MSP' }));
    const named = [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!);
    expect(named).toEqual(['who owns …?', 'matrix', 'help']);
    expect(named.map((n) => parseCommand(n.replace('…', 'server patching')).kind)).toEqual(['ask', 'matrix', 'help']);
    for (const n of named) expect(COMMAND_WORDS.some((c) => c.command.startsWith(n.replace('…?', '')))).toBe(true);
  });

  it('the manifest’s command lists are the registry’s menu lines, in every scope', () => {
    const bot = renderManifest({}, { warn: () => {} }).bots![0]!;
    expect(MANIFEST_COMMANDS.length).toBeGreaterThan(0);
    for (const list of bot.commandLists!) expect(list.commands).toEqual(CHAT_COMMANDS.flatMap((c) => c.words.menu));
    expect(bot.commandLists!.map((l) => l.scopes)).toEqual(bot.scopes.map((s) => [s]));
  });
});
