import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../bot/app/services.ts';
import { developmentConnectionString } from '../../bot/storage/development-storage.ts';
import { openTables } from '../../bot/storage/table-clients.ts';
import { cardAction, installed } from '../support/activities.ts';
import { uniqueTablePrefix } from '../support/azurite.ts';
import { killBatonProcesses, spawnBatonProcess, type BatonProcess } from '../support/baton-process.ts';
import { freePort } from '../support/free-port.ts';
import { LocalConnector } from '../support/local-connector.ts';
import { SETUP_CONTOSO } from '../support/setup-input.ts';
import { waitUntil } from '../support/wait-until.ts';
import { cardText } from '../teams/card-text.ts';

/**
 * "An acknowledged alert never vanishes", with the embedded Azurite, as `npm start` runs it: Baton
 * (bot/main.ts) in its own process, and the Azurite it starts in another. The processes are really
 * killed: SIGTERM (a graceful stop), SIGKILL of Baton alone (its Azurite must not outlive it), and
 * SIGKILL of both at a random moment of a 100 alerts/s stream (nothing answered 202 may be missing).
 *
 * BATON_DURABILITY_TRIALS=20 runs the SIGKILL-both measurement that many times and prints the figures.
 */

const RATE_PER_SECOND = 100;
const TRIALS = Number(process.env.BATON_DURABILITY_TRIALS ?? '0');

/** Process ids of `pid`'s children (Linux). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Running (a zombie nobody has reaped yet counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

const killedPids: number[] = [];

interface Pair {
  readonly baton: BatonProcess;
  readonly azuritePid: number;
}

class Harness {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'baton-durability-'));
  readonly prefix = uniqueTablePrefix();
  readonly connector = new LocalConnector();
  azuritePort = 0;
  engagementId = '';
  token = '';
  #services: Services | undefined;

  async start(): Promise<Pair> {
    if (!this.azuritePort) {
      this.azuritePort = await freePort();
      await this.connector.start();
    }
    const baton = await spawnBatonProcess(this.prefix, {
      AZURE_STORAGE_CONNECTION_STRING: '',
      BATON_DATA_DIR: this.dataDir,
      BATON_AZURITE_PORT: String(this.azuritePort),
    });
    const azuritePid = childrenOf(baton.child.pid!)[0];
    if (!azuritePid) throw new Error('Baton started no Azurite process');
    killedPids.push(azuritePid);
    return { baton, azuritePid };
  }

  /** The test's own view of the pair's storage (a client of the running Azurite). */
  async services(): Promise<Services> {
    if (!this.#services) {
      const tables = await openTables(developmentConnectionString('127.0.0.1', this.azuritePort), this.prefix);
      this.#services = createServices(tables, () => new Date(), 'UTC');
    }
    return this.#services;
  }

  async setUp(pair: Pair): Promise<void> {
    const post = (activity: object) =>
      fetch(`${pair.baton.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceUrl: this.connector.url, ...activity }),
      });
    await post(installed());
    await post(cardAction('setup.save', SETUP_CONTOSO));
    await this.connector.waitFor(1);
    const services = await this.services();
    const engagement = (await services.engagements.list())[0]!;
    await services.alertSettings.ensure(engagement.id);
    await services.alertSettings.update(engagement.id, (s) => ({ ...s, rateLimitPerMinute: 1_000_000 }));
    this.engagementId = engagement.id;
    this.token = (await services.alertSettings.ensure(engagement.id)).current.bearerToken;
  }

  /** One alert; the handoff id when Baton answered 202, else undefined (refused, or the process died). */
  async send(pair: Pair, key: string): Promise<string | undefined> {
    try {
      const res = await fetch(`${pair.baton.url}/api/alerts/${this.engagementId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify({ source: 'durability', severity: 'warning', summary: `Durability probe ${key}`, dedupKey: key }),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.status !== 202) return undefined;
      const body = (await res.json()) as { handoff?: { handoff_id?: string } };
      return body.handoff?.handoff_id;
    } catch {
      return undefined;
    }
  }

  /**
   * Alerts at RATE_PER_SECOND for `durationMs`, or until `onTick` (given the time since the start and
   * how many were acknowledged so far) says stop; the ones acknowledged (dedup key → handoff id).
   */
  async stream(pair: Pair, tag: string, durationMs: number, onTick?: (elapsed: number, acknowledged: number) => boolean): Promise<Map<string, string>> {
    const acked = new Map<string, string>();
    const inFlight: Promise<void>[] = [];
    const started = Date.now();
    for (let i = 0; ; i++) {
      const due = started + (i * 1000) / RATE_PER_SECOND;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((done) => setTimeout(done, wait));
      const elapsed = Date.now() - started;
      if (elapsed >= durationMs || onTick?.(elapsed, acked.size) === false) break;
      const key = `${tag}-${i}`;
      inFlight.push(this.send(pair, key).then((id) => void (id && acked.set(key, id))));
    }
    await Promise.all(inFlight);
    return acked;
  }

  /** Which of these acknowledged handoffs the store no longer has. */
  async missing(acked: Map<string, string>): Promise<string[]> {
    const services = await this.services();
    const gone: string[] = [];
    for (const [key, id] of acked) if (!(await services.handoffs.get(this.engagementId, id))) gone.push(key);
    return gone;
  }

  /** Cards Teams received for these alerts. */
  cardsFor(keys: string[]): number {
    const wanted = new Set(keys.map((k) => `durability probe ${k}`.toLowerCase()));
    return this.connector.received.filter((r) => {
      const text = cardText(r.activity).toLowerCase();
      return [...wanted].some((w) => text.includes(w));
    }).length;
  }

  async close(): Promise<void> {
    await this.#services?.close();
    await this.connector.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

function killBoth(pair: Pair): void {
  process.kill(pair.azuritePid, 'SIGKILL');
  process.kill(pair.baton.child.pid!, 'SIGKILL');
}

async function gone(pair: Pair, timeoutMs: number, what: string): Promise<void> {
  await waitUntil(() => !alive(pair.baton.child.pid!) && !alive(pair.azuritePid), timeoutMs, what);
}

/** SIGTERM to Baton only, as a service manager stops it; resolves with Baton's exit code. */
async function terminate(pair: Pair): Promise<number | null> {
  const exited = new Promise<number | null>((done) => pair.baton.child.once('exit', (code) => done(code)));
  pair.baton.child.kill('SIGTERM');
  const code = await exited;
  await gone(pair, 10_000, 'Baton and its Azurite to exit after SIGTERM');
  return code;
}

afterAll(() => {
  killBatonProcesses();
  for (const pid of killedPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

describe('durability of acknowledged alerts with the embedded Azurite (real processes)', () => {
  it('SIGTERM loses nothing; SIGKILL of Baton and Azurite together at a random moment of a 100/s stream loses no 202; SIGKILL of Baton alone leaves no Azurite behind', async () => {
    const h = new Harness();
    try {
      // A graceful stop: everything acknowledged is on disk when both processes have exited.
      let pair = await h.start();
      await h.setUp(pair);
      const beforeTerm = await h.stream(pair, 'term', 30_000, (_elapsed, acknowledged) => acknowledged < 25);
      expect(beforeTerm.size).toBeGreaterThanOrEqual(25);
      expect(await terminate(pair)).toBe(0);

      pair = await h.start();
      expect(await h.missing(beforeTerm)).toEqual([]);

      // Both processes SIGKILLed at once, at a random moment of the stream: after a random number of
      // acknowledgements (not a random time, so a loaded machine that answers slowly still streams).
      const killAfter = 15 + Math.floor(Math.random() * 60);
      const p = pair;
      let killAt = 0;
      const acked = await h.stream(p, 'kill', 30_000, (elapsed, acknowledged) => {
        if (acknowledged < killAfter) return true;
        killAt = elapsed;
        killBoth(p);
        return false;
      });
      await gone(p, 5_000, 'both processes to die');
      expect(acked.size).toBeGreaterThanOrEqual(killAfter);

      pair = await h.start();
      const lost = await h.missing(acked);
      console.log(`SIGKILL of both at ${killAt.toFixed(0)} ms: ${acked.size} acknowledged, ${lost.length} missing after restart`);
      expect(lost).toEqual([]);
      expect(await h.missing(beforeTerm)).toEqual([]);

      // Baton dies without a word: its Azurite notices and exits (after saving), no orphan holds the port.
      const afterKill = await h.stream(pair, 'orphan', 200);
      await pair.baton.kill();
      await waitUntil(() => !alive(pair.azuritePid), 5_000, 'the Azurite child to exit after Baton was SIGKILLed');

      pair = await h.start();
      expect(await h.missing(afterKill)).toEqual([]);
      expect(await terminate(pair)).toBe(0);
    } finally {
      await h.close();
    }
  }, 60_000);

  it.runIf(TRIALS > 0)(
    `measurement: ${TRIALS} trials of SIGKILL-both at a random moment of a 100/s stream`,
    async () => {
      const h = new Harness();
      const rows: Array<{ killAt: number; acked: number; missing: number; cardsForMissing: number }> = [];
      try {
        let pair = await h.start();
        await h.setUp(pair);
        // The setup itself must be on disk before the trials: a graceful restart.
        await terminate(pair);
        pair = await h.start();
        for (let t = 0; t < TRIALS; t++) {
          const killAt = 200 + Math.random() * 5_000;
          const p = pair;
          const acked = await h.stream(p, `t${t}`, 10_000, (elapsed) => {
            if (elapsed < killAt) return true;
            killBoth(p);
            return false;
          });
          await gone(p, 5_000, 'both processes to die');
          pair = await h.start();
          const lost = await h.missing(acked);
          rows.push({ killAt: Math.round(killAt), acked: acked.size, missing: lost.length, cardsForMissing: h.cardsFor(lost) });
        }
        await terminate(pair);
      } finally {
        await h.close();
      }
      const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
      console.table(rows);
      console.log(
        `trials ${rows.length}: acknowledged ${sum((r) => r.acked)}, missing ${sum((r) => r.missing)} ` +
          `(worst trial ${Math.max(...rows.map((r) => r.missing))}), cards posted for missing handoffs ${sum((r) => r.cardsForMissing)}`,
      );
    },
    600_000,
  );
});
