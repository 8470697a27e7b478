import type { Page } from 'playwright-core';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { chooseTextSize, textSizes } from '../support/reading-modes.ts';
import { readerPages, samplePages } from '../support/site-under-test.ts';
import { sidewaysOverflow, viewports } from '../support/viewports.ts';


/** Controls a finger has to hit: everything focusable except links inside running text and the skip link (to #main), shown only on focus. */
async function smallTargets(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((min) => [...document.querySelectorAll<HTMLElement>('a[href], button, summary')]
    .filter((el) => el.checkVisibility() && !el.closest('p, dialog:not([open])') && el.getAttribute('href') !== '#main')
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
    .map(({ el, box }) => `${el.textContent?.trim()} ${Math.round(box.width)}×${Math.round(box.height)}`), minimum);
}

const bodyTextStyle = (page: Page) => page.evaluate(() => {
  const style = (selector: string) => {
    const computed = getComputedStyle(document.querySelector(selector) ?? document.querySelector('main p')!);
    return { size: parseFloat(computed.fontSize), leading: parseFloat(computed.lineHeight) / parseFloat(computed.fontSize) };
  };
  return { p: style('[data-report-body] p'), h1: style('h1'), root: parseFloat(getComputedStyle(document.documentElement).fontSize) };
});

test('字号 offers 标准, 大 and 特大 as a labelled group of toggle buttons', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.section));
  const group = page.getByRole('group', { name: '字号' });
  expect(await group.getByRole('button').allTextContents()).toEqual(['标准', '大', '特大']);
  expect(await group.getByRole('button', { name: '标准' }).getAttribute('aria-pressed')).toBe('true');
  await chooseTextSize(page, 'large');
  expect(await group.getByRole('button', { name: '大', exact: true }).getAttribute('aria-pressed')).toBe('true');
  expect(await group.getByRole('button', { name: '标准' }).getAttribute('aria-pressed')).toBe('false');
});

test('特大 is 长者模式: body text ≥ 22 px, headings larger, line spacing ≥ 1.8, touch targets ≥ 60 × 60 px', async ({ openPage }) => {
  const { page } = await openPage({ viewport: viewports.phone });
  for (const path of readerPages()) {
    await page.goto(pageUrl(path));
    await chooseTextSize(page, 'xlarge');
    const style = await bodyTextStyle(page);
    expect(style.p.size, path).toBeGreaterThanOrEqual(22);
    expect(style.root, path).toBeGreaterThanOrEqual(22);
    expect(style.h1.size, path).toBeGreaterThan(style.p.size);
    expect(style.p.leading, path).toBeGreaterThanOrEqual(1.8);
    expect(await smallTargets(page, 60), path).toEqual([]);
  }
});

test('at standard size on a phone every touch target is at least 44 × 44 px', async ({ openPage }) => {
  const { page } = await openPage({ viewport: viewports.phone });
  for (const path of readerPages()) {
    await page.goto(pageUrl(path));
    expect(await smallTargets(page, 44), path).toEqual([]);
  }
});

test('the choice persists across pages and visits and applies before the first paint', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.section));
  await chooseTextSize(page, 'xlarge');
  // Record the size report text has when the document is parsed, before any module script runs.
  await page.addInitScript(() => {
    // Stronger than DOMContentLoaded (module scripts run before it): the size must be set
    // before <body> exists, so nothing can be painted in the standard size first.
    new MutationObserver((_records, observer) => {
      if (!document.body) return;
      (window as unknown as { sizeAtBody?: string }).sizeAtBody = document.documentElement.dataset.textSize;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => {
      const p = document.querySelector('[data-report-body] p');
      (window as unknown as { sizeAtParse: number }).sizeAtParse = p ? parseFloat(getComputedStyle(p).fontSize) : 0;
    }, { once: true });
  });
  await page.goto(pageUrl(samplePages.fullText));
  expect(await page.evaluate(() => (window as unknown as { sizeAtParse: number }).sizeAtParse)).toBeGreaterThanOrEqual(22);
  expect(await page.evaluate(() => (window as unknown as { sizeAtBody?: string }).sizeAtBody)).toBe('xlarge');
  // A later visit in the same browser profile.
  const second = await page.context().newPage();
  await second.goto(pageUrl(samplePages.otherSection));
  expect(await second.evaluate(() => document.documentElement.dataset.textSize)).toBe('xlarge');
  expect(await second.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
  await chooseTextSize(second, 'standard');
  await second.reload();
  expect((await bodyTextStyle(second)).p.size).toBeLessThan(22);
});

test('text sizes follow the reader\'s own default font size, so browser zoom and settings still work', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.section));
  const normal = await bodyTextStyle(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.reload();
  const doubled = await bodyTextStyle(page);
  expect(doubled.p.size).toBeCloseTo(normal.p.size * 2, 0);
  expect(doubled.h1.size).toBeCloseTo(normal.h1.size * 2, 0);
  await chooseTextSize(page, 'xlarge');
  expect((await bodyTextStyle(page)).p.size).toBeCloseTo(normal.p.size * 2 * 1.375, 0);
});

describe.each(textSizes)('text size %s', (size) => {
  test('no page scrolls sideways at 320 px', async ({ openPage }) => {
    const { page } = await openPage({ viewport: viewports.narrowest });
    await page.goto(pageUrl(''));
    await chooseTextSize(page, size);
    for (const path of readerPages()) {
      await page.goto(pageUrl(path));
      expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
    }
  });
});
