import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startBaton, type RunningBaton } from '../../bot/composition.ts';
import { testBatonEnv } from '../support/running-baton.ts';
import { startPlayground, type RunningPlayground } from './agents-playground.ts';
import { capturedLogger, type CapturedLog } from './captured-logger.ts';
import type { Page } from 'playwright-core';
import { EmulatorPage } from './emulator-page.ts';
import { launchOfflineChromium, type OfflineBrowser } from './headless-chromium.ts';

/** Where browser tests write the screenshots a person looks at. */
export const SHOTS = fileURLToPath(new URL('../../test-results/browser/', import.meta.url));

/** What a browser test of Baton in the emulator runs on: Baton, the emulator pointed at it, Chromium, Baton's warnings. */
export interface EmulatorSession {
  baton?: RunningBaton;
  playground?: RunningPlayground;
  chromium?: OfflineBrowser;
  log: CapturedLog[];
}

/**
 * Starts a fresh Baton (its warnings and errors captured), Microsoft's emulator as its Teams client and
 * connector, and offline Chromium. Whatever started is kept in `session` even when another part fails, so
 * `stopEmulatorSession` stops it.
 */
export async function startEmulatorSession(session: EmulatorSession): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const captured = capturedLogger();
  session.log = captured.entries;
  const baton = await startBaton({ env: testBatonEnv(), logger: captured.logger });
  session.baton = baton;
  const [emulatorStarted, chromiumLaunched] = await Promise.allSettled([
    startPlayground({ botEndpoint: `http://127.0.0.1:${baton.port}/api/messages` }),
    launchOfflineChromium({ viewport: { width: 1280, height: 1100 } }),
  ]);
  if (emulatorStarted.status === 'fulfilled') session.playground = emulatorStarted.value;
  if (chromiumLaunched.status === 'fulfilled') session.chromium = chromiumLaunched.value;
  if (emulatorStarted.status === 'rejected') throw emulatorStarted.reason;
  if (chromiumLaunched.status === 'rejected') throw chromiumLaunched.reason;
  session.chromium!.context.setDefaultTimeout(30_000);
}

export async function stopEmulatorSession(session: EmulatorSession): Promise<void> {
  await session.chromium?.close().catch(() => undefined);
  await session.playground?.stop();
  await session.baton?.stop();
}

/** Writes a screenshot of the page (or of one card or thread on it) to SHOTS/<name>.png. */
export type Shot = (name: string, target?: { screenshot(o: { path: string }): Promise<unknown> }) => Promise<unknown>;

/**
 * A fresh emulator page for one journey; on failure, a screenshot named `failureShot` and the
 * emulator's output and Baton's warnings are added to the error.
 */
export async function inEmulator(session: EmulatorSession, journey: (page: Page, emulator: EmulatorPage, shot: Shot) => Promise<void>, failureShot: string): Promise<void> {
  const page = await session.chromium!.context.newPage();
  const emulator = new EmulatorPage(page);
  const shot: Shot = (name, target = page) => target.screenshot({ path: `${SHOTS}${name}.png` });
  try {
    await journey(page, emulator, shot);
  } catch (err) {
    await shot(failureShot).catch(() => undefined);
    throw Object.assign(err as Error, {
      message: `${(err as Error).message}\n--- emulator output (last 2000 chars) ---\n${session.playground?.output().slice(-2000)}\n--- Baton warnings/errors ---\n${session.log.map((entry) => entry.line).join('\n')}`,
    });
  } finally {
    await page.close();
  }
}
