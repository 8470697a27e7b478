import type { Page } from 'playwright-core';

/**
 * The screens the browser tests read the site on: a common phone, the narrowest screen a page
 * must fit without scrolling sideways (320 CSS px, WCAG 2.2 reflow), and a desktop.
 */
export const viewports = {
  phone: { width: 375, height: 740 },
  narrowest: { width: 320, height: 640 },
  desktop: { width: 1280, height: 900 },
} as const;

/** A layout is tested on both: for `describe.each` and `test.for`, named as `%s`. */
export const phoneAndDesktop = [
  ['phone', viewports.phone],
  ['desktop', viewports.desktop],
] as const;

/**
 * How far the page reaches past the screen's right edge, in CSS px: 0 or less when it fits.
 * Less than 0 where the page keeps room for a scrollbar that headless Chromium does not draw
 * (scrollbar-gutter in src/styles/base.css): the page then fits in even less than the screen.
 */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
