import { describe, expect, it } from 'vitest';
import { CARD_BUDGET_BYTES, cardPayloadBytes } from '../../cards/card-size.ts';
import { buildExportCard } from '../../cards/export-card.ts';
import { buildImportResultCard } from '../../cards/import-result-card.ts';
import { buildMatrixCard } from '../../cards/matrix-card.ts';
import { buildNoticeCard } from '../../cards/notice-card.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { visibleText } from './card-inspection.ts';
import { buildReviewCard, REVIEW_ROWS_PER_PAGE } from '../../cards/review-card.ts';
import { buildStandupCard } from '../../cards/standup-card.ts';
import { SAMPLE_REVIEW } from './card-samples.ts';
import { INTERNAL, MSP, syntheticRows } from './card-samples.ts';

const MATRIX = { matrixVersion: 7, updatedAt: '2026-11-20', updatedBy: 'Alex', internalName: INTERNAL, mspName: MSP };

describe('cardPayloadBytes', () => {
  it('counts UTF-8 bytes of the attachment JSON', () => {
    const card = buildNoticeCard({ title: '✓✓✓' });
    const expected = Buffer.byteLength(JSON.stringify({ contentType: 'application/vnd.microsoft.card.adaptive', content: card }));
    expect(cardPayloadBytes(card)).toBe(expected);
    expect(cardPayloadBytes(card)).toBeGreaterThan(JSON.stringify(card).length); // ✓ is 3 bytes
  });
});

describe('a 500-row matrix', () => {
  const rows = syntheticRows(500);

  it('is truncated to fit the budget, says how many rows are left out and points to export', () => {
    const card = buildMatrixCard({ ...MATRIX, rows, view: 'all' });
    const bytes = cardPayloadBytes(card);
    expect(bytes).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(bytes).toBeGreaterThan(CARD_BUDGET_BYTES * 0.9); // it uses the room it has
    expect(validateCard(card)).toEqual([]);
    const text = visibleText(card);
    const shown = (text.match(/^- Function \d+:/gm) ?? []).length;
    expect(shown).toBeGreaterThan(100);
    expect(shown).toBeLessThan(500);
    expect(text).toContain(`… and ${500 - shown} more rows — use **export** for the full matrix.`);
    expect(text).toContain('Responsibility matrix v7 — 500 rows, updated 2026-11-20 by Alex');
  });

  it('is not truncated when the whole of a filtered view fits', () => {
    const card = buildMatrixCard({ ...MATRIX, rows: syntheticRows(40), view: 'msp' });
    expect(visibleText(card)).not.toContain('more rows');
    expect((visibleText(card).match(/^- Function/gm) ?? []).length).toBe(10);
  });

  it('honours a smaller budget', () => {
    const card = buildMatrixCard({ ...MATRIX, rows, view: 'joint', budgetBytes: 6000 });
    expect(cardPayloadBytes(card)).toBeLessThanOrEqual(6000);
    expect(visibleText(card)).toMatch(/… and \d+ more rows/);
  });

  it('exports as a truncated text card that names the CLI', () => {
    const text = ['| Function | Internal | MSP |', '|---|---|---|', ...rows.map((r) => `| ${r.functionName} | ${r.internalCell} | ${r.mspCell} |`)].join('\n');
    const card = buildExportCard({ format: 'md', text, matrixVersion: 7, rowCount: 500 });
    expect(cardPayloadBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(validateCard(card)).toEqual([]);
    const shown = visibleText(card);
    expect(shown).toMatch(/Only the first \d+ of 502 lines fit/);
    expect(shown).toContain('npm run baton -- matrix convert');
    expect(JSON.stringify(card)).toContain('"fontType":"Monospace"');
  });

  it('reports a 2000-row import and 2000 errors within the budget', () => {
    const names = syntheticRows(2000).map((r) => r.functionName);
    const ok = buildImportResultCard({
      ok: true,
      matrixVersion: 8,
      rowCount: 2000,
      added: names,
      removed: names.slice(0, 300),
      changed: names.slice(0, 300).map((n) => `${n}: MSP ✓ → Overflow only`),
      unchanged: 0,
      warnings: [],
    });
    expect(validateCard(ok)).toEqual([]);
    expect(visibleText(ok)).toMatch(/… and \d+ more/);
    const failed = buildImportResultCard({ ok: false, errors: names.map((n, i) => ({ line: i + 2, message: `"${n}" has no Internal cell` })) });
    expect(validateCard(failed)).toEqual([]);
    expect(visibleText(failed)).toContain('Nothing was changed.');
    expect(visibleText(failed)).toContain('… and 1975 more');
  });
});

describe('a review of a 500-row matrix with long text everywhere', () => {
  const long = (n: number) => 'x'.repeat(n);
  const rows = syntheticRows(500).map((r, i) => ({
    rowId: `function-${i}`,
    functionName: `${r.functionName} ${long(200)}`,
    internalCell: long(120),
    mspCell: long(120),
    internalContact: long(120),
    mspContact: long(120),
    findings: Array.from({ length: 8 }, (_, k) => `finding ${k} ${long(150)}`),
  }));

  it('shows a page of rows per card, within the budget, and pages to the last', () => {
    for (const page of [0, 1, Math.ceil(500 / REVIEW_ROWS_PER_PAGE) - 1]) {
      const card = buildReviewCard({
        ...SAMPLE_REVIEW,
        rows,
        page,
        proposals: Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, functionName: long(200), evidence: long(300) })),
      });
      expect(cardPayloadBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
      expect(validateCard(card)).toEqual([]);
      expect(visibleText(card)).toMatch(/Rows \d+–\d+ of 500/);
    }
  });
});

describe('a standup that sixty people answered at length', () => {
  const long = (who: number, what: string) => `${what} ${who}: ${'*[patched]* <SRV> `x` '.repeat(60)}`.slice(0, 1000);
  const answers = Array.from({ length: 60 }, (_, i) => ({
    name: `Person ${i} with a long display name`,
    done: long(i, 'done'),
    next: long(i, 'next'),
    blocked: i % 2 ? long(i, 'blocked') : '',
  }));
  const card = buildStandupCard({
    engagementId: 'e-3fk9q2m7xw1c',
    occurrenceKey: 'standup/2026-11-30',
    title: 'Weekly standup — week of 23 Nov',
    subtitle: `${INTERNAL} and ${MSP} · answers close Mon 17:00`,
    facts: Array.from({ length: 12 }, (_, i) => ({ title: `Fact ${i}`, value: 'x'.repeat(300) })),
    gapTopics: Array.from({ length: 10 }, (_, i) => `topic ${i} `.repeat(10)),
    answers,
    pending: Array.from({ length: 40 }, (_, i) => `Waiting person ${i}`),
    pendingPeople: Array.from({ length: 40 }, (_, i) => ({ id: `29:${'w'.repeat(60)}-${i}`, name: `Waiting person ${i}` })),
    open: true,
    draft: { done: 'd'.repeat(1000), next: 'n'.repeat(1000), blocked: 'b'.repeat(1000) },
    refreshUserIds: Array.from({ length: 100 }, (_, i) => `29:${'u'.repeat(40)}-${i}`),
  });

  it('stays within the budget, counts every answer, keeps blockers and names those not listed', () => {
    expect(cardPayloadBytes(card)).toBeLessThanOrEqual(CARD_BUDGET_BYTES);
    expect(validateCard(card)).toEqual([]);
    const text = visibleText(card);
    expect(text).toContain('Answers so far: 60');
    expect(text).toMatch(/Also answered: Person \d+/);
    expect(text).toContain('Blocked: Person 1 with a long display name');
    expect(text).toMatch(/Waiting for: .* and 20 more/);
    expect((card.refresh as { userIds: string[] }).userIds).toHaveLength(60);
    // The first twenty who have not answered are @mentioned, each with its tag in the text.
    const entities = (card.msteams as { entities: Array<{ text: string }> }).entities;
    expect(entities).toHaveLength(20);
    expect(entities.every((e) => text.includes(e.text))).toBe(true);
  });
});
