import type { TableClients } from '../storage/table-clients.ts';
import { ConversationStore } from '../storage/conversation-store.ts';
import { EngagementStore } from '../storage/engagement-store.ts';
import { GapStore } from '../storage/gap-store.ts';
import { MatrixVersionStore } from '../storage/matrix-version-store.ts';
import { QuestionLogStore } from '../storage/question-log-store.ts';
import { AskService } from './ask-service.ts';
import type { Clock } from './clock.ts';
import { EngagementService } from './engagement-service.ts';
import { MatrixService } from './matrix-service.ts';

/** The application services, shared by the Teams adapter and the CLI. */
export interface Services {
  readonly clock: Clock;
  readonly engagements: EngagementService;
  readonly matrices: MatrixService;
  readonly ask: AskService;
  readonly questions: QuestionLogStore;
  readonly gaps: GapStore;
  readonly conversations: ConversationStore;
}

export function createServices(tables: TableClients, clock: Clock, defaultTimeZone: string): Services {
  const engagements = new EngagementService(new EngagementStore(tables.engagements), clock, defaultTimeZone);
  const matrices = new MatrixService(new MatrixVersionStore(tables.matrixVersions), engagements, clock);
  const questions = new QuestionLogStore(tables.questions);
  return {
    clock,
    engagements,
    matrices,
    ask: new AskService(matrices, questions, clock),
    questions,
    gaps: new GapStore(tables.gaps),
    conversations: new ConversationStore(tables.conversations),
  };
}
