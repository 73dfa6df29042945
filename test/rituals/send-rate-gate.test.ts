import { describe, expect, it } from 'vitest';
import { minimumDeliveryMs, SendRateGate, TEAMS_CONVERSATION_WINDOWS, TEAMS_TENANT_WINDOWS, type RateWindow } from '../../bot/app/send-rate-gate.ts';

/**
 * A gate on virtual time: a sleeper wakes when the clock reaches its time; `run` advances the clock to
 * the next wake-up whenever everything else is waiting. Every send is recorded at the instant it got its slot.
 */
function fakeGate(margin = 0) {
  let now = 0;
  const timers: Array<{ at: number; wake: () => void }> = [];
  const sends: Array<{ at: number; conversation: string }> = [];
  const gate = new SendRateGate({
    conversation: TEAMS_CONVERSATION_WINDOWS,
    tenant: TEAMS_TENANT_WINDOWS,
    now: () => now,
    sleep: (ms) => new Promise<void>((wake) => timers.push({ at: now + ms, wake })),
    marginMs: margin,
  });
  const send = async (conversation: string) => {
    await gate.take('tenant', conversation);
    sends.push({ at: now, conversation });
  };
  return {
    gate,
    sends,
    now: () => now,
    /** Runs work to the end on virtual time. */
    async run(work: () => Promise<unknown>) {
      let done = false;
      void work().finally(() => (done = true));
      for (;;) {
        await new Promise((r) => setImmediate(r));
        if (done) return;
        timers.sort((a, b) => a.at - b.at);
        const next = timers.shift();
        if (!next) throw new Error('nothing to wake: deadlock');
        now = Math.max(now, next.at);
        next.wake();
      }
    },
    send: (conversation: string) => send(conversation),
    /** Lets virtual time pass. */
    wait: (ms: number) => new Promise<void>((wake) => timers.push({ at: now + ms, wake })),
  };
}

/** The largest number of sends in any window of this length. */
function busiest(times: readonly number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

function respects(times: readonly number[], windows: readonly RateWindow[]): void {
  for (const w of windows) expect(busiest(times, w.windowMs), `${w.max} per ${w.windowMs} ms`).toBeLessThanOrEqual(w.max);
}

describe('the send-rate gate', () => {
  it('paces 100 messages to one conversation to 7/s and 60/30 s, exactly as fast as the limits allow', async () => {
    const f = fakeGate();
    await f.run(async () => {
      for (let i = 0; i < 100; i++) await f.send('c1');
    });
    const times = f.sends.map((s) => s.at);
    respects(times, TEAMS_CONVERSATION_WINDOWS);
    expect(times.at(-1)).toBe(minimumDeliveryMs(100, TEAMS_CONVERSATION_WINDOWS));
  });

  it('paces 20 concurrent senders to 120 conversations of one tenant to 50/s, without over-booking', async () => {
    const f = fakeGate();
    const conversations = Array.from({ length: 120 }, (_, i) => `c${i}`);
    const queue = [...conversations];
    await f.run(() =>
      Promise.all(
        Array.from({ length: 20 }, async () => {
          for (let c = queue.shift(); c !== undefined; c = queue.shift()) await f.send(c);
        }),
      ),
    );
    expect(f.sends).toHaveLength(120);
    respects(
      f.sends.map((s) => s.at),
      TEAMS_TENANT_WINDOWS,
    );
    expect(f.now()).toBe(minimumDeliveryMs(120, TEAMS_TENANT_WINDOWS));
  });

  it('keeps a margin on every window, and honours a pause after a 429', async () => {
    const f = fakeGate(25);
    await f.run(async () => {
      for (let i = 0; i < 8; i++) await f.send('c1');
    });
    expect(f.sends.at(-1)!.at).toBe(1_025);
    f.gate.pause('tenant', 'c1', 5_000);
    await f.run(() => f.send('c1'));
    expect(f.sends.at(-1)!.at).toBe(6_025);
    // Another conversation is not paused by it; a tenant pause stops everyone.
    await f.run(() => f.send('c2'));
    expect(f.sends.at(-1)!.at).toBe(6_025);
    f.gate.pause('tenant', undefined, 1_000);
    await f.run(() => f.send('c3'));
    expect(f.sends.at(-1)!.at).toBe(7_025);
  });

  it('counts a send from when Teams answered it, so a slow answer never lets the next window start early', async () => {
    const f = fakeGate();
    const answered: Array<() => void> = [];
    await f.run(async () => {
      for (let i = 0; i < 7; i++) answered.push(await f.gate.take('tenant', 'c1'));
    });
    // Sent at 0, answered at 300: the 8th may go 1 s after the answers, not 1 s after the sends.
    await f.run(() => f.wait(300));
    answered.forEach((done) => done());
    await f.run(() => f.send('c1'));
    expect(f.sends.at(-1)!.at).toBe(1_300);
  });

  it('says when a conversation can take one more message, so a lane can serve others meanwhile', async () => {
    const f = fakeGate();
    expect(f.gate.conversationReadyAt('c1')).toBe(0);
    await f.run(async () => {
      for (let i = 0; i < 7; i++) await f.send('c1');
    });
    expect(f.gate.conversationReadyAt('c1')).toBe(1_000);
    expect(f.gate.conversationReadyAt('c2')).toBe(0);
    f.gate.pause('tenant', 'c2', 4_000);
    expect(f.gate.conversationReadyAt('c2')).toBe(4_000);
  });

  it('forgets conversations it has not sent to for longer than its longest window', async () => {
    const f = fakeGate();
    await f.run(async () => {
      for (let i = 0; i < 50; i++) await f.send(`old-${i}`);
    });
    expect(f.gate.size).toBe(51);
    // Two hours on, one more send: everything older is dropped.
    f.gate.pause('tenant', undefined, 2 * 3_600_000);
    await f.run(() => f.send('new'));
    expect(f.gate.size).toBe(2);
  });

  it('computes the minimum time the limits allow', () => {
    expect(minimumDeliveryMs(1, TEAMS_TENANT_WINDOWS)).toBe(0);
    expect(minimumDeliveryMs(50, TEAMS_TENANT_WINDOWS)).toBe(0);
    expect(minimumDeliveryMs(51, TEAMS_TENANT_WINDOWS)).toBe(1_000);
    expect(minimumDeliveryMs(1_000, TEAMS_TENANT_WINDOWS)).toBe(19_000);
    // One conversation: 7 per second until 60 in 30 s; the 61st waits for the first to leave the 30 s window.
    expect(minimumDeliveryMs(60, TEAMS_CONVERSATION_WINDOWS)).toBe(8_000);
    expect(minimumDeliveryMs(61, TEAMS_CONVERSATION_WINDOWS)).toBe(30_000);
    expect(minimumDeliveryMs(100, TEAMS_CONVERSATION_WINDOWS)).toBe(35_000);
  });
});
