import { describe, expect, it } from 'vitest';
import { RitualScheduler, type RitualRunner } from '../../bot/app/ritual-scheduler.ts';
import { DEFAULT_HOURS, type Engagement } from '../../bot/domain/engagement/engagement.ts';
import { RitualStore } from '../../bot/storage/ritual-store.ts';
import { freshTables } from '../support/azurite.ts';

const ENGAGEMENT: Engagement = {
  id: 'e-aaaaaaaaaaaa',
  tenantId: 't',
  conversationId: 'c',
  conversationKind: 'channel',
  setUp: true,
  internal: { name: 'Contoso IT', timeZone: 'America/New_York', hours: DEFAULT_HOURS, holidayRegion: 'US' },
  msp: { name: 'Fabrikam MSP', timeZone: 'America/New_York', hours: DEFAULT_HOURS, holidayRegion: 'US' },
  people: [],
  matrixVersion: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

/** Thursday 5 Nov 2026 12:00 New York; the next standup is Monday 9 Nov 09:30 (14:30Z, after DST ends). */
const THURSDAY = new Date('2026-11-05T17:00:00Z');
const MONDAY_0930 = new Date('2026-11-09T14:30:00Z');

function setup() {
  let now = THURSDAY;
  const runs: string[] = [];
  const record: RitualRunner = async (engagement, occurrence) => {
    runs.push(`${engagement.id} ${occurrence.key}`);
  };
  return {
    runs,
    record,
    clock: () => now,
    set: (d: Date) => {
      now = d;
    },
  };
}

async function schedulers(count: number, runner: RitualRunner, clock: () => Date, leaseMs = 60_000) {
  const { tables } = await freshTables();
  return Array.from(
    { length: count },
    (_, i) => new RitualScheduler({ store: new RitualStore(tables.rituals), engagements: async () => [ENGAGEMENT], run: runner, clock, leaseMs, instance: `instance-${i}` }),
  );
}

describe('the ritual scheduler on Azurite', () => {
  it('runs nothing retroactively, then each occurrence once when it is due', async () => {
    const s = setup();
    const [one] = await schedulers(1, s.record, s.clock);
    expect(await one!.tick()).toEqual([]);
    s.set(new Date(MONDAY_0930.getTime() - 60_000));
    await one!.tick();
    expect(s.runs).toEqual([]);
    s.set(MONDAY_0930);
    await one!.tick();
    await one!.tick();
    s.set(new Date(MONDAY_0930.getTime() + 3_600_000));
    await one!.tick();
    expect(s.runs).toEqual(['e-aaaaaaaaaaaa standup/2026-11-09']);
  });

  it('after three weeks down, runs the missed standup once, not three times', async () => {
    const s = setup();
    const [one] = await schedulers(1, s.record, s.clock);
    await one!.tick();
    s.set(new Date('2026-11-26T20:00:00Z')); // Thanksgiving week; back three Mondays later
    await one!.tick();
    await one!.tick();
    expect(s.runs).toEqual(['e-aaaaaaaaaaaa standup/2026-11-23']);
  });

  it('with two and with three instances on one store, each occurrence runs exactly once', async () => {
    for (const count of [2, 3]) {
      const s = setup();
      const instances = await schedulers(count, s.record, s.clock);
      await Promise.all(instances.map((i) => i.tick()));
      s.set(MONDAY_0930);
      for (let round = 0; round < 3; round++) await Promise.all(instances.map((i) => i.tick()));
      expect(s.runs).toEqual(['e-aaaaaaaaaaaa standup/2026-11-09']);
    }
  });

  it('an instance that dies mid-run is taken over once its lease runs out', async () => {
    const s = setup();
    const never: RitualRunner = () => new Promise(() => {}); // the process died holding the occurrence
    const { tables } = await freshTables();
    const make = (runner: RitualRunner, instance: string) =>
      new RitualScheduler({ store: new RitualStore(tables.rituals), engagements: async () => [ENGAGEMENT], run: runner, clock: s.clock, leaseMs: 60_000, instance });
    const dying = make(never, 'dying');
    const survivor = make(s.record, 'survivor');
    await dying.tick();
    s.set(MONDAY_0930);
    void dying.tick();
    await new Promise((done) => setTimeout(done, 200));
    expect(await survivor.tick()).toEqual([]); // the lease is still live
    s.set(new Date(MONDAY_0930.getTime() + 61_000));
    expect((await survivor.tick()).map((o) => o.key)).toEqual(['standup/2026-11-09']);
    await survivor.tick();
    expect(s.runs).toEqual(['e-aaaaaaaaaaaa standup/2026-11-09']);
  });
});
