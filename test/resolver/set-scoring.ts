import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Matrix } from '../../bot/domain/matrix/matrix.ts';
import type { Resolution, Resolver } from '../../bot/domain/resolver/resolution.ts';
import { matrixOf, type RowSpec } from './resolver-fixtures.ts';

/**
 * Scores a resolver on an evaluation set the way a user meets it (issue 11's five figures):
 * right at once, right within one click (the first "did you mean" choice), gaps for covered
 * questions, confidently wrong rows, and uncovered questions given a row.
 */

export interface SetQuestion {
  readonly q: string;
  /** The row's function text, two defensible rows, or null when no row covers it. */
  readonly expect: string | readonly string[] | null;
}

export interface EvaluationSet {
  readonly name: string;
  readonly matrix: Matrix;
  readonly questions: readonly SetQuestion[];
}

export interface SetScore {
  readonly name: string;
  readonly covered: number;
  readonly uncovered: number;
  /** Covered questions answered with an expected row. */
  readonly rightAtOnce: number;
  /** Covered questions answered right, or offered an expected row as the first "did you mean". */
  readonly withinOneClick: number;
  /** Covered questions told "no row covers that". */
  readonly gapsForCovered: number;
  /** Covered questions answered with a row that is not expected. */
  readonly confidentlyWrong: number;
  /** Uncovered questions answered with a row. */
  readonly offTopicGivenRow: number;
  /** Uncovered questions told it is a gap at once. */
  readonly uncoveredGap: number;
  readonly failures: readonly string[];
}

/** Loads `<dir>/<name>-matrix.json` + `<dir>/<name>-questions.jsonl` pairs. */
export function loadSets(dir: string): EvaluationSet[] {
  const files = readdirSync(dir);
  return files
    .filter((f) => f.endsWith('-matrix.json') && files.includes(`${f.slice(0, -'-matrix.json'.length)}-questions.jsonl`))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'-matrix.json'.length);
      const json = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { rows: RowSpec[] };
      const questions = readFileSync(join(dir, `${name}-questions.jsonl`), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as SetQuestion);
      return { name, matrix: matrixOf(json.rows), questions };
    });
}

const expected = (q: SetQuestion): readonly string[] => (q.expect === null ? [] : typeof q.expect === 'string' ? [q.expect] : q.expect);

function describeFailure(q: SetQuestion, r: Resolution): string {
  const got = r.outcome === 'answer' ? ` → ${r.match?.row.function}` : '';
  const alts = r.alternatives.map((a) => `${a.row.function} ${a.score}`).join(' | ');
  const want = q.expect === null ? 'gap' : expected(q).join(' OR ');
  return `✗ "${q.q}" expected ${want}; got ${r.outcome}${got} (conf ${r.confidence})${alts ? ` alts: ${alts}` : ''}`;
}

export function scoreSet(set: EvaluationSet, resolver: Resolver): SetScore {
  const s = { covered: 0, uncovered: 0, rightAtOnce: 0, withinOneClick: 0, gapsForCovered: 0, confidentlyWrong: 0, offTopicGivenRow: 0, uncoveredGap: 0 };
  const failures: string[] = [];
  for (const q of set.questions) {
    const r = resolver.resolve(q.q);
    const want = expected(q);
    if (want.length === 0) {
      s.uncovered++;
      if (r.outcome === 'answer') s.offTopicGivenRow++;
      if (r.outcome === 'gap') s.uncoveredGap++;
      else failures.push(describeFailure(q, r));
      continue;
    }
    s.covered++;
    const answered = r.outcome === 'answer' ? r.match?.row.function : undefined;
    const first = r.outcome === 'ambiguous' ? r.alternatives[0]?.row.function : undefined;
    const right = answered !== undefined && want.includes(answered);
    if (right) s.rightAtOnce++;
    if (right || (first !== undefined && want.includes(first))) s.withinOneClick++;
    if (r.outcome === 'gap') s.gapsForCovered++;
    if (answered !== undefined && !right) s.confidentlyWrong++;
    if (!right) failures.push(describeFailure(q, r));
  }
  return { name: set.name, ...s, failures };
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(0)}%`);

/** One table row: the five figures, percentages of covered questions. */
export function formatScore(s: SetScore): string {
  return (
    `${s.name.padEnd(22)} right at once ${pct(s.rightAtOnce, s.covered).padStart(4)}  within one click ${pct(s.withinOneClick, s.covered).padStart(4)}  ` +
    `gaps for covered ${String(s.gapsForCovered).padStart(3)}  confidently wrong ${String(s.confidentlyWrong).padStart(3)} (${pct(s.confidentlyWrong, s.covered)})  ` +
    `uncovered given a row ${s.offTopicGivenRow}/${s.uncovered}  (${s.covered} covered)`
  );
}
