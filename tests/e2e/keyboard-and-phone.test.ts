import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { readerPages, samplePages } from '../support/site-under-test.ts';
import { viewports } from '../support/viewports.ts';


test('the first Tab reaches a visible skip link that moves focus to the main content', async ({ openPage }) => {
  const { page } = await openPage();
  await page.goto(pageUrl(samplePages.section));
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return { text: el.textContent, inView: box.top >= 0 && box.bottom <= innerHeight && box.height > 0 };
  });
  expect(skip).toEqual({ text: '跳到正文', inView: true });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
});

describe.each(readerPages())('page /%s', (path) => {
  test('every control is reached by Tab, shows a visible focus indicator and has a Chinese accessible name', async ({ openPage }) => {
    const { page } = await openPage({ viewport: viewports.desktop });
    await page.goto(pageUrl(path));
    const expected = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, summary')]
      .filter((el) => el.checkVisibility() && !el.closest('dialog')).length);
    const seen: string[] = [];
    for (let i = 0; i < expected + 1; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          // aria-label, else the <label> of a form field, else the element's text
          name: (el.getAttribute('aria-label') ?? ((el as HTMLInputElement).labels?.[0]?.textContent || el.textContent) ?? '').trim(),
          outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
          key: `${[...document.querySelectorAll('a[href], button, summary')].indexOf(el)} ${el.outerHTML.slice(0, 80)}`,
        };
      });
      if (!focused) continue;
      expect(focused.outline, focused.key).toBeGreaterThanOrEqual(2);
      expect(focused.name, focused.key).toMatch(/[\u4e00-\u9fff]/);
      seen.push(focused.key);
    }
    expect(new Set(seen).size).toBeGreaterThanOrEqual(expected);
  });
});

test('on a phone the header is compact: the section list folds into a 目录 disclosure', async ({ openPage }) => {
  const { page } = await openPage({ viewport: viewports.phone });
  await page.goto(pageUrl(samplePages.section));
  const nav = page.getByRole('navigation', { name: '报告章节' });
  const firstSection = nav.getByRole('link').first();
  expect(await firstSection.isVisible()).toBe(false);
  const headerHeight = await page.getByRole('banner').evaluate((h) => h.getBoundingClientRect().height);
  expect(headerHeight).toBeLessThan(740 / 3);
  await nav.locator('summary').click();
  expect(await firstSection.isVisible()).toBe(true);
});

test('on a wide screen the section list is always shown, without a toggle', async ({ openPage }) => {
  const { page } = await openPage({ viewport: viewports.desktop });
  await page.goto(pageUrl(samplePages.section));
  const nav = page.getByRole('navigation', { name: '报告章节' });
  expect(await nav.getByRole('link').first().isVisible()).toBe(true);
  expect(await nav.locator('summary').isVisible()).toBe(false);
});
