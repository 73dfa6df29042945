import { describe, expect, it } from 'vitest';
import type { AlertEvent } from '../../bot/domain/alerts/alert-event.ts';
import { openHandoff } from '../../bot/domain/handoff/handoff-opening.ts';
import type { Handoff } from '../../bot/domain/handoff/handoff.ts';
import type { Side } from '../../bot/domain/engagement/engagement.ts';
import { reviewEvidence } from '../../bot/domain/rituals/review-evidence.ts';
import { confirmRemaining, decideProposal, decideRow, signReview, startReview, type Review } from '../../bot/domain/rituals/review.ts';
import { reviewCardFor, ritualNote } from '../../bot/teams/replies/ritual-reply.ts';
import { validateCard } from '../../cards/validate-card.ts';
import { renderedTexts } from '../cards/markup-check.ts';
import { DANA, engagement, MAX, PAT, row, SAM } from '../ownership/engagement-fixture.ts';
import { cardText } from '../teams/card-text.ts';

/** Issue 12, item 4: a review card a manager can read and decide in two minutes. */
const NOW = new Date('2027-01-04T15:00:00Z');
const FROM = new Date('2026-10-01T04:00:00Z');
const E = engagement({ people: [DANA, SAM, MAX, PAT] });
const MATRIX = {
  rows: [
    row('Patch management for servers', '—', '✓', { mspContact: 'NOC' }),
    row('Microsoft 365 administration', 'Joint', 'Joint', { internalContact: 'Adele', mspContact: 'NOC' }),
    row('vCIO / IT strategy', '—', '✓', { mspContact: 'Max' }),
    row('Backups', '—', '✓', { mspContact: 'NOC' }),
    row('Tier 1 helpdesk', '✓', 'Overflow only', { internalContact: 'Adele' }),
  ],
};

function handoff(id: string, rowId: string, owners: readonly Side[], openedAt: string): Handoff {
  const event: AlertEvent = {
    format: 'baton',
    action: 'trigger',
    dedupKey: id,
    dedupKeyGenerated: false,
    source: 'ninjaone',
    category: 'patching',
    severity: 'warning',
    summary: `alert ${id}`,
    labels: {},
    links: [],
  };
  return openHandoff({
    id,
    engagementId: E.id,
    event,
    routing: { routedBy: 'function', rowId, functionName: rowId, matrixVersion: 1, owners, onPoint: owners, reason: '' },
    ...(owners.length === 1 ? { assignedSide: owners[0] } : {}),
    escalation: { afterMinutes: 30, repeatMinutes: 30, maxCount: 3 },
    at: new Date(openedAt),
  });
}

const HANDOFFS = [
  // Backups (MSP-owned, New York hours 08:00–17:00 Mon–Fri): two at night (03:00 local), one on a Saturday afternoon, one in hours.
  handoff('b-1', 'backups', ['msp'], '2026-10-06T07:00:00Z'),
  handoff('b-2', 'backups', ['msp'], '2026-11-10T08:00:00Z'),
  handoff('b-3', 'backups', ['msp'], '2026-10-10T18:00:00Z'),
  handoff('b-4', 'backups', ['msp'], '2026-10-07T15:00:00Z'),
  // Server patching: in hours only.
  handoff('s-1', 'patch-management-for-servers', ['msp'], '2026-10-07T15:00:00Z'),
];

const evidence = reviewEvidence({ engagement: E, matrix: MATRIX, handoffs: HANDOFFS, questions: [], proposals: [], from: FROM, to: NOW });
const byId = new Map(evidence.rows.map((r) => [r.rowId, r]));
const fresh = (): Review => ({
  ...startReview({
    engagement: E,
    key: 'review/2027-01',
    baseVersion: 1,
    evidence: { ...evidence, proposed: [{ function: 'Conference room AV', source: 'proposal', count: 1, examples: ['who fixes the projector?'] }] },
    now: NOW,
    via: 'schedule',
  }),
});

/** Every button a person can click (Action.Execute or ShowCard, in the body or the card's own actions), not the fallbacks. */
const buttons = (node: unknown, out: any[] = []): any[] => {
  if (Array.isArray(node)) node.forEach((n) => buttons(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'Action.Execute' || o.type === 'Action.ShowCard') out.push(o);
    for (const [k, v] of Object.entries(o)) if (k !== 'fallback' && k !== 'refresh') buttons(v, out);
  }
  return out;
};
const textBlocks = (node: unknown, out: any[] = []): any[] => {
  if (Array.isArray(node)) node.forEach((n) => textBlocks(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock') out.push(o);
    for (const [k, v] of Object.entries(o)) if (k !== 'data') textBlocks(v, out);
  }
  return out;
};

describe('the quarterly review card, decided in two minutes', () => {
  it('offers the one-click confirm once, saying how many rows it decides', () => {
    const review = fresh();
    const clean = review.evidence.rows.filter((r) => r.flags.length === 0).length;
    expect(clean).toBeGreaterThan(0);
    const card = reviewCardFor(review, E, { matrix: MATRIX });
    const confirmAll = buttons(card).filter((a) => /rows? without findings/.test(String(a.title)));
    expect(confirmAll.map((a) => a.title)).toEqual([`Confirm ${clean} row${clean === 1 ? '' : 's'} without findings`]);
    const after = confirmRemaining(review, E, PAT, NOW);
    if (!after.ok) throw new Error(after.reason);
    // Once they are decided, the button goes: clicking it would only be refused.
    expect(buttons(reviewCardFor(after.review, E, { matrix: MATRIX })).filter((a) => /without findings/.test(String(a.title)))).toEqual([]);
  });

  it('“Confirm undecided rows” confirms only rows without findings, and says how many with findings still wait', () => {
    const review = fresh();
    const flagged = review.evidence.rows.filter((r) => r.flags.length > 0).map((r) => r.rowId);
    expect(flagged.length).toBeGreaterThan(0);
    const result = confirmRemaining(review, E, PAT, NOW);
    if (!result.ok) throw new Error(result.reason);
    for (const id of flagged) expect(result.review.decisions[id]).toBeUndefined();
    const clean = review.evidence.rows.filter((r) => r.flags.length === 0);
    for (const r of clean) expect(result.review.decisions[r.rowId]?.decision.kind).toBe('confirm');
    expect(result.note).toMatch(new RegExp(`Confirmed ${clean.length} rows? without findings`));
    expect(result.note).toMatch(new RegExp(`${flagged.length} rows? with findings still (wait|waits) for a decision`));
    // On the card, next to the buttons.
    expect(cardText(reviewCardFor(result.review, E, { matrix: MATRIX, notice: result.note! }))).toContain(`Confirmed ${clean.length}`);
  });

  it('“Sign off” with undecided rows says how many, which, and what to do', () => {
    const result = signReview(fresh(), E, PAT, NOW);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const flagged = fresh().evidence.rows.filter((r) => r.flags.length > 0);
    expect(result.reason).toMatch(new RegExp(`${flagged.length} rows? with findings (are|is) undecided`));
    for (const r of flagged.slice(0, 5)) expect(result.reason).toContain(r.function);
    expect(result.reason).toMatch(/Confirm, Change or Retire/);
    expect(result.reason).toMatch(/Then sign off again/);
    // Shown by the sign-off buttons, not only at the top of a long card.
    const card = reviewCardFor(fresh(), E, { matrix: MATRIX, notice: result.reason });
    const signOff = (card as any).body.find((b: any) => b.type === 'Container' && JSON.stringify(b).includes('Sign-off'));
    expect(JSON.stringify(signOff)).toContain('with findings');
  });

  it('a rejected proposal or a retired row is not green', () => {
    let review = fresh();
    const rejected = decideProposal(review, E, PAT, 'p0', false, undefined, NOW);
    if (!rejected.ok) throw new Error(rejected.reason);
    const retired = decideRow(rejected.review, E, PAT, 'backups', { kind: 'retire' }, NOW);
    if (!retired.ok) throw new Error(retired.reason);
    review = retired.review;
    const blocks = textBlocks(reviewCardFor(review, E, { matrix: MATRIX }));
    const rejectedBlock = blocks.find((b) => String(b.text).includes('Rejected'));
    const retiredBlock = blocks.find((b) => String(b.text).includes('To retire'));
    expect(rejectedBlock).toBeDefined();
    expect(retiredBlock).toBeDefined();
    expect(rejectedBlock.color).not.toBe('Good');
    expect(retiredBlock.color).not.toBe('Good');
  });

  it('shows no backticks on the card or in its notes (Teams renders no code spans)', () => {
    const noMsp = engagement({ people: [DANA, SAM, PAT] });
    const review = fresh();
    const refused = decideRow(review, noMsp, SAM, 'backups', { kind: 'retire' }, NOW);
    const card = reviewCardFor(review, noMsp, { matrix: MATRIX, ...(refused.ok ? {} : { notice: refused.reason }) });
    expect(validateCard(card)).toEqual([]);
    expect(
      renderedTexts(card)
        .filter((t) => t.text.includes('`'))
        .map((t) => t.text),
    ).toEqual([]);
    expect(cardText(card)).toContain('role @name msp-manager');
    const note = ritualNote(review, noMsp, 'reminder-1');
    expect(note.text).not.toContain('`');
    expect(note.text).toContain('**role @name msp-manager**');
  });

  it('flags a missing after-hours arrangement only where alerts arrived outside the owner’s hours, in the answer card’s words', () => {
    expect(byId.get('vcio-it-strategy')!.flags).toEqual([]);
    expect(byId.get('patch-management-for-servers')!.flags).toEqual([]);
    expect(byId.get('backups')!.noAfterHoursOwner).toBe(true);
    expect(byId.get('backups')!.flags).toEqual([
      '3 alerts for this row arrived outside Fabrikam MSP’s hours; Fabrikam MSP stays on point as the owner, but the matrix names no after-hours cover',
    ]);
    expect(evidence.rows.flatMap((r) => r.flags).some((f) => /no after-hours owner/.test(f))).toBe(false);
  });

  it('findings are not yellow on white', () => {
    const blocks = textBlocks(reviewCardFor(fresh(), E, { matrix: MATRIX }));
    expect(blocks.filter((b) => b.color === 'Warning').map((b) => b.text)).toEqual([]);
    const findings = blocks.find((b) => String(b.text).includes('arrived outside'));
    expect(findings.color ?? 'Default').toBe('Default');
    expect(findings.text).toMatch(/^\*\*Findings:\*\* /);
  });
});

describe('a shorter review card', () => {
  it('lists rows without findings one line each, behind “Show the N rows without findings”, with every decision still there', () => {
    const review = fresh();
    const card = reviewCardFor(review, E, { matrix: MATRIX }) as any;
    expect(validateCard(card)).toEqual([]);
    const quiet = review.evidence.rows.filter((r) => r.flags.length === 0);
    expect(quiet.length).toBeGreaterThan(0);
    const json = JSON.stringify(card);
    const toggle = json.match(/"type":"Action.ToggleVisibility","title":"Show the (\d+) rows? without findings"/);
    expect(toggle?.[1]).toBe(String(quiet.length));
    const holder = card.body.find((b: any) => b.type === 'Container' && b.isVisible === false);
    expect(holder).toBeDefined();
    const inside = JSON.stringify(holder);
    for (const r of quiet) {
      expect(inside).toContain(`**${r.function}** · Contoso IT:`);
      for (const decision of ['confirm', 'change', 'retire']) expect(inside).toContain(`"row":"${r.rowId}","page":0,"decision":"${decision}"`);
    }
    // Rows with findings stay in full, outside the collapsed part.
    for (const r of review.evidence.rows.filter((x) => x.flags.length > 0)) expect(inside).not.toContain(`"row":"${r.rowId}"`);
  });
});
