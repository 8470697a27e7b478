/**
 * npm run bench — speed and size, measured (never asserted by timing tests):
 *
 * 1. Builds the site, serves dist/ with the real nginx and deploy/nginx.conf on loopback, and loads
 *    every page on a cold cache in Debian's Chromium with a phone profile: gzip bytes transferred
 *    per kind (HTML, CSS, JS, search index, other) and number of requests.
 * 2. Lighthouse (mobile, default simulated throttling) for the cover, a section, the full text and
 *    the search page as readers reach it, with a query (/search/?q=法治): performance,
 *    accessibility, best practices, SEO, and Cumulative Layout Shift; then the simulated timings
 *    behind the performance score (FCP, LCP, TBT, Speed Index), each run's score, and the chain of
 *    requests and tasks that held up the simulated first and largest paint.
 * 3. Build time and search index size for 1, 10 and 30 fictional years (tests/fixtures/generate-years.ts).
 *
 * Lighthouse scores and build times are the median of --runs (default 3) runs: on a shared 2-core
 * machine single runs vary a lot. The load average is printed with the results for that reason.
 *
 * Options: --no-build (use dist/ as it is), --no-lighthouse, --no-years, --runs N.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { distFiles, pageFile, readingPages } from '../src/build/dist-files.ts';
import { loadSiteSettings } from '../src/content/site-settings.ts';
import { reportPageAt, routes } from '../src/site/routes.ts';
import { chromiumFlags, chromiumPath, launchChromium } from '../tools/chromium.ts';
import { kinds, measureFirstVisit, type FirstVisit } from '../tools/first-visit.ts';
import { startNginx } from '../tools/local-nginx.ts';
import { generateYears } from './generate-years.ts';
import { simulatedCriticalChain } from './lantern-critical-chain.ts';
const option = (name: string) => process.argv.includes(name);
const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const loadBefore = loadavg()[0];

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The simulated timings behind the performance score (Lighthouse audit id, column title). */
const timings = [
  ['first-contentful-paint', 'FCP'], ['largest-contentful-paint', 'LCP'], ['total-blocking-time', 'TBT'], ['speed-index', 'SI'],
] as const;

function build(env: Record<string, string> = {}, outDir?: string): number {
  const started = performance.now();
  // --force: no content cache from an earlier build, as on a fresh clone
  execFileSync('npx', ['astro', 'build', '--force', ...(outDir ? ['--outDir', outDir] : [])], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  return (performance.now() - started) / 1000;
}

/** The query the search page is scored with: citizens arrive from the header form with one. */
const searchQuery = '法治';

/**
 * Which page stands for each Lighthouse row: the cover, the heaviest section, the newest full
 * text, search; and the address Lighthouse loads for it (the search page with a query).
 */
function lighthousePages(pages: string[]): [string, string, string][] {
  const ofKind = (kind: string) => pages.filter((path) => reportPageAt(path)?.kind === kind);
  // The heaviest section page: the one closest to its byte budget
  const [section] = ofKind('section').sort((a, b) => statSync(join('dist', pageFile(b))).size - statSync(join('dist', pageFile(a))).size);
  const [fullText] = ofKind('full').sort().reverse();
  return [
    ['cover', routes.home(), routes.home()],
    ['section', section, section],
    ['full text', fullText, fullText],
    [`search, ?q=${searchQuery}`, routes.search(), `${routes.search()}?q=${encodeURIComponent(searchQuery)}`],
  ];
}

interface LighthouseRun {
  /** category scores (0–100), simulated timings (ms) and CLS */
  values: Record<string, number>;
  /** what held up the simulated first and largest paint */
  criticalChains: { fcp?: string; lcp?: string };
}

/** One Lighthouse run (mobile defaults) in a fresh Chromium; audits below 1 are listed on stderr. */
async function lighthouseRun(url: string, label: string): Promise<LighthouseRun> {
  const chrome = await launchChrome({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${label}`);
    const failed = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual');
    for (const audit of failed) {
      const items = (audit.details as { items?: { description?: string; url?: string }[] } | undefined)?.items ?? [];
      console.error(`Lighthouse ${label}: ${audit.id} ${audit.score} ${items.map((item) => item.description ?? item.url ?? '').filter(Boolean).join('; ')}`);
    }
    return {
      values: {
        ...Object.fromEntries(categories.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)])),
        ...Object.fromEntries(timings.map(([id]) => [id, result.lhr.audits[id]?.numericValue ?? Number.NaN])),
        cls: result.lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      },
      criticalChains: { fcp: simulatedCriticalChain('FirstContentfulPaint'), lcp: simulatedCriticalChain('LargestContentfulPaint') },
    };
  } finally {
    chrome.kill();
  }
}

if (!option('--no-build')) build();
const pages = readingPages('dist');
const server = await startNginx(join(process.cwd(), 'dist'), loadSiteSettings().basePath);

// 1. Bytes and requests, first visit, phone profile
const browser = await launchChromium();
const weights = new Map<string, FirstVisit>();
const addressOf = (path: string) => lighthousePages(pages).find(([, p]) => p === path)?.[2] ?? path;
for (const path of pages) weights.set(path, await measureFirstVisit(browser, new URL(addressOf(path), server.baseUrl).href));
await browser.close();

// 2. Lighthouse, mobile
const scores = new Map<string, Record<string, number>>();
/** Each run's performance score, per page: the spread shows how much a median can be trusted. */
const performanceRuns = new Map<string, number[]>();
/** What held up the simulated paints, in the run with the median LCP. */
const criticalChains = new Map<string, LighthouseRun['criticalChains']>();
if (!option('--no-lighthouse')) {
  for (const [, path, address] of lighthousePages(pages)) {
    const pageRuns: LighthouseRun[] = [];
    for (let run = 0; run < runs; run += 1) pageRuns.push(await lighthouseRun(new URL(address, server.baseUrl).href, `/${address}`));
    const values = pageRuns.map((run) => run.values);
    scores.set(path, Object.fromEntries([...categories, ...timings.map(([id]) => id), 'cls'].map((id) => [id, median(values.map((value) => value[id]))])));
    performanceRuns.set(path, values.map((value) => value.performance));
    const medianLcp = median(values.map((value) => value['largest-contentful-paint']));
    criticalChains.set(path, pageRuns.find((run) => run.values['largest-contentful-paint'] === medianLcp)?.criticalChains ?? {});
  }
}
await server.stop();

const kb = (n: number) => (n / 1024).toFixed(1);
const rowName = (path: string) => {
  const role = lighthousePages(pages).find(([, p]) => p === path)?.[0];
  return `/${path}${role ? ` (${role})` : ''}`;
};
const table: string[][] = [[
  'page', 'HTML', 'CSS', 'JS', 'search', 'other', 'total', 'requests', 'LH perf', 'LH a11y', 'LH best', 'LH SEO', 'CLS',
]];
for (const path of pages) {
  const { bytes, total, requests } = weights.get(path)!;
  const score = scores.get(path);
  table.push([
    rowName(path), ...kinds.map((kind) => kb(bytes[kind])), kb(total), String(requests),
    ...categories.map((id) => score ? String(score[id]) : '–'),
    score ? score.cls.toFixed(2) : '–',
  ]);
}
/** A Markdown table: the first column left-aligned, the figures right-aligned. */
function printTable(rows: string[][]) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...row[column]].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((width, column) => `${column === 0 ? ':' : '-'}${'-'.repeat(width)}${column === 0 ? '-' : ':'}`).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}
console.log('\nFirst visit on a phone (Moto G4 profile), cold cache, served by nginx with deploy/nginx.conf.');
console.log(`Bytes: response bodies as transferred (gzip), KB = 1024 bytes; LH = Lighthouse mobile scores and its Cumulative Layout Shift, median of ${runs} runs;`);
console.log(`The search page is loaded with ?q=${searchQuery}, as readers arrive from the header form.`);
console.log(`Machine: ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} after the page and Lighthouse runs.\n`);
printTable(table);

if (scores.size > 0) {
  const timingTable = [['page', ...timings.map(([, title]) => `${title} (ms)`), 'LH perf, each run']];
  for (const [path, score] of scores) {
    timingTable.push([rowName(path), ...timings.map(([id]) => String(Math.round(score[id]))), performanceRuns.get(path)!.join(', ')]);
  }
  console.log(`\nLighthouse's simulated phone timings (150 ms RTT, 1.6 Mbit/s, 4x CPU), median of ${runs} runs:\n`);
  printTable(timingTable);

  console.log('\nWhat held up the simulated paints (bench/lantern-critical-chain.ts; simulated ms), in the run with the median LCP:\n');
  for (const [path, chains] of criticalChains) {
    console.log(`- ${rowName(path)}\n  - FCP: ${chains.fcp ?? '–'}\n  - LCP: ${chains.lcp ?? '–'}`);
  }
}

/** A file's size as nginx sends it to a browser: its `.gz` when the build wrote one. */
const sentBytes = (dir: string, file: string) => statSync(join(dir, existsSync(join(dir, `${file}.gz`)) ? `${file}.gz` : file)).size;

// 3. Build time and search index size by number of years
if (!option('--no-years')) {
  const rows: string[][] = [['years', 'pages', 'build (s)', 'search index (KB)']];
  for (const count of [1, 10, 30]) {
    const work = mkdtempSync(join(tmpdir(), `report-years-${count}-`));
    try {
      await generateYears(join(work, 'content'), count);
      const outDir = join(work, 'dist');
      const seconds = median(Array.from({ length: runs }, () => build({ REPORT_CONTENT_DIR: join(work, 'content') }, outDir)));
      const files = distFiles(outDir);
      const index = files.filter((file) => file.startsWith('pagefind/'));
      rows.push([
        String(count),
        String(files.filter((file) => file.endsWith('.html')).length),
        seconds.toFixed(1),
        existsSync(join(outDir, 'pagefind')) ? kb(index.reduce((sum, file) => sum + sentBytes(outDir, file), 0)) : '– (no dist/pagefind)',
      ]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  const w = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  console.log(`\nBuild time (astro build --force, wall clock, median of ${runs}) and search index size (as sent, gzip), fictional years;`);
  console.log(`load average ${loadavg()[0].toFixed(1)} at the end:\n`);
  console.log(`| ${rows[0].map((cell, column) => cell.padEnd(w[column])).join(' | ')} |`);
  console.log(`|${w.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(`| ${row.map((cell, column) => cell.padStart(w[column])).join(' | ')} |`);
}
