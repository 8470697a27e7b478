/**
 * Each published year's text as readers see it, against its own official document: the full-text
 * page says what the document says, every word and number in order (whitespace and the forms of
 * punctuation aside), and the section pages together say the same.
 */
import { resolve } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { paragraphText } from '../../src/official-text/official-text.ts';
import { readOfficialText } from '../../src/official-text/read-official-text.ts';
import { reportBlockSelector } from '../../src/site/report-markup.ts';
import { routes } from '../../src/site/routes.ts';
import { describe, expect, pageUrl, test } from '../support/browser.ts';
import { foldWidth } from '../support/imported-report.ts';

const published = (await loadContent()).reports.filter((report) => !report.draft);

/** The document's text, paragraph by paragraph and cell by cell. */
async function documentText(file: string): Promise<string> {
  const { blocks } = await readOfficialText(resolve(file));
  return foldWidth(blocks.flatMap((block) => (block.kind === 'paragraph' ? [paragraphText(block)] : block.rows.flat())).join(''));
}

describe.each(published.map((report) => [report.year, report] as const))('the %i report', (_year, report) => {
  test('its full text says what its official document says, word for word', async ({ openPage }) => {
    const official = await documentText(report.officialDocument!.file);
    const { page } = await openPage();
    await page.goto(pageUrl(routes.fullText(report.year)));
    const text = foldWidth((await page.locator(reportBlockSelector).allInnerTexts()).join(''));
    // The document may start with the title line (the page's h1) and end, after the 落款, with its own notes.
    const title = foldWidth(report.title);
    const from = official.startsWith(text) ? 0 : official.indexOf(title) + title.length;
    expect(official.slice(from, from + text.length)).toBe(text);
    expect(official.length - (from + text.length) === 0 || report.signature !== undefined).toBe(true);
  });

  test('its cover and section pages together say the same as its full text', async ({ openPage }) => {
    const { page } = await openPage();
    const read = async (path: string) => {
      await page.goto(pageUrl(path));
      return page.locator(reportBlockSelector).allInnerTexts();
    };
    const full = await read(routes.fullText(report.year));
    const parts = [...await read(routes.report(report.year))];
    for (const section of report.sections) parts.push(...await read(routes.section(report.year, section.slug)));
    expect(parts).toEqual(full);
  });
});
