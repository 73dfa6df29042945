import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium-requirement.ts';

export interface OfflineBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** Addresses the context refused (anything not on this machine), for diagnostics. */
  readonly blocked: string[];
  close(): Promise<void>;
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Debian's headless Chromium with a fresh profile, and a context that only reaches this machine: every
 * request to another host (the emulator's fonts on https://res-1.cdn.office.net, anything else) is aborted.
 */
export async function launchOfflineChromium(options: { viewport?: { width: number; height: number } } = {}): Promise<OfflineBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS, timeout: 60_000 });
  const blocked: string[] = [];
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (isLocal(url.hostname)) return route.continue();
      blocked.push(url.origin);
      return route.abort('blockedbyclient');
    });
    return { browser, context, blocked, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

function isLocal(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
