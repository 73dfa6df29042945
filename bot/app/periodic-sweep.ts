/**
 * Runs a sweep on an interval: escalations of unclaimed handoffs, timed ritual steps, due ritual
 * occurrences. Safe with several instances on one store as long as each step the sweep takes is an
 * ETag-guarded change (only one instance records, and posts, it). Overlapping runs are skipped.
 */
export class PeriodicSweep {
  readonly #run: () => Promise<number>;
  readonly #onError: (err: unknown) => void;
  #timer: NodeJS.Timeout | undefined;
  #running = false;

  constructor(run: () => Promise<number>, onError: (err: unknown) => void) {
    this.#run = run;
    this.#onError = onError;
  }

  start(intervalMs: number): void {
    this.#timer = setInterval(() => void this.sweep(), intervalMs);
    this.#timer.unref();
  }

  /** One sweep now (tests drive it after moving their clock); returns how many steps it took. */
  async sweep(): Promise<number> {
    if (this.#running) return 0;
    this.#running = true;
    try {
      return await this.#run();
    } catch (err) {
      this.#onError(err);
      return 0;
    } finally {
      this.#running = false;
    }
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
  }
}
