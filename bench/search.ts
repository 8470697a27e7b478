/**
 * npm run bench:search — how well and how fast search answers, next to stock Pagefind.
 *
 * Builds the site, then runs the same query sets as the e2e tests (policy terms, seeded
 * random substrings of the official text, strings that occur nowhere) against:
 *  - this site's search page (dist/, paragraph results), and
 *  - stock Pagefind: a default index of the report cover and the section pages (the report
 *    split into pages) built with Pagefind's Node API into a temporary directory, searched
 *    through Pagefind's Default UI (page results; debounce set to 0 so timing measures search,
 *    not waiting).
 * Both are served by the real nginx with deploy/nginx.conf, each with its text files
 * precompressed the same way (Zopfli, as the build does), so bytes are what a reader's phone
 * receives. Correctness is judged against the rendered text: paragraphs for this site, pages for
 * stock.
 *
 * Then cold visits of /search/?q=<term> for every reader term, this site and stock interleaved,
 * in two profiles: a desktop without throttling, and a throttled phone (Moto G4 screen; Chrome
 * DevTools Protocol network emulation at 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, as
 * Lighthouse's mobile profile, and a 4× CPU slowdown). For each visit: ms from navigation to
 * rendered results, bytes transferred (gzip as sent) apart from the page itself, and round trips:
 * requests on the critical path (the longest chain of requests each of which started only after
 * the one before it had finished, the page first, up to the rendered results) and all requests.
 *
 * Prints a table; asserts nothing. Options: --no-build, --visits N (terms per profile, default all),
 * --no-quality (cold visits only).
 */
import type { RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { devices, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { readingPages } from '../src/build/dist-files.ts';
import { precompressDirectory } from '../src/build/precompress.ts';
import { loadSiteSettings } from '../src/content/site-settings.ts';
import { launchChromium } from '../tools/chromium.ts';
import { startNginx } from '../tools/local-nginx.ts';
import { homeBlocks, type SiteBlock } from '../tools/report-blocks.ts';
import { absentQueries, containsAsTyped, fold, readerTerms, sampleSubstrings, seededRandom } from '../tools/search-queries.ts';

if (!process.argv.includes('--no-build')) execFileSync('npx', ['node', 'scripts/build.ts'], { stdio: 'ignore' });
const visitsIndex = process.argv.indexOf('--visits');
const visitTerms = visitsIndex > 0 ? readerTerms.slice(0, Number(process.argv[visitsIndex + 1])) : readerTerms;
const loadAtStart = loadavg()[0];

interface Answer { targets: string[]; excerpts: string[]; ms: number }

/**
 * The highlighted runs of an excerpt's HTML: marks that touch (<mark>行政</mark><mark>复议</mark>)
 * read as one run, as the reader sees them.
 */
function markRuns(html: string): string[] {
  const runs: string[] = [];
  let touching = false;
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'element' && node.tagName === 'mark') {
        const text = toString(node);
        if (touching) runs[runs.length - 1] += text;
        else runs.push(text);
        touching = true;
      } else if (node.type === 'text' && node.value.trim() === '') {
        // whitespace between two marks keeps them touching
      } else {
        touching = false;
        if (node.type === 'element') walk(node.children);
      }
    }
  };
  walk(fromHtml(html, { fragment: true }).children);
  return runs;
}
interface Engine {
  name: string;
  /** what a result points to, for judging: a paragraph id (ours) or a page path (stock) */
  expected(query: string): string[];
  /** answer a query on an open, warmed-up search page */
  ask(page: Page, query: string): Promise<Answer>;
  /** the search page URL for a query (navigation answers it) */
  searchUrl(query: string): string;
  /**
   * Page function, polled by Playwright: true once the answer to `q` is rendered; it records the
   * moment (ms since navigation) in window.answeredAt, so both engines are timed alike.
   */
  answered: (q: string) => boolean;
}

const browser: Browser = await launchChromium();

// ---------- this site ----------
const site = await startNginx(join(process.cwd(), 'dist'), loadSiteSettings().basePath);
const siteUrl = (path: string) => new URL(path, site.baseUrl).href;

const scratch = await browser.newPage();
const blocks: SiteBlock[] = (await homeBlocks(scratch, readingPages('dist'), siteUrl)).map((block) => ({ ...block, text: fold(block.text) }));
await scratch.close();
const matchingBlocks = (query: string) => {
  const terms = query.split(/\s+/u).map(fold).filter(Boolean);
  return blocks.filter((block) => terms.every((term) => containsAsTyped(block.text, term)));
};

function oursAnswered(q: string): boolean {
  const status = document.querySelector<HTMLElement>('[data-search-status][data-count]');
  const done = status !== null && document.querySelector<HTMLInputElement>('[data-search-input]')?.value === q;
  const w = window as unknown as { answeredAt?: number };
  if (done) w.answeredAt ??= performance.now();
  return done;
}

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
  answered: oursAnswered,
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
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script></head>
<body><div id="search"></div><script src="/stock-search.js"></script></body></html>`);
writeFileSync(join(stockDir, 'stock-search.js'), `window.ui = new PagefindUI({ element: '#search', showSubResults: true, debounceTimeoutMs: 0,
  translations: { zero_results: '0|[SEARCH_TERM]', one_result: '1|[SEARCH_TERM]', many_results: '[COUNT]|[SEARCH_TERM]' } });
const q = new URLSearchParams(location.search).get('q'); if (q) window.ui.triggerSearch(q);`);
await precompressDirectory(stockDir);
const stockServer = await startNginx(stockDir, '/');

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
  const w = window as unknown as { answeredAt?: number };
  if (done) w.answeredAt ??= performance.now();
  return done;
}

const stock: Engine = {
  name: 'stock Pagefind',
  expected: (query) => [...new Set(matchingBlocks(query).map((block) => `/${block.path}`))],
  searchUrl: (query) => `${new URL('search.html', stockServer.baseUrl).href}?q=${encodeURIComponent(query)}`,
  async ask(page, query) {
    const start = await page.evaluate((q) => {
      delete (window as unknown as { answeredAt?: number }).answeredAt;
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
  answered: stockAnswered,
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
  await page.waitForFunction(engine.answered, '法治', { timeout: 15_000 });
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

interface Profile { name: string; context: BrowserContextOptions; throttle: boolean }
const profiles: Profile[] = [
  { name: 'desktop, no throttling', context: {}, throttle: false },
  { name: 'throttled phone', context: { ...devices['Moto G4'] }, throttle: true },
];

/** Lighthouse's mobile network: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (kbit = 1024 bit). */
const phoneNetwork = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

interface Visit { ms: number; bytes: number; pageBytes: number; critical: number; requests: number }

/**
 * The longest chain of requests, each started after the one before it finished, ending before
 * the answer was rendered. Every request depends on the page itself, whose first bytes may
 * already start others.
 */
function criticalPath(requests: { start: number; end: number; document: boolean }[], answeredAt: number): number {
  const done = requests.filter((request) => request.end <= answeredAt).sort((a, b) => a.start - b.start);
  const depth: number[] = [];
  for (const [index, request] of done.entries()) {
    let before = request.document ? 0 : 1;
    for (let other = 0; other < index; other += 1) {
      if (!done[other].document && done[other].end <= request.start) before = Math.max(before, depth[other]);
    }
    depth.push(before + 1);
  }
  return Math.max(0, ...depth);
}

/** One cold visit (fresh browser context) of a search URL in a profile. */
async function coldVisit(engine: Engine, term: string, profile: Profile): Promise<Visit> {
  const context = await browser.newContext(profile.context);
  try {
    const cold = await context.newPage();
    if (profile.throttle) {
      const cdp = await context.newCDPSession(cold);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', phoneNetwork);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    const finished: Request[] = [];
    cold.on('requestfinished', (request) => { if (request.url().startsWith('http')) finished.push(request); });
    await cold.goto(engine.searchUrl(term));
    await cold.waitForFunction(engine.answered, term, { timeout: 30_000, polling: 'raf' });
    const { answeredAt, timeOrigin } = await cold.evaluate(() => ({ answeredAt: (window as unknown as { answeredAt: number }).answeredAt, timeOrigin: performance.timeOrigin }));
    await cold.waitForLoadState('networkidle');
    const measured = await Promise.all(finished.map(async (request) => {
      const timing = request.timing();
      const sizes = await request.sizes();
      return { document: request.resourceType() === 'document', bytes: sizes.responseBodySize, start: timing.startTime, end: timing.startTime + timing.responseEnd };
    }));
    return {
      ms: answeredAt,
      bytes: measured.filter((request) => !request.document).reduce((sum, request) => sum + request.bytes, 0),
      pageBytes: measured.filter((request) => request.document).reduce((sum, request) => sum + request.bytes, 0),
      critical: criticalPath(measured, timeOrigin + answeredAt),
      requests: measured.length,
    };
  } finally {
    await context.close();
  }
}

/** Cold visits for every reader term, in every profile, the two engines alternating so that
 * load on the machine affects both alike. */
async function coldVisits(engines: Engine[]) {
  const visits = profiles.map(() => engines.map((): Visit[] => []));
  for (const [count, term] of visitTerms.entries()) {
    process.stderr.write(`cold visits: ${count + 1}/${visitTerms.length}\r`);
    for (const [p, profile] of profiles.entries()) {
      for (const [e, engine] of (count % 2 === 0 ? engines : [...engines].reverse()).entries()) {
        visits[p][count % 2 === 0 ? e : engines.length - 1 - e].push(await coldVisit(engine, term, profile));
      }
    }
  }
  process.stderr.write('\n');
  return visits;
}

const skipped = { recall: '–', precision: '–', firstRight: '–', exactExcerpts: '–', absentZero: '–', queryMedian: '–', queryP95: '–' };
const quality = process.argv.includes('--no-quality') ? [skipped, skipped] : [await measure(ours), await measure(stock)];
const cold = await coldVisits([ours, stock]);
const withExpected = present.filter((query) => ours.expected(query).length > 0).length;
await browser.close();
await site.stop();
await stockServer.stop();
rmSync(stockDir, { recursive: true, force: true });

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows: [string, string, string][] = [
  ['recall (expected results returned)', quality[0].recall, quality[1].recall],
  ['precision (results that contain the query)', quality[0].precision, quality[1].precision],
  ['first result is a right one', quality[0].firstRight, quality[1].firstRight],
  ['excerpts with the query as one <mark> run', quality[0].exactExcerpts, quality[1].exactExcerpts],
  ['absent queries answered with zero results', quality[0].absentZero, quality[1].absentZero],
  ['ms per query after load, median', quality[0].queryMedian, quality[1].queryMedian],
  ['ms per query after load, 95th percentile', quality[0].queryP95, quality[1].queryP95],
];
for (const [p, profile] of profiles.entries()) {
  const [mine, theirs] = cold[p];
  const figure = (visits: Visit[], pick: (visit: Visit) => number, q: number) => quantile(visits.map(pick), q);
  const both = (pick: (visit: Visit) => number, q: number, format: (n: number) => string): [string, string] => [format(figure(mine, pick, q)), format(figure(theirs, pick, q))];
  const ratio = figure(mine, (visit) => visit.ms, 0.5) / figure(theirs, (visit) => visit.ms, 0.5);
  rows.push(
    [`**${profile.name}** (${visitTerms.length} cold visits each)`, '', ''],
    ['ms navigation → rendered results, median', ...both((visit) => visit.ms, 0.5, (n) => n.toFixed(0))],
    ['ms navigation → rendered results, 95th pct.', ...both((visit) => visit.ms, 0.95, (n) => n.toFixed(0))],
    ['median as a share of stock\'s', ratio.toFixed(2), '1.00'],
    ['KB first search transfers (gzip), median', ...both((visit) => visit.bytes, 0.5, kb)],
    ['KB first search transfers (gzip), max', ...both((visit) => visit.bytes, 1, kb)],
    ['KB the search page itself (gzip), median', ...both((visit) => visit.pageBytes, 0.5, kb)],
    ['round trips: critical path / requests, median', `${figure(mine, (visit) => visit.critical, 0.5)} / ${figure(mine, (visit) => visit.requests, 0.5)}`, `${figure(theirs, (visit) => visit.critical, 0.5)} / ${figure(theirs, (visit) => visit.requests, 0.5)}`],
  );
}

console.log(`Search benchmark: ${present.length} queries taken from the text (${readerTerms.length} reader terms + ${present.length - readerTerms.length} random substrings; ${withExpected} of them match a paragraph under the word-start rule for numbers), ${absent.length} that occur nowhere.`);
console.log('This site judges paragraphs; stock Pagefind (one page per report page, Default UI) judges pages. Both served by nginx with deploy/nginx.conf.');
console.log('Bytes: response bodies as sent (gzip), apart from the search page itself; 1 KB = 1024 bytes.');
console.log(`Load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end.\n`);
console.log(`| ${'measure'.padEnd(46)} | ${ours.name.padStart(10)} | ${stock.name.padStart(14)} |`);
console.log(`| ${'-'.repeat(46)} | ${'-'.repeat(10)}:| ${'-'.repeat(14)}:|`);
for (const [label, mine, theirs] of rows) console.log(`| ${label.padEnd(46)} | ${mine.padStart(10)} | ${theirs.padStart(14)} |`);
