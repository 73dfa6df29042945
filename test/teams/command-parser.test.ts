import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../bot/teams/command-parser.ts';

describe('chat commands', () => {
  it.each([
    ['help', { kind: 'help' }],
    ['', { kind: 'help' }],
    ['Setup', { kind: 'setup' }],
    ['matrix', { kind: 'matrix' }],
    ['ours', { kind: 'side', side: 'internal' }],
    ['MSP', { kind: 'side', side: 'msp' }],
    ['joint', { kind: 'side', side: 'joint' }],
    ['away until 2026-12-02', { kind: 'away', until: '2026-12-02' }],
    ["I'm away until friday", { kind: 'away', until: 'friday' }],
    ['out until 3 Dec', { kind: 'away', until: '3 Dec' }],
    ['back', { kind: 'back' }],
    ["I'm back!", { kind: 'back' }],
    ['export', { kind: 'export', format: 'both' }],
    ['export csv', { kind: 'export', format: 'csv' }],
    ['export markdown', { kind: 'export', format: 'md' }],
    ['history', { kind: 'history' }],
    ['diff', { kind: 'diff' }],
    ['diff v1 v3', { kind: 'diff', from: 1, to: 3 }],
    ['compare 2 to 4', { kind: 'diff', from: 2, to: 4 }],
    ['people', { kind: 'people' }],
    ['role Megan msp-engineer', { kind: 'role', target: 'Megan', role: 'msp-engineer' }],
  ])('%j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('keeps the pasted table after import, line breaks included', () => {
    expect(parseCommand('import\n| Function | Internal | MSP |\n|---|---|---|\n| A | ✓ | — |')).toEqual({
      kind: 'import',
      text: '| Function | Internal | MSP |\n|---|---|---|\n| A | ✓ | — |',
    });
  });

  it('treats everything else as a who-owns question, including ones that start like a command word', () => {
    for (const q of ['who owns server patching?', 'EDR — ours or the MSP’s?', 'backups?', 'matrix printers who owns them', 'who handles the away team laptops']) {
      expect(parseCommand(q)).toEqual({ kind: 'ask', question: q });
    }
  });
});
