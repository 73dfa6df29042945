import { describe, expect, it } from 'vitest';
import { buildAnswerCard } from '../../cards/answer-card.ts';
import { buildGapCard } from '../../cards/gap-card.ts';
import { buildMatrixCard } from '../../cards/matrix-card.ts';
import { escapeMarkdown } from '../../cards/markdown-text.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { allObjects, executeActions, findInput, visibleText } from './card-inspection.ts';
import { INTERNAL, MSP, SAMPLE_ANSWER, SAMPLE_ROWS } from './card-samples.ts';

const TEMPLATING = 'Cost ${x} review';
const NASTY = 'Cost ${x} review **now** _x_ [click](https://evil.example) <at>Megan</at> `code` ~~gone~~ \\ ${$root.question}';

describe('user text in cards', () => {
  it('renders a function named "Cost ${x} review" literally (templating never evaluates data)', () => {
    const card = buildMatrixCard({
      matrixVersion: 1,
      updatedAt: '2026-11-20',
      updatedBy: 'Alex',
      internalName: INTERNAL,
      mspName: MSP,
      view: 'all',
      rows: [...SAMPLE_ROWS, { functionName: TEMPLATING, internalCell: '✓', mspCell: '—', owner: 'internal' }],
    });
    expect(visibleText(card)).toContain(`- ${TEMPLATING} — ${INTERNAL}: ✓`);
    expect(validateCard(card)).toEqual([]);
  });

  it('keeps ${…}, <at>, and Markdown in names, cells and questions from doing anything', () => {
    const card = buildAnswerCard({
      ...SAMPLE_ANSWER,
      question: NASTY,
      functionName: NASTY,
      internalName: '<at>Contoso</at> *IT*',
      mspCell: '# heading',
      alternatives: [{ rowId: 'row-${x}', functionName: NASTY }],
    });
    expect(validateCard(card)).toEqual([]);
    const json = JSON.stringify(card);
    // Literal ${x} and ${$root.question}: nothing was substituted.
    expect(json).toContain('Cost ${x} review');
    expect(json).toContain('${$root.question}');
    // In Markdown text every special is escaped, so no bold, link, code, strike or mention markup survives.
    const header = allObjects(card).find((o) => typeof o.text === 'string' && o.text.includes('matrix v3'))!.text as string;
    expect(header).toBe(`**${escapeMarkdown(NASTY)}** · matrix v3`);
    expect(header).toContain('\\*\\*now\\*\\* \\_x\\_ \\[click\\](https://evil.example) \\<at\\>Megan\\</at\\> \\`code\\` \\~\\~gone\\~\\~ \\\\');
    const markdownTexts = allObjects(card)
      .filter((o) => o.type === 'TextBlock' || ('title' in o && 'value' in o && !('type' in o)))
      .flatMap((o) => [o.text, o.title, o.value])
      .filter((v): v is string => typeof v === 'string');
    for (const text of markdownTexts) expect(text).not.toMatch(/(?<!\\)<at>|(?<!\\)\*\*now|(?<!\\)\[click/);
    expect(visibleText(card)).toContain('\\# heading');
    // Button titles and action data are plain text: the question goes back exactly as asked.
    const pick = executeActions(card)[0]!;
    expect(pick.data).toEqual({ rowId: 'row-${x}', question: NASTY });
    expect(pick.title).toBe(NASTY.slice(0, 69) + '…');
  });

  it('prefills inputs with the raw text (inputs do not render Markdown)', () => {
    const card = buildGapCard({ question: NASTY, topic: 'payroll ${x} <at>Bob</at>', internalName: INTERNAL, mspName: MSP });
    expect(findInput(card, 'proposedFunction')?.value).toBe('payroll ${x} <at>Bob</at>');
    expect(executeActions(card)[0]?.data).toEqual({ question: NASTY });
    expect(validateCard(card)).toEqual([]);
  });

  it('flattens line breaks, so pasted text cannot start lists or headings', () => {
    expect(escapeMarkdown('a\n- b\r\n# c')).toBe('a - b # c');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('# title')).toBe('\\# title');
  });

  it('notices show text literally unless it is Baton’s own Markdown', () => {
    const literal = buildNoticeCard({ title: '*Alex*', text: 'Say **back** <at>x</at>' });
    expect(visibleText(literal)).toContain('Say \\*\\*back\\*\\* \\<at\\>x\\</at\\>');
    expect(visibleText(literal)).toContain('\\*Alex\\*');
    const markdown = buildNoticeCard({ title: 'Hi', text: 'Say **back**', markdown: true });
    expect(visibleText(markdown)).toContain('Say **back**');
  });
});
