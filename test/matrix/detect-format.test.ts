import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../bot/domain/matrix/matrix-format.ts';
import { fixtureText } from './fixture-text.ts';

describe('detectFormat', () => {
  it.each([
    ['Function,Internal,MSP\nA,✓,—', 'csv'],
    ['Function;Internal;MSP\nA;✓;—', 'csv'],
    ['Function\tInternal\tMSP\nA\t✓\t—', 'csv'],
    ['| Function | Internal | MSP |\n|---|---|---|\n| A | ✓ | — |', 'md'],
    ['Function | Internal | MSP\nA | ✓ | —', 'md'],
    ['Intro, with a comma.\n\n| Function | Internal | MSP |\n| A, B | ✓ | — |', 'md'],
    ['Function,Internal,MSP\n"a | b",✓,—', 'csv'],
    ['<p>| Function | Internal | MSP |<br>| A | ✓ | — |</p>', 'md'],
    ['|---|---|', 'md'],
    ['nothing useful', 'csv'],
  ] as const)('%j → %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('recognises the fixtures', () => {
    expect(detectFormat(fixtureText('contoso.csv'))).toBe('csv');
    expect(detectFormat(fixtureText('semicolon-excel.csv'))).toBe('csv');
    expect(detectFormat(fixtureText('messy.md'))).toBe('md');
    expect(detectFormat(fixtureText('teams-paste.html'))).toBe('md');
  });
});
