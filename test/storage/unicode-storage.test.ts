import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Handoff, HandoffEvent } from '../../bot/domain/handoff/handoff.ts';
import type { RitualRun } from '../../bot/domain/rituals/ritual-run.ts';
import { HandoffStore } from '../../bot/storage/handoff-store.ts';
import { RitualRunStore } from '../../bot/storage/ritual-run-store.ts';
import { asStorageRefusal, StorageRefusedError } from '../../bot/storage/storage-refusal.ts';
import { isEmulatorConnection, MAX_SAFE_KEY, safeKey } from '../../bot/storage/table-clients.ts';
import { asciiJson, escapeBatchBody } from '../../bot/storage/table-request-policies.ts';
import { freshTables } from '../support/azurite.ts';

/**
 * Any text a sender or a clicker can put in a field is stored and read back exactly, through the real
 * stores on Azurite. Found: U+2028 / U+2029 in any field made the table transaction ($batch) fail
 * (a 500 from Azurite, retried ~5 s, then a 503 to the alert sender, who retries forever), and in a
 * one-operation transaction the entity was silently stored with no properties at all.
 */

const ENGAGEMENT = 'e-unicode00001';
const AT = '2026-11-24T09:00:00.000Z';

/** Characters that break line-based or regex-based parsers, or that JSON treats specially. */
const AWKWARD = [
  '\u2028',
  '\u2029', // JS line terminators that JSON.stringify leaves raw
  '\u0000',
  '\u0085',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\r',
  '\n',
  '\r\n',
  '\t',
  '\u000b',
  '\u000c',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff', // lone surrogates
  '\ud83d\ude00', // a pair
  '{',
  '}',
  '"',
  '\\',
  "'",
  '%',
  '&',
  '+',
  '/',
  '#',
  '?',
  '--changeset_',
  '--batch_',
  '\r\n--changeset_x\r\n',
  'HTTP/1.1 200 OK',
  'Content-Type: application/http',
];

/** One unit of text: any code point, a lone surrogate, or one of the awkward pieces above. */
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const text = fc.string({ unit, maxLength: 40 });
const RUNS = { numRuns: 60 };

function handoff(id: string, s: string): Handoff {
  const received: HandoffEvent = { kind: 'received', at: AT, via: 'alert', note: s };
  return {
    engagementId: ENGAGEMENT,
    id,
    dedupKey: `${id}/${s}`,
    status: 'open',
    severity: 'critical',
    source: s,
    category: s,
    summary: `Disk ${s} full`,
    details: s,
    labels: { [`l${s}`]: s, host: 'fs01' },
    links: [{ href: 'https://example.com/', text: s }],
    routing: { routedBy: 'none', matrixVersion: 0, owners: [], onPoint: [], reason: s },
    openedAt: AT,
    lastSeenAt: AT,
    occurrences: 1,
    escalation: { afterMinutes: 10, repeatMinutes: 10, maxCount: 3 },
    escalationCount: 0,
    nextEscalationAt: '2026-11-24T09:10:00.000Z',
    events: [received],
  };
}

async function auditOf(store: HandoffStore, handoffId: string): Promise<HandoffEvent[]> {
  const out: HandoffEvent[] = [];
  for await (const row of store.audit(ENGAGEMENT, '2026-11-24T00:00:00.000Z', '2026-11-25T00:00:00.000Z')) if (row.handoffId === handoffId) out.push(row.event);
  return out;
}

describe('any text survives storage on Azurite', () => {
  it('U+2028 in a handoff field: commit stores it, it reads back identical (was: $batch 500 → 503)', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, () => new Date(AT));
    for (const [i, s] of ['line\u2028separator', 'para\u2029graph', 'x}\u2028y', '\u2028'].entries()) {
      const h = handoff(`h-ls${i}`, s);
      const started = Date.now();
      await store.commit({ handoff: h, pointer: {}, deliveries: ['card'], audit: h.events });
      expect(Date.now() - started, 'no retries').toBeLessThan(2_000);
      expect((await store.get(ENGAGEMENT, h.id))?.handoff).toEqual(h);
      expect((await store.forDedupKey(ENGAGEMENT, h.dedupKey)).current?.handoff).toEqual(h);
      expect(await auditOf(store, h.id)).toEqual(h.events);
    }
  });

  it('property: any string in every handoff field round-trips through HandoffStore.commit (create, then update)', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, () => new Date(AT));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, text, async (s, note) => {
        const h = handoff(`h-p${(n++).toString(36)}`, s);
        await store.commit({ handoff: h, pointer: {}, deliveries: ['card'], audit: h.events });
        const created = await store.get(ENGAGEMENT, h.id);
        expect(created?.handoff).toEqual(h);
        expect((await store.forDedupKey(ENGAGEMENT, h.dedupKey)).current?.handoff).toEqual(h);
        // A resolve with a note (a card input), as an update of the stored handoff: a second transaction.
        const resolved: HandoffEvent = { kind: 'resolved', at: AT, via: 'card', actor: { id: '29:a', name: note }, note };
        const next: Handoff = { ...h, status: 'resolved', resolvedAt: AT, events: [...h.events, resolved] };
        await store.commit({ handoff: next, etag: created!.etag, deliveries: ['card'], audit: [resolved] });
        expect((await store.get(ENGAGEMENT, h.id))?.handoff).toEqual(next);
        expect(await auditOf(store, h.id)).toEqual(next.events);
      }),
      RUNS,
    );
  });

  it('property: a dedup key of up to 255 characters of any kind is stored and found (was: 400 InvalidInput, a row key over 1 KiB)', async () => {
    const { tables } = await freshTables();
    const store = new HandoffStore(tables.handoffs, () => new Date(AT));
    let n = 0;
    const longKey = fc.string({ unit: fc.constantFrom('✓', '😀', 'é', 'a', '中', '\u2028', '\ud800', '\udc00'), minLength: 1, maxLength: 255 }).map((k) => k.slice(0, 255));
    await fc.assert(
      fc.asyncProperty(longKey, async (key) => {
        const id = `h-k${(n++).toString(36)}`;
        // Unique per run (a shrinking run repeats keys), still up to 255 characters.
        const dedupKey = `${id}${key}`.slice(0, 255);
        const h = { ...handoff(id, 'x'), dedupKey };
        await store.commit({ handoff: h, pointer: {}, deliveries: ['card'], audit: h.events });
        expect((await store.forDedupKey(ENGAGEMENT, dedupKey)).current?.handoff.id).toBe(h.id);
      }),
      { numRuns: 40 },
    );
  });

  it('safeKey: short, storable, one key per text (lone surrogates included), unchanged for what fits', () => {
    expect(safeKey('disk/fs01')).toBe(Buffer.from('disk/fs01').toString('base64url'));
    expect(safeKey('a\ud800')).not.toBe(safeKey('a\udc00'));
    expect(safeKey('a\ud800')).not.toBe(safeKey('a\ufffd'));
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
            fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
          ),
          maxLength: 600,
        }),
        fc.string({ maxLength: 600 }),
        (a, b) => {
          for (const k of [safeKey(a), safeKey(b)]) {
            expect(k.length).toBeLessThanOrEqual(MAX_SAFE_KEY);
            expect(k).toMatch(/^~?[A-Za-z0-9_-]*$/);
          }
          if (a !== b) expect(safeKey(a)).not.toBe(safeKey(b));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('property: any string round-trips through RitualRunStore.commit, also as a one-operation transaction', async () => {
    const { tables } = await freshTables();
    const store = new RitualRunStore(tables.rituals);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.boolean(), async (s, withDelivery) => {
        const key = `standup/2026-W${(n++).toString(36)}`;
        const run = { engagementId: ENGAGEMENT, key, kind: 'standup', status: 'open', startedAt: AT, answers: [{ done: s, next: s, blocked: s }] } as unknown as RitualRun;
        // No deliveries: the transaction has ONE operation (the case Azurite stored as an empty entity).
        await store.commit({ run, nextActionAt: '', deliveries: withDelivery ? ['card'] : [] });
        expect((await store.get(ENGAGEMENT, key))?.run).toEqual(run);
      }),
      { numRuns: 30 },
    );
  });

  it('a single-entity write of a large non-ASCII value reads back identical (Azurite split multi-byte characters at 64 KiB)', async () => {
    const { tables } = await freshTables();
    // 30,000 characters of 3 UTF-8 bytes each in one property, several properties: ~270 KB of body.
    const values = { a: '✓'.repeat(30_000), b: 'é—'.repeat(15_000), c: '😀'.repeat(15_000) };
    await tables.engagements.upsertEntity({ partitionKey: 'p', rowKey: 'big', ...values }, 'Replace');
    const back = await tables.engagements.getEntity<Record<string, unknown>>('p', 'big');
    for (const [name, value] of Object.entries(values)) expect(back[name] === value, name).toBe(true);
  });

  it('property: the rewritten $batch body means the same JSON (what real Azure stores is unchanged) and has no raw U+2028/U+2029', () => {
    const entity = fc.dictionary(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }), fc.oneof(text, fc.integer(), fc.boolean()), { maxKeys: 5 });
    fc.assert(
      fc.property(fc.array(entity, { minLength: 1, maxLength: 4 }), (entities) => {
        // Shaped as @azure/data-tables writes it: boundaries, request lines, headers, a blank line, one JSON line.
        const parts = entities.map((e) =>
          [
            '--changeset_1',
            'content-type: application/http',
            'content-transfer-encoding: binary',
            '',
            "POST http://127.0.0.1:10002/devstoreaccount1/t(PartitionKey='p',RowKey='r') HTTP/1.1",
            'Content-Type: application/json',
            '',
            '',
            JSON.stringify(e),
          ].join('\r\n'),
        );
        const body = ['--batch_1', 'content-type: multipart/mixed; boundary=changeset_1', '', '', ...parts, '--changeset_1--', '--batch_1--', ''].join('\r\n');
        const rewritten = escapeBatchBody(body);
        expect(rewritten).not.toMatch(/[\u2028\u2029]/);
        const lines = (b: string) => b.split('\r\n');
        expect(lines(rewritten).length).toBe(lines(body).length);
        lines(body).forEach((line, i) => {
          const after = lines(rewritten)[i]!;
          if (line.startsWith('{')) expect(JSON.parse(after)).toEqual(JSON.parse(line));
          else expect(after).toBe(line);
        });
        for (const e of entities) {
          const ascii = asciiJson(JSON.stringify(e));
          expect(ascii).toMatch(/^[\u0000-\u007f]*$/);
          expect(JSON.parse(ascii)).toEqual(e);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('only the storage emulator gets the ASCII-only bodies', () => {
    expect(isEmulatorConnection('DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=k;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;')).toBe(true);
    expect(isEmulatorConnection('UseDevelopmentStorage=true')).toBe(true);
    expect(isEmulatorConnection('DefaultEndpointsProtocol=https;AccountName=contosobaton;AccountKey=k;EndpointSuffix=core.windows.net')).toBe(false);
    expect(isEmulatorConnection('DefaultEndpointsProtocol=http;AccountName=other;AccountKey=k;TableEndpoint=http://localhost:10002/other;')).toBe(true);
    expect(isEmulatorConnection('DefaultEndpointsProtocol=https;AccountName=contosobaton;AccountKey=k;TableEndpoint=https://contosobaton.table.core.windows.net/;')).toBe(false);
  });
});

describe('a permanent refusal from storage is a StorageRefusedError (a 4xx for senders), never a retryable failure', () => {
  it('Azure Tables refusing an entity (PropertyValueTooLarge, InvalidInput), in a transaction or a single write', async () => {
    const { tables } = await freshTables();
    const tooLarge = { partitionKey: 'p', rowKey: 'r', v: 'x'.repeat(40_000) };
    const refusals: unknown[] = [];
    await tables.handoffs
      .submitTransaction([
        ['create', tooLarge],
        ['create', { partitionKey: 'p', rowKey: 'r2' }],
      ])
      .catch((err: unknown) => refusals.push(err));
    await tables.handoffs.createEntity(tooLarge).catch((err: unknown) => refusals.push(err));
    await tables.handoffs.createEntity({ partitionKey: 'p', rowKey: 'k'.repeat(2_000) }).catch((err: unknown) => refusals.push(err));
    expect(refusals).toHaveLength(3);
    const [batch, single, key] = refusals.map(asStorageRefusal);
    expect(batch).toBeInstanceOf(StorageRefusedError);
    expect(batch?.code).toBe('PropertyValueTooLarge');
    expect(batch?.message).toMatch(/larger than storage accepts \(64 KiB\) \(400 PropertyValueTooLarge\)/);
    expect(single?.code).toBe('PropertyValueTooLarge');
    expect(key?.code).toBe('InvalidInput');
  });

  it('conflicts, missing rows, throttling and outages are not refusals', async () => {
    const { tables } = await freshTables();
    await tables.handoffs.createEntity({ partitionKey: 'p', rowKey: 'r' });
    const conflict = await tables.handoffs.createEntity({ partitionKey: 'p', rowKey: 'r' }).catch((err: unknown) => err);
    const missing = await tables.handoffs.getEntity('p', 'nope').catch((err: unknown) => err);
    expect(asStorageRefusal(conflict)).toBeUndefined();
    expect(asStorageRefusal(missing)).toBeUndefined();
    for (const statusCode of [412, 429, 500, 503]) expect(asStorageRefusal({ statusCode, code: 'EntityTooLarge' })).toBeUndefined();
    // A 400 that is Baton's own fault (a bad header) stays an error to retry once Baton is fixed.
    expect(asStorageRefusal({ statusCode: 400, code: 'InvalidHeaderValue' })).toBeUndefined();
    expect(asStorageRefusal({ statusCode: 413 })).toBeInstanceOf(StorageRefusedError);
    expect(asStorageRefusal(new Error('socket hang up'))).toBeUndefined();
  });

  it('RitualRunStore.commit throws it for a run storage cannot hold', async () => {
    const { tables } = await freshTables();
    const store = new RitualRunStore(tables.rituals);
    // A key column over 64 KiB (the packed JSON is chunked; the plain columns are not).
    const key = `standup/${'k'.repeat(40_000)}`;
    const run = { engagementId: ENGAGEMENT, key, kind: 'standup', status: 'open', startedAt: AT } as unknown as RitualRun;
    await expect(store.commit({ run, nextActionAt: '', deliveries: ['card'] })).rejects.toBeInstanceOf(StorageRefusedError);
  });
});
