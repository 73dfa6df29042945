import type { HandoffService } from './handoff-service.ts';

/** How often unclaimed handoffs are checked for a due escalation. */
export const ESCALATION_SWEEP_MS = 15_000;

/**
 * Runs the escalation sweep on an interval. Safe with several instances on one store: each
 * escalation is an ETag-guarded change, so only one instance records (and posts) it.
 */
export class EscalationTimer {
  readonly #handoffs: HandoffService;
  readonly #onError: (err: unknown) => void;
  #timer: NodeJS.Timeout | undefined;
  #running = false;

  constructor(handoffs: HandoffService, onError: (err: unknown) => void) {
    this.#handoffs = handoffs;
    this.#onError = onError;
  }

  start(intervalMs = ESCALATION_SWEEP_MS): void {
    this.#timer = setInterval(() => void this.sweep(), intervalMs);
    this.#timer.unref();
  }

  /** One sweep now (tests drive it after moving their clock); overlapping sweeps are skipped. */
  async sweep(): Promise<number> {
    if (this.#running) return 0;
    this.#running = true;
    try {
      return await this.#handoffs.escalateDue();
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
