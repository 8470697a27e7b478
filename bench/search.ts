/**
 * npm run bench:search — how well and how fast search answers, next to stock Pagefind.
 *
 * Builds the site, then runs the same query sets as the e2e tests (policy terms, seeded
 * random substrings of the official text, strings that occur nowhere) against:
 *  - this site's search page (dist/, paragraph results), and
 *  - stock Pagefind: a default index of the report cover and the four section pages (the
 *    report split into 5 pages) built with Pagefind's Node API into a temporary directory,
 *    searched through Pagefind's Default UI (page results; debounce set to 0 so timing
 *    measures search, not waiting).
 * Correctness is judged against the rendered text: paragraphs for this site, pages for stock.
 * Prints a table; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview as astroPreview } from 'astro';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { preview as vitePreview } from 'vite';
import { readingPages } from '../src/build/dist-files.ts';
import { loadSiteSettings } from '../src/content/site-settings.ts';
import { launchChromium } from '../tools/chromium.ts';
import { homeBlocks, type SiteBlock } from '../tools/report-blocks.ts';
import { absentQueries, containsAsTyped, fold, readerTerms, sampleSubstrings, seededRandom } from '../tools/search-queries.ts';

if (!process.argv.includes('--no-build')) execFileSync('npx', ['astro', 'build'], { stdio: 'ignore' });

interface Answer { targets: string[]; excerpts: string[]; ms: number }

/**
 * The highlighted runs of an excerpt's HTML: marks that touch (<mark>行政</mark><mark>复议</mark>)
 * read as one run, as the reader sees them.
 */
function markRuns(html: string): string[] {
  const decode = (text: string) => text.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...html.replace(/<\/mark>\s*<mark>/g, '').matchAll(/<mark>(.*?)<\/mark>/gs)].map((match) => decode(match[1]));
}
interface Engine {
  name: string;
  /** what a result points to, for judging: a paragraph id (ours) or a page path (stock) */
  expected(query: string): string[];
  /** answer a query on an open, warmed-up search page */
  ask(page: Page, query: string): Promise<Answer>;
  /** the search page URL for a query (navigation answers it) */
  searchUrl(query: string): string;
  /** resolves with ms since navigation when the answer is rendered */
  awaitAnswer(page: Page, query: string): Promise<number>;
}

const browser: Browser = await launchChromium();

// ---------- this site ----------
const site = await astroPreview({ root: process.cwd(), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const siteBase = `http://127.0.0.1:${site.port}${loadSiteSettings().basePath}`;
const siteUrl = (path: string) => new URL(path, siteBase).href;

const scratch = await browser.newPage();
const blocks: SiteBlock[] = (await homeBlocks(scratch, readingPages('dist'), siteUrl)).map((block) => ({ ...block, text: fold(block.text) }));
await scratch.close();
const matchingBlocks = (query: string) => {
  const terms = query.split(/\s+/u).map(fold).filter(Boolean);
  return blocks.filter((block) => terms.every((term) => containsAsTyped(block.text, term)));
};

const ours: Engine = {
  name: 'this site',
  expected: (query) => matchingBlocks(query).map((block) => block.id),
  searchUrl: (query) => `${siteUrl('search/')}?q=${encodeURIComponent(query)}`,
  async ask(page, query) {
    return page.evaluate(async (q) => {
      const status = document.querySelector<HTMLElement>('[data-search-status]')!;
      const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
      status.removeAttribute('data-count');
      input.value = q;
      const start = performance.now();
      input.form!.requestSubmit();
      await new Promise<void>((resolve, reject) => {
        new MutationObserver((_, observer) => { if (status.hasAttribute('data-count')) { observer.disconnect(); resolve(); } })
          .observe(status, { attributes: true, attributeFilter: ['data-count'] });
        setTimeout(() => reject(new Error(`no answer for ${q}`)), 15_000);
      });
      const ms = performance.now() - start;
      const results = [...document.querySelectorAll('[data-search-results] [data-search-result]')];
      return {
        ms,
        targets: results.map((result) => new URL(result.querySelector('a')!.href).hash.slice(1)),
        excerpts: results.map((result) => result.querySelector('a')!.innerHTML),
      };
    }, query);
  },
  async awaitAnswer(page) {
    await page.waitForSelector('[data-search-status][data-count]', { timeout: 15_000 });
    return page.evaluate(() => performance.now());
  },
};

// ---------- stock Pagefind ----------
const stockDir = mkdtempSync(join(tmpdir(), 'stock-pagefind-'));
const stockPages = [...new Set(blocks.map((block) => block.path))];
for (const path of stockPages) cpSync(join('dist', path, 'index.html'), join(stockDir, path, 'index.html'));
cpSync('dist/_astro', join(stockDir, '_astro'), { recursive: true });
const { index } = await pagefind.createIndex();
const added = await index!.addDirectory({ path: stockDir });
const written = await index!.writeFiles({ outputPath: join(stockDir, 'pagefind') });
await pagefind.close();
if (added.errors.length || written.errors.length) throw new Error([...added.errors, ...written.errors].join('\n'));
// The Default UI page; its message is made machine-readable ("count|term") through the UI's
// own translations option, so the benchmark can tell when an answer is complete.
writeFileSync(join(stockDir, 'search.html'), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script src="/stock-search.js"></script></body></html>`);
writeFileSync(join(stockDir, 'stock-search.js'), `window.ui = new PagefindUI({ element: '#search', showSubResults: true, debounceTimeoutMs: 0,
  translations: { zero_results: '0|[SEARCH_TERM]', one_result: '1|[SEARCH_TERM]', many_results: '[COUNT]|[SEARCH_TERM]' } });
const q = new URLSearchParams(location.search).get('q'); if (q) window.ui.triggerSearch(q);`);
const stockServer = await vitePreview({ root: stockDir, configFile: false, logLevel: 'error', build: { outDir: stockDir }, preview: { host: '127.0.0.1', port: 0 } });
const stockBase = stockServer.resolvedUrls!.local[0];

/**
 * True once the Default UI shows the complete answer for a query (message and result
 * links); records the moment in window.answeredAt. Polled by Playwright's waitForFunction.
 */
function stockAnswered(q: string): boolean {
  // Each result also nests its sub-results' links; count the page links only.
  const mainLink = '.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link';
  const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
  const bar = message.indexOf('|');
  const shown = document.querySelectorAll(mainLink).length;
  const done = bar > 0 && message.slice(bar + 1) === q && shown === Math.min(Number(message.slice(0, bar)), 5);
  if (done) (window as unknown as { answeredAt: number }).answeredAt = performance.now();
  return done;
}

const stock: Engine = {
  name: 'stock Pagefind',
  expected: (query) => [...new Set(matchingBlocks(query).map((block) => `/${block.path}`))],
  searchUrl: (query) => `${new URL('search.html', stockBase).href}?q=${encodeURIComponent(query)}`,
  async ask(page, query) {
    const start = await page.evaluate((q) => {
      (window as unknown as { ui: { triggerSearch(term: string): void } }).ui.triggerSearch(q);
      return performance.now();
    }, query);
    await page.waitForFunction(stockAnswered, query, { timeout: 15_000 });
    return page.evaluate((begin) => {
      const results = [...document.querySelectorAll('.pagefind-ui__result')];
      return {
        ms: (window as unknown as { answeredAt: number }).answeredAt - begin,
        targets: results.map((result) => new URL(result.querySelector<HTMLAnchorElement>('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link')!.href).pathname),
        excerpts: results.map((result) => result.querySelector('.pagefind-ui__result-inner > .pagefind-ui__result-excerpt')?.innerHTML ?? ''),
      };
    }, start);
  },
  async awaitAnswer(page, query) {
    await page.waitForFunction(stockAnswered, query, { timeout: 15_000 });
    return page.evaluate(() => (window as unknown as { answeredAt: number }).answeredAt);
  },
};

// ---------- query sets ----------
const random = seededRandom(20240);
const present = [...readerTerms, ...[1, 2, 3, 4, 5, 6].flatMap((length) => sampleSubstrings(blocks.map((block) => block.text), length, 20, random))];
// Strings that really occur nowhere on this site (the list is checked against the text)
const absent = absentQueries.filter((query) => !blocks.some((block) => containsAsTyped(block.text, fold(query))));

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

async function measure(engine: Engine) {
  process.stderr.write(`measuring ${engine.name}…\n`);
  const page = await browser.newPage();
  await page.goto(engine.searchUrl('法治'));
  await engine.awaitAnswer(page, '法治');
  let relevant = 0, found = 0, foundRight = 0, firstRight = 0, withExpected = 0, excerpts = 0, exactExcerpts = 0, absentZero = 0;
  const times: number[] = [];
  for (const query of present) {
    const expected = new Set(engine.expected(query));
    const answer = await engine.ask(page, query);
    times.push(answer.ms);
    relevant += expected.size;
    found += answer.targets.length;
    foundRight += answer.targets.filter((target) => expected.has(target)).length;
    if (expected.size > 0) withExpected += 1;
    if (answer.targets.length > 0 && expected.has(answer.targets[0])) firstRight += 1;
    for (const html of answer.excerpts) {
      excerpts += 1;
      if (markRuns(html).some((run) => fold(run).includes(fold(query)))) exactExcerpts += 1;
    }
  }
  for (const query of absent) {
    const answer = await engine.ask(page, query);
    times.push(answer.ms);
    if (answer.targets.length === 0) absentZero += 1;
  }
  await page.close();

  return {
    recall: percent(foundRight, relevant),
    precision: percent(foundRight, found),
    firstRight: percent(firstRight, withExpected),
    exactExcerpts: percent(exactExcerpts, excerpts),
    absentZero: percent(absentZero, absent.length),
    queryMedian: quantile(times, 0.5).toFixed(1),
    queryP95: quantile(times, 0.95).toFixed(1),
  };
}

/** One cold visit (fresh browser context) of a search URL: ms from navigation to rendered
 * results, and the gzip bytes of every response except the HTML document itself. */
async function coldVisit(engine: Engine, term: string): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext();
  const cold = await context.newPage();
  let bytes = 0;
  const pending: Promise<void>[] = [];
  cold.on('response', (response) => {
    if (response.request().resourceType() === 'document') return;
    pending.push(response.body().then((body) => { bytes += gzipSync(body).length; }, () => undefined));
  });
  await cold.goto(engine.searchUrl(term));
  const ms = await engine.awaitAnswer(cold, term);
  await cold.waitForLoadState('networkidle');
  await Promise.all(pending);
  await context.close();
  return { ms, bytes };
}

/** Cold visits for every policy term, the two engines alternating so that load on the
 * machine affects both alike. */
async function coldVisits(engines: Engine[]) {
  process.stderr.write('cold visits…\n');
  const visits = engines.map(() => ({ navigation: [] as number[], transfers: [] as number[] }));
  for (const term of readerTerms) {
    for (const [index, engine] of engines.entries()) {
      const { ms, bytes } = await coldVisit(engine, term);
      visits[index].navigation.push(ms);
      visits[index].transfers.push(bytes);
    }
  }
  return visits.map(({ navigation, transfers }) => ({
    navigationMedian: quantile(navigation, 0.5).toFixed(0),
    navigationP95: quantile(navigation, 0.95).toFixed(0),
    transferMedian: (quantile(transfers, 0.5) / 1024).toFixed(1),
    transferMax: (Math.max(...transfers) / 1024).toFixed(1),
  }));
}

const quality = [await measure(ours), await measure(stock)];
const cold = await coldVisits([ours, stock]);
const results = quality.map((figures, index) => ({ ...figures, ...cold[index] }));
const withExpected = present.filter((query) => ours.expected(query).length > 0).length;
await browser.close();
await site.stop();
await new Promise((resolve) => stockServer.httpServer.close(resolve));
rmSync(stockDir, { recursive: true, force: true });

const rows: [string, keyof (typeof results)[number]][] = [
  ['recall (expected results returned)', 'recall'],
  ['precision (results that contain the query)', 'precision'],
  ['first result is a right one', 'firstRight'],
  ['excerpts with the query as one <mark> run', 'exactExcerpts'],
  ['absent queries answered with zero results', 'absentZero'],
  ['ms per query after load, median', 'queryMedian'],
  ['ms per query after load, 95th percentile', 'queryP95'],
  ['ms navigation → rendered results, median', 'navigationMedian'],
  ['ms navigation → rendered results, 95th pct.', 'navigationP95'],
  ['KB first search transfers (gzip), median', 'transferMedian'],
  ['KB first search transfers (gzip), max', 'transferMax'],
];
console.log(`Search benchmark: ${present.length} queries taken from the text (${readerTerms.length} reader terms + ${present.length - readerTerms.length} random substrings; ${withExpected} of them match a paragraph under the word-start rule for numbers), ${absent.length} that occur nowhere.`);
console.log('This site judges paragraphs; stock Pagefind (5 pages, Default UI) judges pages. 1 KB = 1024 bytes.\n');
console.log(`| ${'measure'.padEnd(44)} | ${ours.name.padStart(10)} | ${stock.name.padStart(14)} |`);
console.log(`| ${'-'.repeat(44)} | ${'-'.repeat(10)}:| ${'-'.repeat(14)}:|`);
for (const [label, key] of rows) console.log(`| ${label.padEnd(44)} | ${String(results[0][key]).padStart(10)} | ${String(results[1][key]).padStart(14)} |`);
