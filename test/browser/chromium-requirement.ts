import { existsSync } from 'node:fs';

/** Debian's Chromium (apt-get install -y chromium). Browser tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Why the browser tests cannot run here, or undefined when they can. With BATON_REQUIRE_BROWSER=1
 * (set by .ci/run) a missing browser is a failure, not a skip: see `requireOrSkip`.
 */
export function chromiumMissingReason(): string | undefined {
  return existsSync(CHROMIUM_PATH) ? undefined : `${CHROMIUM_PATH} is not installed (apt-get install -y chromium)`;
}

export function browserRequired(): boolean {
  return process.env.BATON_REQUIRE_BROWSER === '1';
}

/** Skips the test (with the reason) when Chromium is missing, or fails it when the browser is required. */
export function requireOrSkip(skip: (note: string) => never): void {
  const reason = chromiumMissingReason();
  if (!reason) return;
  if (browserRequired()) throw new Error(`Browser test required (BATON_REQUIRE_BROWSER=1) but ${reason}`);
  console.warn(`Browser test skipped: ${reason}`);
  skip(`skipped: ${reason}`);
}
