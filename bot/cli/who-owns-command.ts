import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Matrix } from '../domain/matrix/matrix.ts';
import { ownerLabel } from '../domain/matrix/matrix-summary.ts';
import { buildResolver } from '../domain/resolver/matrix-resolver.ts';
import { installBuiltInWordVectors } from '../storage/word-vector-file.ts';
import type { Resolution } from '../domain/resolver/resolution.ts';
import { out, UsageError } from './cli-io.ts';
import { readMatrixFile } from './matrix-file.ts';

/** The answer object of `baton who-owns --json`: a stable contract (see README). */
export interface WhoOwnsAnswer {
  readonly q: string;
  /** The matched row's function exactly as in the matrix, or null when there is no confident match. */
  readonly function: string | null;
  /** 'Internal' | 'MSP' | 'Joint', or null when nobody / no match. */
  readonly owner: string | null;
  readonly confidence: number;
  /** Other likely rows (function texts), best first: the "did you mean" list. */
  readonly alternatives: readonly string[];
  readonly outcome: Resolution['outcome'];
  readonly matched: readonly string[];
}

export function toAnswer(q: string, resolution: Resolution): WhoOwnsAnswer {
  const row = resolution.outcome === 'answer' ? resolution.match?.row : undefined;
  return {
    q,
    function: row?.function ?? null,
    owner: row ? ownerLabel(row) : null,
    confidence: Math.round(resolution.confidence * 1000) / 1000,
    alternatives: resolution.alternatives.map((a) => a.row.function),
    outcome: resolution.outcome,
    matched: resolution.match?.matchedTerms ?? [],
  };
}

function readQuestions(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const questions: string[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new UsageError(`${path} line ${i + 1}: not valid JSON`);
    }
    const q = (parsed as { q?: unknown }).q;
    if (typeof q !== 'string') throw new UsageError(`${path} line ${i + 1}: needs a string field "q"`);
    questions.push(q);
  });
  return questions;
}

function describe(answer: WhoOwnsAnswer): string {
  if (answer.function) return `${answer.function} → ${answer.owner ?? 'nobody'} (${Math.round(answer.confidence * 100)}%)`;
  if (answer.alternatives.length > 0) return `Not sure. Did you mean: ${answer.alternatives.join(' | ')}`;
  return 'No row covers that: a gap.';
}

export async function whoOwnsCommand(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { matrix: { type: 'string' }, questions: { type: 'string' }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (!values.matrix) throw new UsageError('who-owns needs --matrix FILE (CSV or Markdown)');
  const matrix: Matrix = readMatrixFile(values.matrix);
  await installBuiltInWordVectors({ info: () => undefined, warn: (msg) => process.stderr.write(`${msg}\n`) });
  const resolver = buildResolver(matrix);
  const questions = values.questions ? readQuestions(values.questions) : [positionals.join(' ')];
  if (!values.questions && questions[0]!.trim() === '') throw new UsageError('who-owns needs a question, e.g. who-owns --matrix m.md "who owns backups?"');
  for (const q of questions) {
    const answer = toAnswer(q, resolver.resolve(q));
    out(values.json ? JSON.stringify(answer) : `${q}\n  ${describe(answer)}`);
  }
}
