import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`npx playwright install` cannot download browsers on these machines). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * As root, without a GPU, and quiet: the machines have no network but the package registries,
 * and Chromium's own background connections would only be refused, many at a time.
 */
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * Headless Chromium draws no scrollbars unless asked; with `classicScrollbars` it draws them as a
 * desktop on Windows does, taking room from the page.
 */
export function launchChromium({ classicScrollbars = false } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, ignoreDefaultArgs: classicScrollbars ? ['--hide-scrollbars'] : [] });
}
