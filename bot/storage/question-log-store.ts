import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { QuestionRecord } from '../domain/audit/question-record.ts';

function toEntity(record: QuestionRecord) {
  return {
    partitionKey: record.engagementId,
    rowKey: `${record.at}-${randomBytes(4).toString('hex')}`,
    ...record,
    alternatives: JSON.stringify(record.alternatives),
  };
}

/** Every "who owns" question and its answer, append-only, one partition per engagement, in time order. */
export class QuestionLogStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
  }

  async append(record: QuestionRecord): Promise<void> {
    await this.#table.createEntity(toEntity(record));
  }

  /** Writes records of one engagement in one transaction (Azure Tables: at most 100, one partition). */
  async appendBatch(records: readonly QuestionRecord[]): Promise<void> {
    if (records.length === 0) return;
    if (records.length > 100 || records.some((r) => r.engagementId !== records[0]!.engagementId)) {
      throw new Error('a batch holds at most 100 records of one engagement');
    }
    if (records.length === 1) return this.append(records[0]!);
    await this.#table.submitTransaction(records.map((r) => ['create', toEntity(r)]));
  }

  async list(engagementId: string, range: { from?: string; to?: string } = {}): Promise<QuestionRecord[]> {
    let filter = `PartitionKey eq '${engagementId}'`;
    if (range.from) filter += ` and RowKey ge '${range.from}'`;
    if (range.to) filter += ` and RowKey lt '${range.to}'`;
    const out: QuestionRecord[] = [];
    for await (const e of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      out.push({
        engagementId: String(e.engagementId),
        at: String(e.at),
        askerId: String(e.askerId),
        askerName: String(e.askerName),
        question: String(e.question),
        topic: String(e.topic),
        outcome: e.outcome as QuestionRecord['outcome'],
        function: typeof e.function === 'string' ? e.function : undefined,
        rowId: typeof e.rowId === 'string' ? e.rowId : undefined,
        owner: typeof e.owner === 'string' ? e.owner : undefined,
        matrixVersion: Number(e.matrixVersion),
        confidence: Number(e.confidence),
        alternatives: JSON.parse(String(e.alternatives ?? '[]')) as string[],
      });
    }
    return out;
  }
}
