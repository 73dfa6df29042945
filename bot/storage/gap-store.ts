import type { TableClient } from '@azure/data-tables';
import type { GapProposal } from '../domain/audit/gap-proposal.ts';

/** Proposed owners for unanswered questions, one partition per engagement. */
export class GapStore {
  readonly #table: TableClient;

  constructor(table: TableClient) {
    this.#table = table;
  }

  async add(proposal: GapProposal): Promise<void> {
    await this.#table.createEntity({ partitionKey: proposal.engagementId, rowKey: proposal.id, ...proposal });
  }

  async list(engagementId: string): Promise<GapProposal[]> {
    const out: GapProposal[] = [];
    for await (const e of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${engagementId}'` } })) {
      out.push({
        engagementId: String(e.engagementId),
        id: String(e.id),
        at: String(e.at),
        question: String(e.question),
        proposedFunction: String(e.proposedFunction),
        proposedOwner: e.proposedOwner as GapProposal['proposedOwner'],
        note: typeof e.note === 'string' ? e.note : undefined,
        proposerId: String(e.proposerId),
        proposerName: String(e.proposerName),
        status: e.status as GapProposal['status'],
      });
    }
    return out;
  }
}
