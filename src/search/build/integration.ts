import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { gzipAsync } from '@gfx/zopfli';
import * as pagefind from 'pagefind';
import { pageFile, readingPages } from '../../build/dist-files.ts';
import { pageBlocks } from '../../content/report-blocks.ts';
import { reportPageAt, routes } from '../../site/routes.ts';
import { setCharacterFolds } from '../core/folding.ts';
import { minifyPagefindScript, readBundle, storeUnpacked, type IndexBundle } from './bundle.ts';
import { firstSearchFiles, foldsFile, manifestFile, newestGroups, searchManifest, searchPageHints, warmFile } from './manifest.ts';
import { searchRecord, type SearchRecord } from './records.ts';
import { traditionalFolds } from './traditional.ts';

/**
 * Records for every report block of the built site, read from the rendered pages so that
 * what is searched is exactly what readers see. Every paragraph is printed on several pages
 * (its section page and the full text; the preamble also on the home page and the report
 * cover); it is indexed once, on its natural home: the section page, or the report cover for
 * the preamble. Order: newest report first, then the order of the full-text page, which
 * prints every block of a report once, in reading order.
 */
export async function buildRecords(distDir: string): Promise<SearchRecord[]> {
  setCharacterFolds(traditionalFolds());
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
        records.push(searchRecord({ pagePath: `/${page.path}`, title, year, block, order }));
      }
    }
  }
  return records.sort((a, b) => Number(a.sort.order) - Number(b.sort.order));
}

/** The scripts and stylesheets a built page loads (href and src attributes of its head). */
function pageAssets(html: string): string[] {
  const assets = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*\shref)="([^"]+)"/g)].map((match) => match[1]);
  return [...new Set(assets)];
}

/** A JSON file of the bundle, with a Zopfli gzip beside it for nginx's gzip_static (the manifest is on every first search). */
async function writeJson(path: string, value: unknown) {
  const text = JSON.stringify(value);
  await writeFile(path, text);
  await writeFile(`${path}.gz`, await gzipAsync(Buffer.from(text), { numiterations: 15 }));
}

function failOn(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Index chunk size, in Pagefind's own unit (a word's positions plus one per record it occurs
 * in). Pagefind's default (20,000) puts this site's whole index in one file of some 8 KB gzip that
 * every first search downloads; chunks of a few hundred bytes let a search fetch only the chunks
 * of its own characters (see manifest.ts). Pagefind 1.6 reads the size from this environment
 * variable only, and calls it unstable: should a later version drop it, the index is simply one
 * chunk again and search works as before.
 */
const indexChunkSize = '240';

/**
 * Build the search index with Pagefind's Node API into `outputPath`: one custom record per report
 * block, added in ranking order. Fragments (what the browser reads back for a result) are bundled
 * so that the newest report's blocks make one file, fetched at once by the search page. Any error
 * Pagefind reports fails the build; the Pagefind service is always shut down.
 */
export async function writeIndex(records: SearchRecord[], outputPath: string): Promise<void> {
  const newestYear = records[0]?.filters.year[0];
  const perGroup = Math.max(16, records.filter((record) => record.filters.year[0] === newestYear).length);
  const previousChunkSize = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = indexChunkSize;
  try {
    const { index, errors } = await pagefind.createIndex({ maxFragments: Math.max(1, Math.ceil(records.length / perGroup)) });
    failOn('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    for (const record of records) failOn(`addCustomRecord ${record.url}`, (await index.addCustomRecord(record)).errors);
    failOn('writeFiles', (await index.writeFiles({ outputPath })).errors);
  } finally {
    await pagefind.close();
    if (previousChunkSize === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = previousChunkSize;
  }
}

/**
 * Every record must come back to the browser with its printed text intact: check it on the
 * fragments Pagefind wrote, before the site can go out with an excerpt that misquotes the report.
 */
function checkPrintedText(records: SearchRecord[], bundle: IndexBundle) {
  const byUrl = new Map(bundle.fragments.map((fragment) => [fragment.url, fragment]));
  for (const record of records) {
    const fragment = byUrl.get(record.url);
    if (!fragment) throw new Error(`Search index: no fragment for ${record.url}`);
    const expected = record.meta.text ?? record.content.replaceAll(' ', '');
    const printed = fragment.meta.text ?? fragment.content.replace(/[ \u200B]/g, '');
    if (printed !== expected) throw new Error(`Search index: ${record.url} would read back as “${printed}”, not “${expected}”`);
  }
}

/**
 * Build the search index into dist/pagefind/ after Astro has written the pages (see writeIndex),
 * store its files unpacked with their gzip beside them (see storeUnpacked), write the
 * search manifest (character folds, index chunk ranges, file names) and name the exact files a
 * first search needs in the search page's <head>, so the browser fetches them in parallel.
 */
export default function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'report-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const records = await buildRecords(distDir);
        if (records.length === 0) throw new Error('Search index: no report paragraphs found in the built pages');
        const outputPath = join(distDir, routes.searchIndex());
        await writeIndex(records, outputPath);
        const bundle = await readBundle(outputPath);
        checkPrintedText(records, bundle);
        const groups = newestGroups(records, bundle);
        // Every first search downloads the metadata, the WebAssembly and the newest report's fragments.
        await Promise.all([storeUnpacked(outputPath, bundle.gzipFiles, [bundle.metaFile, bundle.wasmFile, ...groups]), minifyPagefindScript(outputPath)]);
        const searchPage = join(distDir, pageFile(routes.search()));
        const html = await readFile(searchPage, 'utf8');
        if (!html.includes('</head>')) throw new Error(`Search index: no </head> in ${searchPage}`);
        const indexUrl = `${base}${routes.searchIndex()}`;
        const { manifest, folds } = searchManifest(records, bundle);
        const files = firstSearchFiles(manifest, bundle, groups, indexUrl);
        await writeJson(join(outputPath, manifestFile), manifest);
        if (folds !== undefined) await writeJson(join(outputPath, foldsFile), folds);
        // Warming from the header box: the search page's own scripts and styles, Pagefind's script, then the files above.
        await writeJson(join(outputPath, warmFile), [...new Set([...pageAssets(html), `${indexUrl}pagefind.js`, ...files])]);
        const moduleScripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]);
        await writeFile(searchPage, html.replace('</head>', `${searchPageHints(files, moduleScripts)}</head>`));
        logger.info(`indexed ${records.length} report blocks: ${bundle.chunks.length} index chunks, ${bundle.groups.length || bundle.fragments.length} fragment files`);
      },
    },
  };
}
