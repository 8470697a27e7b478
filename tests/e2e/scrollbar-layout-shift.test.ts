/**
 * On a desktop whose scrollbars take room (Windows), a page painted before it is taller than the
 * window gets its scrollbar only when the rest arrives. Nothing may move then: the page keeps the
 * scrollbar's room from its first paint (`scrollbar-gutter` in src/styles/base.css).
 */
import { expect, pageUrl, siteOrigin, testWithClassicScrollbars as test } from '../support/browser.ts';
import { recordLayoutShifts, recordedLayoutShifts } from '../support/layout-shifts.ts';
import { afterTitle } from '../support/pause-points.ts';
import { startPausingProxy } from '../support/pausing-proxy.ts';
import { readerPages } from '../support/site-under-test.ts';
import { viewports } from '../support/viewports.ts';

test('no page moves when its scrollbar appears', async ({ openPage }) => {
  const proxy = await startPausingProxy(siteOrigin);
  try {
    const { page } = await openPage({ viewport: viewports.desktop, allowOrigins: [proxy.origin] });
    await recordLayoutShifts(page);
    const moved: string[] = [];
    const scrolling: string[] = [];
    for (const path of readerPages()) {
      const { pathname } = new URL(pageUrl(path));
      // The first part is the header and the title, shorter than the window
      proxy.pauseAt(pathname, [afterTitle(await (await fetch(pageUrl(path))).text())], 400);
      await page.goto(`${proxy.origin}${pathname}`, { waitUntil: 'load' });
      const shifts = await recordedLayoutShifts(page);
      if (shifts.length) moved.push(`/${path}: ${JSON.stringify(shifts)}`);
      if (await page.evaluate(() => document.documentElement.scrollHeight > innerHeight)) scrolling.push(path);
    }
    expect(moved).toEqual([]);
    // Pages taller than the window, whose scrollbar did appear: without them the test proves nothing
    expect(scrolling.length, 'pages taller than the window').toBeGreaterThan(0);
  } finally {
    await proxy.close();
  }
});
