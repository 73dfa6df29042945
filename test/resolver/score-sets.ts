import { fileURLToPath } from 'node:url';
import { buildResolver } from '../../bot/domain/resolver/matrix-resolver.ts';
import { formatScore, loadSets, scoreSet } from './set-scoring.ts';

/**
 * `node test/resolver/score-sets.ts <dir>... [--failures]`: scores every evaluation set in each
 * folder. Without --failures only the figures print, so a blind set stays unread while scored.
 */
const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const dirs = args.filter((a) => !a.startsWith('--'));
const defaultDir = fileURLToPath(new URL('../fixtures/resolver/tuning/', import.meta.url));
for (const dir of dirs.length > 0 ? dirs : [defaultDir]) {
  for (const set of loadSets(dir)) {
    const score = scoreSet(set, buildResolver(set.matrix));
    console.log(formatScore(score));
    if (showFailures) console.log(score.failures.map((f) => `    ${f}`).join('\n'));
  }
}
