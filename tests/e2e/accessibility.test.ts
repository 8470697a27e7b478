import { axeViolations } from '../support/axe.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { chooseHighContrast, chooseTextSize, colourModes, textSizes } from '../support/reading-modes.ts';
import { allPages } from '../support/site-under-test.ts';
import { phoneAndDesktop, viewports } from '../support/viewports.ts';

describe.each(allPages())('page /%s', (path) => {
  test.for(phoneAndDesktop)('axe finds no WCAG 2.2 A/AA violation on %s', async ([, viewport], { openPage }) => {
    const { page } = await openPage({ viewport });
    await page.goto(pageUrl(path));
    expect(await axeViolations(page)).toEqual([]);
  });

  test.for(textSizes)('axe finds no violation on a phone in text size %s', async (size, { openPage }) => {
    const { page } = await openPage({ viewport: viewports.phone });
    await page.goto(pageUrl(path));
    await chooseTextSize(page, size);
    expect(await axeViolations(page)).toEqual([]);
  });

  test.for(colourModes)('axe finds no violation in colour mode $name', async (mode, { openPage }) => {
    const { page } = await openPage({ viewport: viewports.desktop, colorScheme: mode.colorScheme });
    await page.goto(pageUrl(path));
    if (mode.highContrast) await chooseHighContrast(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
