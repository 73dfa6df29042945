import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCell } from '../../bot/domain/matrix/cell.ts';
import { assignRowIds, type Matrix } from '../../bot/domain/matrix/matrix.ts';
import type { Resolver } from '../../bot/domain/resolver/resolution.ts';

/** Test helpers: build matrices directly and evaluate JSONL question sets. */

const FIXTURES = fileURLToPath(new URL('../fixtures/resolver/', import.meta.url));

export interface RowSpec {
  readonly function: string;
  readonly internal: string;
  readonly msp: string;
  readonly aliases?: readonly string[];
  readonly notes?: string;
}

export interface DevQuestion {
  readonly q: string;
  readonly expect: string | null;
}

/** A Matrix from plain row specs (no parser involved). */
export function matrixOf(rows: readonly RowSpec[]): Matrix {
  return {
    rows: assignRowIds(
      rows.map((r) => ({
        function: r.function,
        internal: parseCell(r.internal),
        msp: parseCell(r.msp),
        aliases: r.aliases ?? [],
        ...(r.notes === undefined ? {} : { notes: r.notes }),
      })),
    ),
  };
}

/** Loads test/fixtures/resolver/<name>.json ({ rows: RowSpec[] }) as a Matrix. */
export function fixtureMatrix(name: string): Matrix {
  const json = JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as { rows: RowSpec[] };
  return matrixOf(json.rows);
}

/** Loads test/fixtures/resolver/<name>.jsonl. */
export function fixtureQuestions(name: string): DevQuestion[] {
  return readFileSync(`${FIXTURES}${name}.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DevQuestion);
}

export interface Evaluation {
  readonly total: number;
  readonly right: number;
  readonly offTopic: number;
  readonly offTopicAnswered: number;
  readonly failures: readonly string[];
}

/** Right = answered with the expected row, or gap when the expectation is null. */
export function evaluate(resolver: Resolver, questions: readonly DevQuestion[]): Evaluation {
  let right = 0;
  let offTopic = 0;
  let offTopicAnswered = 0;
  const failures: string[] = [];
  for (const { q, expect } of questions) {
    const r = resolver.resolve(q);
    const got = r.outcome === 'answer' ? r.match?.row.function : undefined;
    const ok = expect === null ? r.outcome === 'gap' : got === expect;
    if (expect === null) {
      offTopic++;
      if (r.outcome === 'answer') offTopicAnswered++;
    }
    if (ok) right++;
    else {
      const alts = r.alternatives.map((a) => `${a.row.function} ${a.score}`).join(' | ');
      failures.push(
        `✗ "${q}" [topic: ${r.topic}] expected ${expect ?? 'gap'}; got ${r.outcome}` +
          `${got === undefined ? '' : ` → ${got}`} (conf ${r.confidence})${alts ? ` alts: ${alts}` : ''}`,
      );
    }
  }
  return { total: questions.length, right, offTopic, offTopicAnswered, failures };
}
