/**
 * npm run bench — speed and size, measured (never asserted by timing tests):
 *
 * 1. Builds the site, serves dist/ with the real nginx and deploy/nginx.conf on loopback, and loads
 *    every page on a cold cache in Debian's Chromium with a phone profile: gzip bytes transferred
 *    per kind (HTML, CSS, JS, search index, other) and number of requests.
 * 2. Lighthouse (mobile, default simulated throttling) for the cover, a section, the full text and
 *    the search page as readers reach it, with a query (/search/?q=法治): performance,
 *    accessibility, best practices, SEO, Cumulative Layout Shift, the simulated timings behind the
 *    performance score (FCP, LCP, TBT, Speed Index), each run's score, and the chain of requests
 *    and tasks that held up the simulated first and largest paint. Readers reach the site over
 *    HTTPS, and the portal's front end decides between HTTP/2 and HTTP/1.1, which Lighthouse's
 *    model of a phone treats very differently (one warm connection, or up to six, each with its
 *    own handshakes): so nginx serves the site both ways, with a throwaway certificate.
 * 3. Build time and search index size for 1, 10 and 30 fictional years (tests/fixtures/generate-years.ts).
 *
 * Lighthouse scores and build times are the median of --runs (default 3) runs: on a shared 2-core
 * machine single runs vary a lot. The load average is printed with the results for that reason.
 * A run that comes back without a performance score is named on stderr and run again.
 * To judge a change, --against REF also builds commit REF (bench/build-at-commit.ts) and scores
 * both builds, one run of each in turn, so that both meet the same moments of a noisy machine.
 *
 * Options: --no-build (use dist/ as it is), --no-lighthouse, --no-years, --runs N, --against REF.
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
import { startNginx, type HttpsProtocol, type NginxServer } from '../tools/local-nginx.ts';
import { buildAtCommit, type CommitBuild } from './build-at-commit.ts';
import { generateYears } from './generate-years.ts';
import { simulatedCriticalChain } from './lantern-critical-chain.ts';
const option = (name: string) => process.argv.includes(name);
const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex > 0 ? Number(process.argv[runsIndex + 1]) : 3;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a positive whole number');
const againstIndex = process.argv.indexOf('--against');
const against = againstIndex > 0 ? process.argv[againstIndex + 1] : undefined;
if (againstIndex > 0 && !against) throw new Error('--against takes a commit, e.g. --against main~1');
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

/** A Lighthouse run that returned no performance score: run again, never count it as 0. */
class UnscoredRun extends Error {}

/** How many times one run is tried before the bench gives up on the page. */
const attemptsPerRun = 3;

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/**
 * Why Lighthouse gave no performance score, or undefined if it gave one: its runtime error, or
 * the errors of the metrics the score is made of (a trace without a largest paint, say).
 */
function withoutScore(lhr: LighthouseResult): string | undefined {
  if (typeof lhr.categories.performance?.score === 'number') return undefined;
  const metricErrors = (lhr.categories.performance?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit?.scoreDisplayMode === 'error')
    .map((audit) => audit.errorMessage ?? `${audit.id} failed`);
  // The metrics usually fail for one reason, which the runtime error repeats
  const reasons = new Set([lhr.runtimeError?.message, ...metricErrors].filter((reason) => reason !== undefined));
  return reasons.size > 0 ? [...reasons].join('; ') : 'no reason given';
}

/**
 * A scored run of `url`: a run without a performance score is named on stderr and run again,
 * up to attemptsPerRun times, so that medians are of real scores.
 */
async function scoredLighthouseRun(...args: Parameters<typeof lighthouseRun>): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouseRun(...args);
    } catch (error) {
      if (!(error instanceof UnscoredRun) || attempt === attemptsPerRun) throw error;
      console.error(`${error.message}; run again (attempt ${attempt + 1} of ${attemptsPerRun})`);
    }
  }
}

interface LighthouseRun {
  /** category scores (0–100), simulated timings (ms) and CLS */
  values: Record<string, number>;
  /** what held up the simulated first and largest paint */
  criticalChains: { fcp?: string; lcp?: string };
}

/**
 * One Lighthouse run (mobile defaults) in a fresh Chromium that accepts this server's
 * certificate; audits below 1 are listed on stderr. Throws if the page came over another protocol
 * than the one asked for, since the figures would then describe another server.
 */
async function lighthouseRun(url: string, label: string, protocol: HttpsProtocol, spkiSha256: string): Promise<LighthouseRun> {
  const chrome = await launchChrome({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags, `--ignore-certificate-errors-spki-list=${spkiSha256}`] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${label}`);
    const requests = (result.lhr.audits['network-requests']?.details as { items?: { protocol?: string }[] } | undefined)?.items ?? [];
    const protocols = new Set(requests.map((request) => request.protocol));
    if (protocols.size !== 1 || !protocols.has(protocol)) throw new Error(`Lighthouse ${label}: served over ${[...protocols].join(', ')}, not ${protocol}`);
    const unscored = withoutScore(result.lhr);
    if (unscored) throw new UnscoredRun(`Lighthouse ${label}: no performance score (${unscored})`);
    const failed = Object.values(result.lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual');
    for (const audit of failed) {
      const items = (audit.details as { items?: { description?: string; url?: string }[] } | undefined)?.items ?? [];
      console.error(`Lighthouse ${label}: ${audit.id} ${audit.score} ${items.map((item) => item.description ?? item.url ?? '').filter(Boolean).join('; ')}`);
    }
    return {
      values: {
        ...Object.fromEntries(categories.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? Number.NaN) * 100)])),
        ...Object.fromEntries(timings.map(([id]) => [id, result.lhr.audits[id]?.numericValue ?? Number.NaN])),
        cls: result.lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      },
      criticalChains: { fcp: simulatedCriticalChain('FirstContentfulPaint'), lcp: simulatedCriticalChain('LargestContentfulPaint') },
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse's figures for one page: medians, each run's performance score, the median run's chains. */
interface PageScores {
  median: Record<string, number>;
  performanceRuns: number[];
  criticalChains: LighthouseRun['criticalChains'];
}

/** A built site to score: dist/ of this checkout, or the build of another commit (--against). */
interface ScoredSite {
  label: string;
  dist: string;
  /** the nginx.conf to serve it with (deploy/nginx.conf by default) */
  nginxConfig?: string;
}

/** The medians of one page's runs, each run's performance score, and the median run's chains. */
function pageScores(pageRuns: LighthouseRun[]): PageScores {
  const values = pageRuns.map((run) => run.values);
  const medianLcp = median(values.map((value) => value['largest-contentful-paint']));
  return {
    median: Object.fromEntries([...categories, ...timings.map(([id]) => id), 'cls'].map((id) => [id, median(values.map((value) => value[id]))])),
    performanceRuns: values.map((value) => value.performance),
    criticalChains: pageRuns.find((run) => run.values['largest-contentful-paint'] === medianLcp)?.criticalChains ?? {},
  };
}

/**
 * `runs` Lighthouse runs of every scored page of each site, served by nginx over HTTPS with
 * `protocol`; the sites take turns run by run. Scores by site label, then by page.
 */
async function lighthouseOver(protocol: HttpsProtocol, pages: string[], sites: ScoredSite[]): Promise<Map<string, Map<string, PageScores>>> {
  const servers: NginxServer[] = [];
  const scored = new Map<string, Map<string, PageScores>>(sites.map((site) => [site.label, new Map()]));
  try {
    for (const site of sites) servers.push(await startNginx(site.dist, loadSiteSettings().basePath, { https: protocol, config: site.nginxConfig }));
    for (const [, path, address] of lighthousePages(pages)) {
      const pageRuns = sites.map((): LighthouseRun[] => []);
      for (let run = 0; run < runs; run += 1) {
        for (const [index, server] of servers.entries()) {
          const label = `${protocol} /${address}${sites.length > 1 ? ` (${sites[index].label})` : ''}`;
          pageRuns[index].push(await scoredLighthouseRun(new URL(address, server.baseUrl).href, label, protocol, server.certificate!.spkiSha256));
        }
      }
      for (const [index, site] of sites.entries()) scored.get(site.label)!.set(path, pageScores(pageRuns[index]));
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  return scored;
}

/** The protocols a portal's front end may speak over HTTPS, as the tables name them. */
const httpsProtocols: [HttpsProtocol, string][] = [['h2', 'HTTPS, HTTP/2'], ['http/1.1', 'HTTPS, HTTP/1.1']];

if (!option('--no-build')) build();
const pages = readingPages('dist');
const server = await startNginx(join(process.cwd(), 'dist'), loadSiteSettings().basePath);

// 1. Bytes and requests, first visit, phone profile
const browser = await launchChromium();
const weights = new Map<string, FirstVisit>();
const addressOf = (path: string) => lighthousePages(pages).find(([, p]) => p === path)?.[2] ?? path;
for (const path of pages) weights.set(path, await measureFirstVisit(browser, new URL(addressOf(path), server.baseUrl).href));
await browser.close();
await server.stop();

// 2. Lighthouse, mobile, over each protocol; with --against, this build and the other in turn
const lighthouseScores = new Map<string, Map<string, PageScores>>();
if (!option('--no-lighthouse')) {
  let other: CommitBuild | undefined;
  try {
    other = against ? buildAtCommit(against) : undefined;
    const sites: ScoredSite[] = [{ label: 'this checkout', dist: join(process.cwd(), 'dist') }];
    if (other) sites.push({ label: other.label, dist: other.dist, nginxConfig: other.nginxConfig });
    for (const [protocol, title] of httpsProtocols) {
      for (const [label, scored] of await lighthouseOver(protocol, pages, sites)) {
        lighthouseScores.set(other ? `${title}, ${label}` : title, scored);
      }
    }
  } finally {
    other?.remove();
  }
}

const kb = (n: number) => (n / 1024).toFixed(1);
const rowName = (path: string) => {
  const role = lighthousePages(pages).find(([, p]) => p === path)?.[0];
  return `/${path}${role ? ` (${role})` : ''}`;
};
/** A Markdown table: the first column left-aligned, the figures right-aligned. */
function printTable(rows: string[][]) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => [...row[column]].length)));
  const line = (row: string[]) => `| ${row.map((cell, column) => column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map((width, column) => `${column === 0 ? ':' : '-'}${'-'.repeat(width)}${column === 0 ? '-' : ':'}`).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

const weightTable = [['page', 'HTML', 'CSS', 'JS', 'search', 'other', 'total', 'requests']];
for (const path of pages) {
  const { bytes, total, requests } = weights.get(path)!;
  weightTable.push([rowName(path), ...kinds.map((kind) => kb(bytes[kind])), kb(total), String(requests)]);
}
console.log('\nFirst visit on a phone (Moto G4 profile), cold cache, served by nginx with deploy/nginx.conf.');
console.log('Bytes: response bodies as transferred (gzip), KB = 1024 bytes.');
console.log(`The search page is loaded with ?q=${searchQuery}, as readers arrive from the header form.`);
console.log(`Machine: ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} after the page and Lighthouse runs.\n`);
printTable(weightTable);

for (const [title, scored] of lighthouseScores) {
  const table = [[
    'page', 'perf', 'a11y', 'best', 'SEO', 'CLS', ...timings.map(([, name]) => `${name} (ms)`), 'perf, each run',
  ]];
  for (const [path, { median: score, performanceRuns }] of scored) {
    table.push([
      rowName(path), ...categories.map((id) => String(score[id])), score.cls.toFixed(2),
      ...timings.map(([id]) => String(Math.round(score[id]))), performanceRuns.join(', '),
    ]);
  }
  console.log(`\nLighthouse mobile over ${title}: scores, CLS and the simulated phone timings behind the performance`);
  console.log(`score (150 ms RTT, 1.6 Mbit/s, 4x CPU), median of ${runs} runs:\n`);
  printTable(table);
  console.log('\nWhat held up the simulated paints (bench/lantern-critical-chain.ts; simulated ms), in the run with the median LCP:\n');
  for (const [path, { criticalChains }] of scored) {
    console.log(`- ${rowName(path)}\n  - FCP: ${criticalChains.fcp ?? '–'}\n  - LCP: ${criticalChains.lcp ?? '–'}`);
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
