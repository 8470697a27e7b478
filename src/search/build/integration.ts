import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { pageFile, readingPages } from '../../build/dist-files.ts';
import { pageBlocks } from '../../content/report-blocks.ts';
import { t } from '../../i18n/zh-CN.ts';
import { reportPageAt, routes } from '../../site/routes.ts';
import { searchRecord, type SearchRecord } from './records.ts';

/**
 * Records for every report block of the built site, read from the rendered pages so that
 * what is searched is exactly what readers see. Every paragraph is printed on several pages
 * (its section page and the full text; the preamble also on the home page and the report
 * cover); it is indexed once, on its natural home: the section page, or the report cover for
 * the preamble. Order: newest report first, then the order of the full-text page, which
 * prints every block of a report once, in reading order.
 */
export async function buildRecords(distDir: string): Promise<SearchRecord[]> {
  const pages = readingPages(distDir).map(reportPageAt).filter((page) => page !== undefined);
  const blocksOf = async (path: string) => pageBlocks(await readFile(join(distDir, pageFile(path)), 'utf8'));
  const years = [...new Set(pages.map((page) => page.year))].sort((a, b) => b - a);
  const records: SearchRecord[] = [];
  for (const [yearRank, year] of years.entries()) {
    const ofYear = pages.filter((page) => page.year === year);
    const full = ofYear.find((page) => page.kind === 'full');
    const readingOrder = full ? (await blocksOf(full.path)).blocks.map((block) => block.id) : [];
    let fallback = readingOrder.length;
    for (const page of ofYear.filter((candidate) => candidate.kind !== 'full')) {
      const { title, blocks } = await blocksOf(page.path);
      for (const block of blocks) {
        const position = readingOrder.indexOf(block.id);
        const order = yearRank * 100_000 + (position >= 0 ? position : fallback++);
        records.push(searchRecord({ pagePath: `/${page.path}`, title, year, block, order, language: t.lang.toLowerCase() }));
      }
    }
  }
  return records;
}

function failOn(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Build the search index into dist/pagefind/ after Astro has written the pages, with
 * Pagefind's Node API: one custom record per report paragraph or heading. Any error Pagefind
 * reports fails the build; the Pagefind service is always shut down.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'report-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const records = await buildRecords(distDir);
        if (records.length === 0) throw new Error('Search index: no report paragraphs found in the built pages');
        try {
          const { index, errors } = await pagefind.createIndex({});
          failOn('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          for (const record of records) failOn(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
          failOn('writeFiles', (await index.writeFiles({ outputPath: join(distDir, routes.searchIndex()) })).errors);
          logger.info(`indexed ${records.length} report blocks`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
