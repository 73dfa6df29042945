import type { TableClient } from '@azure/data-tables';
import { safeKey } from './table-clients.ts';

/**
 * Conversation references (botbuilder's ConversationReference, kept as plain JSON so storage
 * does not depend on botbuilder) for later proactive messages, per engagement and conversation.
 */
export interface StoredConversation {
  readonly engagementId: string;
  readonly conversationId: string;
  readonly reference: Record<string, unknown>;
  readonly updatedAt: string;
}

export class ConversationStore {
  readonly #table: TableClient;
  /** What we last wrote, so an unchanged reference is not rewritten on every turn. */
  readonly #written = new Map<string, string>();

  constructor(table: TableClient) {
    this.#table = table;
  }

  async save(conversation: StoredConversation): Promise<void> {
    const key = `${conversation.engagementId}/${conversation.conversationId}`;
    const json = JSON.stringify(conversation.reference);
    if (this.#written.get(key) === json) return;
    await this.#table.upsertEntity(
      {
        partitionKey: conversation.engagementId,
        rowKey: safeKey(conversation.conversationId),
        conversationId: conversation.conversationId,
        reference: json,
        updatedAt: conversation.updatedAt,
      },
      'Replace',
    );
    this.#written.set(key, json);
  }

  async list(engagementId: string): Promise<StoredConversation[]> {
    const out: StoredConversation[] = [];
    for await (const e of this.#table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq '${engagementId}'` } })) {
      out.push({
        engagementId,
        conversationId: String(e.conversationId),
        reference: JSON.parse(String(e.reference)) as Record<string, unknown>,
        updatedAt: String(e.updatedAt),
      });
    }
    return out;
  }
}
