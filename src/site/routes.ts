/**
 * Every internal URL of the site, in one place. A route is a site path: relative to the site's
 * base path and without a leading slash ('' is the home page, '2024/full/' a report's full text).
 * Pages put the base in front (src/site/urls.ts); the content link check, the search index, the
 * tests and the benchmarks ask this module which pages exist and what a built page is.
 */
export const routes = {
  home: () => '',
  archive: () => 'reports/',
  search: () => 'search/',
  feed: () => 'feed.xml',
  sitemap: () => 'sitemap-index.xml',
  robots: () => 'robots.txt',
  dataSchema: () => 'data/report.schema.json',
  /** Pagefind's bundle and index, written by src/search/build and loaded by the search page */
  searchIndex: () => 'pagefind/',
  /** The site icon as PNG (src/site/site-icon.ts) */
  favicon: () => 'favicon.png',
  /** A file of public/, copied as it is */
  readingPrefsScript: () => 'reading-prefs.js',
  report: (year: number) => `${year}/`,
  section: (year: number, slug: string) => `${year}/${slug}/`,
  fullText: (year: number) => `${year}/full/`,
  reportData: (year: number) => `data/${year}.json`,
  figuresCsv: (year: number) => `data/${year}-figures.csv`,
  /** The official document a report was published from, offered for download (附件) */
  officialDocument: (year: number, extension: string) => `${year}/source.${extension}`,
  /** The folder of the pages' QR codes */
  pageQrFolder: () => 'qr/',
  /** The QR code of a page's canonical URL, e.g. qr/2024/full.svg ('qr/index.svg' for the home page) */
  pageQr: (page: string) => `${routes.pageQrFolder()}${page === '' ? 'index' : page.replace(/\/$/, '')}.svg`,
};

/** Names under /<year>/ that the report's own pages use, so no section may take them. */
export const reservedSectionSlugs: readonly string[] = ['full'];

/** What the site needs to know of a report to list its pages. */
export interface RoutedReport {
  year: number;
  sections: readonly { slug: string }[];
  officialDocument?: { extension: string };
}

/** Kinds of page: those that print report text say which report (and section) they print. */
export type SitePage =
  | { path: string; kind: 'home' | 'archive' | 'search' | 'file' }
  | { path: string; kind: 'report' | 'full'; year: number }
  | { path: string; kind: 'section'; year: number; slug: string };

/** Every page and file the build makes for these reports (sitemaps and 404 aside). */
export function sitePages(reports: readonly RoutedReport[]): SitePage[] {
  const pages = pagesAndFiles(reports);
  return [...pages, ...pages.filter((page) => page.kind !== 'file').map((page) => ({ path: routes.pageQr(page.path), kind: 'file' as const }))];
}

/** Every page and file but the pages' QR codes. */
function pagesAndFiles(reports: readonly RoutedReport[]): SitePage[] {
  const pages: SitePage[] = [
    { path: routes.home(), kind: 'home' },
    { path: routes.archive(), kind: 'archive' },
    { path: routes.search(), kind: 'search' },
    ...[routes.feed(), routes.robots(), routes.dataSchema(), routes.favicon()].map((path) => ({ path, kind: 'file' as const })),
  ];
  for (const { year, sections, officialDocument } of reports) {
    pages.push({ path: routes.report(year), kind: 'report', year });
    for (const { slug } of sections) pages.push({ path: routes.section(year, slug), kind: 'section', year, slug });
    pages.push({ path: routes.fullText(year), kind: 'full', year });
    pages.push({ path: routes.reportData(year), kind: 'file' }, { path: routes.figuresCsv(year), kind: 'file' });
    if (officialDocument) pages.push({ path: routes.officialDocument(year, officialDocument.extension), kind: 'file' });
  }
  return pages;
}

/**
 * The report page a site path names, read back from its shape (for code that reads the built
 * site, such as the search index), or undefined for any other page.
 */
export function reportPageAt(path: string): Extract<SitePage, { year: number }> | undefined {
  const match = /^(\d{4})\/(?:([a-z][a-z0-9-]*)\/)?$/.exec(path);
  if (!match) return undefined;
  const [, yearText, slug] = match;
  const year = Number(yearText);
  if (slug === undefined) return { path, kind: 'report', year };
  if (path === routes.fullText(year)) return { path, kind: 'full', year };
  return { path, kind: 'section', year, slug };
}
