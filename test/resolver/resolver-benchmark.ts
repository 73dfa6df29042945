import { performance } from 'node:perf_hooks';
import type { Matrix } from '../../bot/domain/matrix/matrix.ts';
import type { Resolver } from '../../bot/domain/resolver/resolution.ts';
import { fixtureMatrix, fixtureQuestions, matrixOf, type RowSpec } from './resolver-fixtures.ts';

/** Helpers for timing the resolver (the real benchmark lives elsewhere and can import these). */

const ACTIVITIES = [
  'Patch management for',
  'Backup and restore of',
  'Monitoring of',
  'Hardware support for',
  'Licensing of',
  'Documentation of',
  'Security hardening of',
  'Vendor escalation for',
  'Lifecycle planning for',
  'Access reviews for',
];
const TARGETS = [
  'servers',
  'workstations',
  'firewalls',
  'switches',
  'Wi-Fi access points',
  'Microsoft 365',
  'Azure subscriptions',
  'Hyper-V hosts',
  'NAS storage',
  'VoIP phones',
  'mobile devices',
  'printers',
  'the ERP system',
  'SQL databases',
  'SharePoint sites',
  'door access system',
  'CCTV cameras',
  'meeting room AV',
  'line-of-business apps',
  'DNS zones',
];

/** A realistic-looking matrix of `rowCount` rows: the fixture rows plus activity × target × site rows. */
export function syntheticMatrix(rowCount: number): Matrix {
  const rows: RowSpec[] = [...fixtureMatrix('second-matrix').rows, ...fixtureMatrix('default-template').rows].map((r) => ({
    function: r.function,
    internal: r.internal.raw,
    msp: r.msp.raw,
  }));
  for (let site = 1; rows.length < rowCount; site++) {
    for (const activity of ACTIVITIES) {
      for (const target of TARGETS) {
        if (rows.length >= rowCount) break;
        rows.push({ function: `${activity} ${target} (site ${site})`, internal: '✓', msp: '—' });
      }
    }
  }
  return matrixOf(rows.slice(0, rowCount));
}

/** The dev questions of both sets, as a varied workload. */
export function benchmarkQuestions(): string[] {
  return [...fixtureQuestions('default-template-questions'), ...fixtureQuestions('second-matrix-questions')].map((q) => q.q);
}

/** Average milliseconds per resolve over `rounds` passes through `questions` (after one warm-up pass). */
export function averageResolveMs(resolver: Resolver, questions: readonly string[], rounds = 5): number {
  for (const q of questions) resolver.resolve(q);
  const start = performance.now();
  for (let r = 0; r < rounds; r++) for (const q of questions) resolver.resolve(q);
  return (performance.now() - start) / (rounds * questions.length);
}
