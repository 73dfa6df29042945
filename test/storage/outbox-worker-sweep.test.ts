import { describe, expect, it } from 'vitest';
import { OutboxWorker, type OutboxRow, type OutboxSource } from '../../bot/app/outbox-worker.ts';

/** The delivery loop when the outbox storage cannot be read: the failure is reported, and the next sweep tries again. */

interface Row extends OutboxRow {
  readonly id: string;
}

describe('an outbox sweep that fails', () => {
  it('is reported with the error itself and retried on the next sweep (never swallowed)', async () => {
    const down = Object.assign(new Error('storage is unreachable'), { statusCode: 503 });
    let reads = 0;
    const source: OutboxSource<Row> = {
      pending: async () => {
        reads++;
        if (reads === 1) throw down;
        return [{ id: 'r1', engagementId: 'e-1', attempts: 0, markedAt: '2026-01-01T00:00:00.000Z' }];
      },
      lease: async (item) => item,
      complete: async () => true,
      retryLater: async () => undefined,
    };
    const sweepErrors: unknown[] = [];
    const delivered: string[] = [];
    const worker = new OutboxWorker<Row, never>({
      source,
      deliver: async (item) => {
        delivered.push(item.id);
      },
      keyOf: (item) => item.id,
      groupOf: (item) => item.id,
      onError: (err) => {
        throw err;
      },
      onSweepError: (err) => sweepErrors.push(err),
    });

    worker.sweep();
    await worker.idle();
    expect(sweepErrors).toEqual([down]);
    expect(sweepErrors[0]).toBe(down);
    expect(delivered).toEqual([]);

    worker.sweep(); // the next sweep (the interval's, or a kick)
    await worker.idle();
    expect(reads).toBe(2);
    expect(delivered).toEqual(['r1']);
    expect(sweepErrors).toHaveLength(1);
    await worker.stop();
  });
});
