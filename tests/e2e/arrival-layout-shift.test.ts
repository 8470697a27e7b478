/**
 * Nothing on any page moves while the page itself arrives over a slow network. A browser paints
 * what it has parsed whenever the network stalls, so each page is sent in parts, cut at every
 * place the parser may stand, with a pause after each part long enough for a paint: every state
 * a reader on a slow network could be shown is painted in turn, and nothing painted may move
 * when the next part arrives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFile } from '../../src/build/dist-files.ts';
import { describe, expect, pageUrl, siteOrigin, test } from '../support/browser.ts';
import { recordLayoutShifts, recordedLayoutShifts } from '../support/layout-shifts.ts';
import { pausePoints } from '../support/pause-points.ts';
import { startPausingProxy } from '../support/pausing-proxy.ts';
import { readerPages, siteDist } from '../support/site-under-test.ts';
import { phoneAndDesktop } from '../support/viewports.ts';

/** Longer than a frame (16.7 ms), so that the browser paints between one part and the next. */
const pauseMs = 40;

describe.each(readerPages())('page /%s', (path) => {
  const cuts = pausePoints(readFileSync(join(siteDist, pageFile(path)), 'utf8'), 'body');
  // The page takes this long to arrive: a long report's full text takes longer than most tests
  const arrival = cuts.length * pauseMs;

  test.for(phoneAndDesktop)('does not move however slowly it arrives (%s)', { timeout: 60_000 + 2 * arrival }, async ([, viewport], { openPage }) => {
    const proxy = await startPausingProxy(siteOrigin);
    try {
      const { page } = await openPage({ viewport, allowOrigins: [proxy.origin] });
      await recordLayoutShifts(page);
      const { pathname } = new URL(pageUrl(path));
      proxy.pauseAt(pathname, cuts, pauseMs);
      await page.goto(`${proxy.origin}${pathname}`, { waitUntil: 'load', timeout: 30_000 + 2 * arrival });
      expect(await recordedLayoutShifts(page)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
