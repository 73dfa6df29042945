import { randomBytes } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { QuestionRecord } from '../domain/audit/question-record.ts';
import { packJson, unpackJson } from './entity-json.ts';

/** Most records in one page (one entity): well under Azure's 1 MiB entity limit with 1,000-character questions. */
export const MAX_PAGE_RECORDS = 100;
const MAX_QUESTION_CHARS = 1_000;
/** A page is written within seconds of its first record; a day of margin finds every page of a range. */
const PAGE_SPAN_MS = 24 * 3600 * 1000;

/**
 * Every "who owns" question and its answer, append-only, one partition per engagement. Records are
 * stored in pages: one entity holds the records of one write (up to 100, as JSON), keyed by the time
 * of its first record. One small write per page instead of one entity per record keeps the audit
 * trail cheap on the request path's event loop (a 100-entity batch transaction costs ~30 ms of CPU
 * to build; a page ~4 ms).
 */
export class QuestionLogStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
  }

  /** Writes records of one engagement as one page. */
  async appendPage(records: readonly QuestionRecord[]): Promise<void> {
    if (records.length === 0) return;
    const engagementId = records[0]!.engagementId;
    if (records.length > MAX_PAGE_RECORDS || records.some((r) => r.engagementId !== engagementId)) {
      throw new Error(`a page holds at most ${MAX_PAGE_RECORDS} records of one engagement`);
    }
    const stored = records.map((r) => (r.question.length > MAX_QUESTION_CHARS ? { ...r, question: `${r.question.slice(0, MAX_QUESTION_CHARS)}…` } : r));
    const first = stored.reduce((min, r) => (r.at < min ? r.at : min), stored[0]!.at);
    await this.#table.createEntity({
      partitionKey: engagementId,
      rowKey: `${first}-${randomBytes(4).toString('hex')}`,
      count: stored.length,
      ...packJson('records', stored),
    });
  }

  /** Records of an engagement in time order, optionally from (inclusive) / to (exclusive) ISO instants. */
  async list(engagementId: string, range: { from?: string; to?: string } = {}): Promise<QuestionRecord[]> {
    let filter = `PartitionKey eq '${engagementId}'`;
    if (range.from) filter += ` and RowKey ge '${new Date(Date.parse(range.from) - PAGE_SPAN_MS).toISOString()}'`;
    if (range.to) filter += ` and RowKey lt '${range.to}'`;
    const out: QuestionRecord[] = [];
    for await (const page of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      for (const record of unpackJson<QuestionRecord[]>(page, 'records')) {
        if ((!range.from || record.at >= range.from) && (!range.to || record.at < range.to)) out.push(record);
      }
    }
    return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
}
