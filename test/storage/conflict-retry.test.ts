import { describe, expect, it } from 'vitest';
import type { RitualRun } from '../../bot/domain/rituals/ritual-run.ts';
import { ConcurrencyError } from '../../bot/storage/concurrency-error.ts';
import { backoffWindowMs, CONFLICT_ATTEMPTS, ConflictRetriesExhausted, retryOnConflict } from '../../bot/storage/conflict-retry.ts';
import { EngagementStore } from '../../bot/storage/engagement-store.ts';
import { RitualRunStore } from '../../bot/storage/ritual-run-store.ts';
import { engagement } from '../ownership/engagement-fixture.ts';
import { freshTables } from '../support/azurite.ts';

/**
 * The most people who change one record at the same moment and must all get through: a whole team
 * answering one standup card at 09:31 (the handoff tests race 50 people on one card).
 */
const WRITERS = 50;

function summary(attempts: readonly number[]): { max: number; mean: number; retried: number } {
  return { max: Math.max(...attempts), mean: Number((attempts.reduce((a, b) => a + b, 0) / attempts.length).toFixed(2)), retried: attempts.filter((a) => a > 1).length };
}

describe('retryOnConflict: the one policy', () => {
  it('returns what the attempt returns, refusals included, after the conflicts it met', async () => {
    let calls = 0;
    const result = await retryOnConflict('Thing', async (n) => {
      calls++;
      if (n < 3) throw new ConcurrencyError('Thing');
      return { ok: false as const, reason: 'not allowed' };
    });
    expect(result).toEqual({ ok: false, reason: 'not allowed' });
    expect(calls).toBe(3);
  });

  it('lets anything but a conflict through at once', async () => {
    let calls = 0;
    const refusal = new Error('too large');
    await expect(
      retryOnConflict('Thing', async () => {
        calls++;
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(calls).toBe(1);
  });

  it('gives up after CONFLICT_ATTEMPTS with a clear error that is still a ConcurrencyError', async () => {
    let calls = 0;
    const err = await retryOnConflict('Ritual r-1', async () => {
      calls++;
      throw new ConcurrencyError('Ritual r-1');
    }).catch((e: unknown) => e);
    expect(calls).toBe(CONFLICT_ATTEMPTS);
    expect(err).toBeInstanceOf(ConflictRetriesExhausted);
    expect(err).toBeInstanceOf(ConcurrencyError);
    expect((err as ConflictRetriesExhausted).attempts).toBe(CONFLICT_ATTEMPTS);
    expect((err as Error).message).toBe(`Ritual r-1 was changed by someone else on each of ${CONFLICT_ATTEMPTS} attempts (too many changes at once); try again in a moment`);
    expect((err as Error).cause).toBeInstanceOf(ConcurrencyError);
  });

  it('waits a few milliseconds at first, growing and capped, so a click never waits long', () => {
    const windows = Array.from({ length: CONFLICT_ATTEMPTS }, (_, i) => backoffWindowMs(i + 1));
    expect(windows.slice(0, 6)).toEqual([0, 5, 10, 20, 40, 80]);
    expect(Math.max(...windows)).toBe(100);
    // The longest a caller can spend waiting, all attempts together.
    expect(windows.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2_000);
  });
});

/**
 * Why CONFLICT_ATTEMPTS is what it is: WRITERS people change one record at the same instant on
 * Azurite, through the real stores, and every change must be kept. Each round only one conditional
 * write wins; the backoff spreads the others out. The attempts each writer needed are recorded;
 * with a much smaller bound (a third of it, say) the unluckiest writers run out and this fails.
 */
describe(`${WRITERS} simultaneous writers on Azurite`, () => {
  it('all add themselves to one engagement through EngagementStore.update: none lost', async () => {
    const { tables } = await freshTables();
    const store = new EngagementStore(tables.engagements);
    const id = 'e-race00000000';
    await store.createIfMissing(engagement({ id, people: [] }));
    const attempts = Array.from({ length: WRITERS }, () => 0);
    await Promise.all(
      attempts.map((_, i) =>
        store.update(id, (e) => {
          attempts[i]!++;
          return { ...e, people: [...e.people, { id: `u${i}`, name: `User ${i}`, role: 'internal-it' as const }] };
        }),
      ),
    );
    const stored = await store.get(id);
    expect(stored?.engagement.people.map((p) => p.id).sort()).toEqual(attempts.map((_, i) => `u${i}`).sort());
    const seen = summary(attempts);
    console.log(`EngagementStore, ${WRITERS} writers: attempts ${JSON.stringify(seen)}, bound ${CONFLICT_ATTEMPTS}`);
    expect(seen.retried).toBeGreaterThan(0);
    expect(seen.max).toBeLessThanOrEqual(CONFLICT_ATTEMPTS);
  });

  it('all answer one standup run through RitualRunStore (read, change, conditional transaction with its card mark)', async () => {
    const { tables } = await freshTables();
    const runs = new RitualRunStore(tables.rituals);
    const run = {
      kind: 'standup',
      engagementId: 'e-race11111111',
      key: 'standup-2026-12-02',
      status: 'open',
      startedAt: '2026-12-02T09:30:00.000Z',
      answers: [] as Array<{ personId: string }>,
    };
    await runs.commit({ run: run as unknown as RitualRun, nextActionAt: '', deliveries: ['card'] });
    const attempts = Array.from({ length: WRITERS }, () => 0);
    await Promise.all(
      attempts.map((_, i) =>
        retryOnConflict(`Ritual ${run.key}`, async () => {
          attempts[i]!++;
          const stored = await runs.get(run.engagementId, run.key);
          const before = stored!.run as unknown as typeof run;
          const after = { ...before, answers: [...before.answers, { personId: `p${i}` }] };
          await runs.commit({ run: after as unknown as RitualRun, etag: stored!.etag, nextActionAt: '', deliveries: ['card'] });
        }),
      ),
    );
    const stored = (await runs.get(run.engagementId, run.key))!.run as unknown as typeof run;
    expect(stored.answers.map((a) => a.personId).sort()).toEqual(attempts.map((_, i) => `p${i}`).sort());
    const seen = summary(attempts);
    console.log(`RitualRunStore, ${WRITERS} writers: attempts ${JSON.stringify(seen)}, bound ${CONFLICT_ATTEMPTS}`);
    expect(seen.retried).toBeGreaterThan(0);
    expect(seen.max).toBeLessThanOrEqual(CONFLICT_ATTEMPTS);
  });
});
