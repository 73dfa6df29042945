import type { AdaptiveCardJson } from './adaptive-card-json.ts';
import { expandCard, loadCardTemplate } from './card-template.ts';
import { fitToBudget } from './fit-to-budget.ts';
import { bulletList, clip, escapeMarkdown, oneLine } from './markdown-text.ts';
import { CARD_VERBS, type CardVerb } from './card-verbs.ts';

/** One matrix row on the review card, with what the records say about it and what was decided. */
export interface ReviewCardRow {
  rowId: string;
  functionName: string;
  internalCell: string;
  mspCell: string;
  internalContact: string;
  mspContact: string;
  /** Findings in plain words ("MSP-owned, internal claimed 7 of 19", "no after-hours owner"). */
  findings: string[];
  /** "Confirmed by Dana Ortiz", "Changed by …: Internal ✓, MSP Overflow only", "Retired by …". */
  decision?: string;
}

export interface ReviewCardProposal {
  id: string;
  functionName: string;
  /** "Asked 3 times, no row covers it" / "2 alerts nobody owned". */
  evidence: string;
  suggestedOwner?: 'internal' | 'msp' | 'joint';
  decision?: string;
}

export interface ReviewCardModel {
  engagementId: string;
  reviewKey: string;
  title: string;
  subtitle: string;
  internalName: string;
  mspName: string;
  status: 'open' | 'publishing' | 'published';
  headline: Array<{ title: string; value: string }>;
  warnings: string[];
  /** Rows in review order (needing a decision first). */
  rows: ReviewCardRow[];
  /** Which page of rows to show (0-based); rows per page are cut to fit Teams' size limit. */
  page: number;
  proposals: ReviewCardProposal[];
  signOffs: { internal: string; msp: string };
  /** What must be decided before anyone can sign ("Decide 3 rows and 1 proposal first"). */
  outstanding?: string;
  notice?: string;
  result?: { title: string; lines: string[] };
  /** Phrasings learned from corrections, one line per row, and which rows keep theirs (as aliases). */
  learned?: { rows: Array<{ rowId: string; functionName: string; phrasings: string[] }>; kept: string[] };
}

const TEMPLATE = loadCardTemplate('review');
export const REVIEW_ROWS_PER_PAGE = 6;
const OWNER_CHOICES = [
  { title: 'Internal', value: 'internal' },
  { title: 'MSP', value: 'msp' },
  { title: 'Joint', value: 'joint' },
];

/** The review card: evidence and decisions per row (a page at a time), proposed rows, and the sign-off. */
export function buildReviewCard(vm: ReviewCardModel): AdaptiveCardJson {
  const open = vm.status === 'open';
  const pageCount = Math.max(1, Math.ceil(vm.rows.length / REVIEW_ROWS_PER_PAGE));
  const page = Math.min(Math.max(0, Math.floor(vm.page)), pageCount - 1);
  const pageRows = vm.rows.slice(page * REVIEW_ROWS_PER_PAGE, (page + 1) * REVIEW_ROWS_PER_PAGE);
  const base = { engagementId: vm.engagementId, review: vm.reviewKey };
  const submit = (verb: CardVerb, data: object) => ({ ...base, ...data, verb });
  const proposals = vm.proposals.slice(0, 10);
  const cleanUndecided = vm.rows.filter((r) => r.decision === undefined && r.findings.length === 0).length;
  const build = (shown: number) =>
    expandCard(TEMPLATE, {
      title: escapeMarkdown(clip(vm.title, 120)),
      subtitle: escapeMarkdown(clip(vm.subtitle, 200)),
      hasNotice: vm.notice !== undefined,
      notice: withCommands(clip(vm.notice ?? '', 400)),
      headline: vm.headline.slice(0, 10).map((f) => ({ title: escapeMarkdown(f.title), value: escapeMarkdown(clip(f.value, 200)) })),
      hasWarnings: vm.warnings.length > 0,
      warningsText: bulletList(vm.warnings.slice(0, 6).map((w) => clip(w, 240))),
      hasResult: vm.result !== undefined,
      resultTitle: escapeMarkdown(clip(vm.result?.title ?? '', 200)),
      resultText:
        vm.result && vm.result.lines.length > 0 ? bulletList(vm.result.lines.slice(0, 30).map((l) => clip(l, 200))) : 'No row changed: the matrix was confirmed as it is.',
      hasRows: open && pageRows.length > 0,
      rowsTitle: `Rows ${page * REVIEW_ROWS_PER_PAGE + 1}–${page * REVIEW_ROWS_PER_PAGE + Math.min(shown, pageRows.length)} of ${vm.rows.length} (rows with findings first)`,
      // Rows with findings in full; the rows without, one line each, behind "Show the N rows without findings".
      rows: open
        ? pageRows
            .slice(0, shown)
            .filter((row) => row.findings.length > 0)
            .map((row) => rowData(row, vm, submit))
        : [],
      hasQuietRows: open && pageRows.slice(0, shown).some((row) => row.findings.length === 0),
      quietRows: open
        ? pageRows
            .slice(0, shown)
            .filter((row) => row.findings.length === 0)
            .map((row) => rowData(row, vm, submit))
        : [],
      quietRowsId: `quiet-rows-${page}`,
      quietToggleTitle: (() => {
        const n = pageRows.slice(0, shown).filter((row) => row.findings.length === 0).length;
        return `Show the ${n} row${n === 1 ? '' : 's'} without findings`;
      })(),
      hasMoreText: open && shown < pageRows.length,
      moreText: `${pageRows.length - shown} more rows on this page did not fit in one message: use “More rows”.`,
      hasProposals: open && proposals.length > 0,
      proposals: open
        ? proposals.map((p) => ({
            heading: `New row: ${escapeMarkdown(clip(p.functionName, 120))}`,
            evidence: escapeMarkdown(clip(p.evidence, 200)),
            hasDecision: p.decision !== undefined,
            decision: escapeMarkdown(clip(p.decision ?? '', 200)),
            open,
            ownerInput: `owner-${p.id}`,
            suggestedOwner: p.suggestedOwner ?? '',
            acceptData: { ...base, proposal: p.id, accept: true },
            acceptSubmit: submit(CARD_VERBS.reviewProposal, { proposal: p.id, accept: true }),
            rejectData: { ...base, proposal: p.id, accept: false },
            rejectSubmit: submit(CARD_VERBS.reviewProposal, { proposal: p.id, accept: false }),
          }))
        : [],
      ownerChoices: OWNER_CHOICES,
      hasLearned: open && (vm.learned?.rows.length ?? 0) > 0,
      learnedChoices: (vm.learned?.rows ?? []).slice(0, 30).map((r) => ({
        title: `${clip(oneLine(r.functionName), 60)}: ${r.phrasings
          .slice(0, 4)
          .map((t) => `“${clip(oneLine(t), 40)}”`)
          .join(', ')}${r.phrasings.length > 4 ? ` +${r.phrasings.length - 4}` : ''}`,
        value: r.rowId,
      })),
      learnedKept: (vm.learned?.kept ?? []).join(','),
      learnedSubmit: submit(CARD_VERBS.reviewLearned, {}),
      signOffs: [
        { title: vm.internalName, value: withCommands(clip(vm.signOffs.internal, 160)) },
        { title: vm.mspName, value: withCommands(clip(vm.signOffs.msp, 160)) },
      ].map((f) => ({ title: escapeMarkdown(clip(f.title, 60)), value: f.value })),
      hasOutstanding: open && vm.outstanding !== undefined,
      outstandingText: withCommands(clip(vm.outstanding ?? '', 300)),
      canSign: open,
      // The one-click confirm decides only rows without findings (review.ts confirmRemaining), on every page.
      hasCleanUndecided: open && cleanUndecided > 0,
      confirmRestTitle: `Confirm ${cleanUndecided} row${cleanUndecided === 1 ? '' : 's'} without findings`,
      confirmRestData: { ...base, decision: 'confirm-rest', page },
      confirmRestSubmit: submit(CARD_VERBS.reviewRow, { decision: 'confirm-rest', page }),
      actionData: base,
      signSubmit: submit(CARD_VERBS.reviewSign, {}),
      hasPaging: open && pageCount > 1,
      hasPrevious: open && page > 0,
      previousData: { ...base, page: page - 1 },
      previousSubmit: submit(CARD_VERBS.reviewPage, { page: page - 1 }),
      hasNext: open && page < pageCount - 1,
      nextData: { ...base, page: page + 1 },
      nextSubmit: submit(CARD_VERBS.reviewPage, { page: page + 1 }),
    });
  return fitToBudget(pageRows.length, build).card;
}

function rowData(row: ReviewCardRow, vm: ReviewCardModel, submit: (verb: CardVerb, data: object) => object) {
  const base = { engagementId: vm.engagementId, review: vm.reviewKey, row: row.rowId, page: vm.page };
  const ids = { internal: `internal-${row.rowId}`, msp: `msp-${row.rowId}`, internalContact: `internalContact-${row.rowId}`, mspContact: `mspContact-${row.rowId}` };
  return {
    heading: `${row.findings.length > 0 ? '⚠️ ' : ''}${escapeMarkdown(clip(row.functionName, 120))}`,
    compact: `**${escapeMarkdown(clip(row.functionName, 120))}** · ${escapeMarkdown(clip(vm.internalName, 40))}: ${escapeMarkdown(clip(row.internalCell || '—', 60))} · ${escapeMarkdown(clip(vm.mspName, 40))}: ${escapeMarkdown(clip(row.mspCell || '—', 60))}`,
    cells: `${escapeMarkdown(clip(vm.internalName, 40))}: ${escapeMarkdown(clip(row.internalCell || '—', 60))} · ${escapeMarkdown(clip(vm.mspName, 40))}: ${escapeMarkdown(clip(row.mspCell || '—', 60))}`,
    hasFindings: row.findings.length > 0,
    findings: `**Findings:** ${row.findings
      .slice(0, 6)
      .map((f) => escapeMarkdown(clip(f, 200)))
      .join(' · ')}`,
    hasDecision: row.decision !== undefined,
    decision: escapeMarkdown(clip(row.decision ?? '', 200)),
    open: true,
    inputIds: ids,
    internalLabel: `${oneLine(clip(vm.internalName, 40))} cell`,
    mspLabel: `${oneLine(clip(vm.mspName, 40))} cell`,
    // Single-line inputs: plain text, no line breaks.
    internalCell: clip(oneLine(row.internalCell), 120),
    mspCell: clip(oneLine(row.mspCell), 120),
    internalContact: clip(oneLine(row.internalContact), 120),
    mspContact: clip(oneLine(row.mspContact), 120),
    confirmData: { ...base, decision: 'confirm' },
    confirmSubmit: submit(CARD_VERBS.reviewRow, { row: row.rowId, page: vm.page, decision: 'confirm' }),
    changeData: { ...base, decision: 'change' },
    changeSubmit: submit(CARD_VERBS.reviewRow, { row: row.rowId, page: vm.page, decision: 'change' }),
    retireData: { ...base, decision: 'retire' },
    retireSubmit: submit(CARD_VERBS.reviewRow, { row: row.rowId, page: vm.page, decision: 'retire' }),
  };
}

/** A Baton command in Baton's own sentence ("**role @name msp-manager**"): bold, never a code span. */
const COMMAND = /\*\*(role @[\w-]+ (?:internal|msp)-(?:manager|it|engineer))\*\*/g;

/** Text escaped for Markdown, except Baton's own commands, which stay bold (Teams renders no code spans). */
export function withCommands(text: string): string {
  const escape = (piece: string) => `${/^\s/.test(piece) ? ' ' : ''}${escapeMarkdown(piece)}${/\s$/.test(piece) && piece.trim() !== '' ? ' ' : ''}`;
  let out = '';
  let last = 0;
  for (const m of text.matchAll(COMMAND)) {
    out += `${escape(text.slice(last, m.index))}**${m[1]}**`;
    last = m.index + m[0].length;
  }
  return last === 0 ? escapeMarkdown(text) : `${out}${escape(text.slice(last))}`.trim();
}
