/** One "who owns" question and the answer Baton gave: the audit trail of the resolver. */
export interface QuestionRecord {
  readonly engagementId: string;
  /** ISO instant the question was answered. */
  readonly at: string;
  readonly askerId: string;
  readonly askerName: string;
  readonly question: string;
  readonly topic: string;
  readonly outcome: 'answer' | 'ambiguous' | 'gap';
  /** Matched row's function text, when answered. */
  readonly function?: string;
  readonly rowId?: string;
  /** 'Internal' | 'MSP' | 'Joint' for the matched row. */
  readonly owner?: string;
  readonly matrixVersion: number;
  readonly confidence: number;
  /** Function texts offered as alternatives. */
  readonly alternatives: readonly string[];
}
