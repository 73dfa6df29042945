import { describe, expect, it } from 'vitest';
import { WriteBehindQueue } from '../../bot/app/write-behind-queue.ts';
import type { QuestionRecord } from '../../bot/domain/audit/question-record.ts';
import { QuestionLogStore } from '../../bot/storage/question-log-store.ts';
import { freshTables } from '../support/azurite.ts';

function record(engagementId: string, i: number): QuestionRecord {
  return {
    engagementId,
    at: new Date(Date.UTC(2026, 10, 23, 15, 0, i)).toISOString(),
    askerId: '29:alex',
    askerName: 'Alex',
    question: `question ${i}`,
    topic: `topic ${i}`,
    outcome: i % 3 === 0 ? 'gap' : 'answer',
    ...(i % 3 === 0 ? {} : { function: 'Backups', rowId: 'backups', owner: 'MSP' }),
    matrixVersion: 1,
    confidence: 0.8,
    alternatives: ['Other row'],
  };
}

describe('question log on Azurite', () => {
  it('writes a page of one engagement in one entity and reads records back in time order, by range', async () => {
    const { tables } = await freshTables();
    const store = new QuestionLogStore(tables.questions);
    const records = Array.from({ length: 100 }, (_, i) => record('e-aaaaaaaaaaaa', i));
    await store.appendPage(records.slice(50));
    await store.appendPage(records.slice(0, 50));
    const back = await store.list('e-aaaaaaaaaaaa');
    expect(back).toHaveLength(100);
    expect(back.map((r) => r.question)).toEqual(records.map((r) => r.question));
    expect(back[1]).toEqual(records[1]);
    expect(back[0]!.function).toBeUndefined();
    const range = await store.list('e-aaaaaaaaaaaa', { from: records[10]!.at, to: records[60]!.at });
    expect(range.map((r) => r.question)).toEqual(records.slice(10, 60).map((r) => r.question));
    expect(await store.list('e-bbbbbbbbbbbb')).toEqual([]);
  });

  it('refuses a page mixing engagements or over 100 records, and shortens very long questions', async () => {
    const { tables } = await freshTables();
    const store = new QuestionLogStore(tables.questions);
    await expect(store.appendPage([record('e-aaaaaaaaaaaa', 1), record('e-bbbbbbbbbbbb', 2)])).rejects.toThrow(/one engagement/);
    await expect(store.appendPage(Array.from({ length: 101 }, (_, i) => record('e-aaaaaaaaaaaa', i)))).rejects.toThrow(/at most 100/);
    await store.appendPage([{ ...record('e-aaaaaaaaaaaa', 1), question: 'x'.repeat(5_000) }]);
    const [back] = await store.list('e-aaaaaaaaaaaa');
    expect(back!.question).toHaveLength(1_001);
  });

  it('the write-behind queue writes everything it was given, across engagements, in batches of at most 100', async () => {
    const { tables } = await freshTables();
    const store = new QuestionLogStore(tables.questions);
    const sizes: number[] = [];
    const queue = new WriteBehindQueue<QuestionRecord>({
      write: async (batch) => {
        sizes.push(batch.length);
        await store.appendPage(batch);
      },
      partitionOf: (r) => r.engagementId,
      flushMs: 20,
    });
    for (let i = 0; i < 250; i++) queue.add(record(i % 2 === 0 ? 'e-aaaaaaaaaaaa' : 'e-bbbbbbbbbbbb', i));
    await queue.close();
    expect(queue.pending).toBe(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    expect((await store.list('e-aaaaaaaaaaaa')).length + (await store.list('e-bbbbbbbbbbbb')).length).toBe(250);
  });

  it('keeps records while storage fails and writes them once it is back', async () => {
    let failing = true;
    const written: number[] = [];
    const errors: unknown[] = [];
    const queue = new WriteBehindQueue<number>({
      write: async (batch) => {
        if (failing) throw new Error('storage down');
        written.push(...batch);
      },
      partitionOf: () => 'p',
      flushMs: 5,
      onError: (err) => errors.push(err),
    });
    for (let i = 0; i < 10; i++) queue.add(i);
    await queue.flush();
    expect(written).toEqual([]);
    expect(queue.pending).toBe(10);
    expect(errors.length).toBeGreaterThan(0);
    failing = false;
    await queue.close();
    expect(written).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
