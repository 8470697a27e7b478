import { expect, pageUrl, test } from '../support/browser.ts';
import { samplePages } from '../support/site-under-test.ts';
import { viewports } from '../support/viewports.ts';


test('report paragraphs are set for long Chinese text: ≥16 px, leading ≈1.8, two-character indent, ~40 characters a line', async ({ openPage }) => {
  const { page } = await openPage({ viewport: viewports.desktop });
  await page.goto(pageUrl(samplePages.fullText));
  // A paragraph of a section's text (the salutation and the 落款 above and below are set flush)
  const style = await page.locator('[data-report-body] section p').first().evaluate((p) => {
    const computed = getComputedStyle(p);
    return {
      fontSize: parseFloat(computed.fontSize),
      lineHeight: parseFloat(computed.lineHeight),
      indent: parseFloat(computed.textIndent),
      width: p.getBoundingClientRect().width,
    };
  });
  expect(style.fontSize).toBeGreaterThanOrEqual(16);
  expect(style.lineHeight / style.fontSize).toBeCloseTo(1.8, 1);
  expect(style.indent / style.fontSize).toBeCloseTo(2, 1);
  const charactersPerLine = style.width / style.fontSize;
  expect(charactersPerLine).toBeGreaterThanOrEqual(34);
  expect(charactersPerLine).toBeLessThanOrEqual(42);
});

test('pages use only system fonts: no font file is ever requested', async ({ openPage }) => {
  const { page } = await openPage();
  const fonts: string[] = [];
  page.on('request', (request) => { if (request.resourceType() === 'font') fonts.push(request.url()); });
  for (const path of ['', samplePages.fullText]) await page.goto(pageUrl(path));
  expect(fonts).toEqual([]);
});
