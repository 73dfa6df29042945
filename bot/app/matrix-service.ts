import { createHash } from 'node:crypto';
import type { Matrix, MatrixVersion } from '../domain/matrix/matrix.ts';
import type { Resolver } from '../domain/resolver/resolution.ts';
import { buildResolver, type LearnedPhrasing } from '../domain/resolver/matrix-resolver.ts';
import { retryOnConflict } from '../storage/conflict-retry.ts';
import type { MatrixVersionInfo, MatrixVersionStore } from '../storage/matrix-version-store.ts';
import type { Clock } from './clock.ts';
import type { EngagementService } from './engagement-service.ts';

/**
 * Resolvers kept in memory, one per engagement's current matrix in practice. Each holds its typo
 * index: about 0.75 MB for a 14-row matrix, 4 MB for 500 rows (measured), so 300 stay within a few hundred MB.
 */
const RESOLVER_CACHE = 300;

/**
 * Publishing and reading matrix versions. A publish writes version N+1 (immutable) and then moves
 * the engagement's pointer; two publishers racing get exactly one N+1, the other retries as N+2.
 * A pointer left behind by a crash between the two writes is rolled forward on the next publish.
 */
export class MatrixService {
  readonly #versions: MatrixVersionStore;
  readonly #engagements: EngagementService;
  readonly #clock: Clock;
  readonly #resolvers = new Map<string, Resolver>();

  constructor(versions: MatrixVersionStore, engagements: EngagementService, clock: Clock) {
    this.#versions = versions;
    this.#engagements = engagements;
    this.#clock = clock;
  }

  async publish(engagementId: string, matrix: Matrix, author: string, reason: string): Promise<MatrixVersion> {
    let next: number | undefined;
    const version = await retryOnConflict(`The matrix of ${engagementId}`, async () => {
      // A taken number (another publisher's N+1) is retried as the next free one.
      const pointer = (await this.#engagements.getFresh(engagementId))?.matrixVersion ?? 0;
      next = next === undefined ? pointer + 1 : Math.max(next + 1, pointer + 1);
      const version: MatrixVersion = { engagementId, version: next, author, at: this.#clock().toISOString(), reason, matrix };
      await this.#versions.create(version);
      return version;
    });
    await this.#engagements.update(engagementId, (e) => (e.matrixVersion < version.version ? { ...e, matrixVersion: version.version, updatedAt: version.at } : undefined));
    return version;
  }

  async current(engagementId: string, versionNumber: number): Promise<MatrixVersion | undefined> {
    if (versionNumber < 1) return undefined;
    return this.#versions.get(engagementId, versionNumber);
  }

  async get(engagementId: string, versionNumber: number): Promise<MatrixVersion | undefined> {
    return this.#versions.get(engagementId, versionNumber);
  }

  async history(engagementId: string): Promise<MatrixVersionInfo[]> {
    return this.#versions.history(engagementId);
  }

  /**
   * The resolver for a version and a set of learned phrasings (bot/domain/corrections), built once
   * per distinct set: the engagement's shared phrasings, or those plus one person's own. Versions never
   * change; a learned set that changes gets a new key, and `forgetLearned` drops the engagement's old
   * ones at once. Least recently used ones go first: alerts spread over more engagements than the
   * cache holds must not rebuild one per alert.
   */
  resolverFor(version: MatrixVersion, learned: readonly LearnedPhrasing[] = []): Resolver {
    const key = `${version.engagementId}/${version.version}${learned.length > 0 ? `#${learnedFingerprint(learned)}` : ''}`;
    let resolver = this.#resolvers.get(key);
    if (resolver) {
      this.#resolvers.delete(key);
    } else {
      resolver = learned.length > 0 ? buildResolver(version.matrix, { learned }) : buildResolver(version.matrix);
      if (this.#resolvers.size >= RESOLVER_CACHE) this.#resolvers.delete(this.#resolvers.keys().next().value!);
    }
    this.#resolvers.set(key, resolver);
    return resolver;
  }

  /** The engagement's learned phrasings changed: its resolvers built with learned sets are stale. */
  forgetLearned(engagementId: string): void {
    const prefix = `${engagementId}/`;
    for (const key of [...this.#resolvers.keys()]) if (key.startsWith(prefix) && key.includes('#')) this.#resolvers.delete(key);
  }
}

/** One key per distinct set of phrasings, whatever their order. */
function learnedFingerprint(learned: readonly LearnedPhrasing[]): string {
  const lines = learned.map((l) => `${l.rowId}\u0000${l.text}`).sort();
  return createHash('sha256').update(lines.join('\n'), 'utf8').digest('base64url').slice(0, 22);
}
