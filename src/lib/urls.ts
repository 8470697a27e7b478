/**
 * Every internal URL of the site, in one place, so that the site works unchanged at a
 * domain root and under a sub-path (BASE_URL comes from site.yaml's basePath).
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A path inside the site, e.g. sitePath('2024/full/') → /fzzfbg/2024/full/ */
export function sitePath(path = ''): string {
  return base + path.replace(/^\//, '');
}

export const urls = {
  home: () => sitePath(),
  report: (year: number) => sitePath(`${year}/`),
  section: (year: number, slug: string) => sitePath(`${year}/${slug}/`),
  fullText: (year: number) => sitePath(`${year}/full/`),
  // Yearly publishing (issue 5): archive, feed and open data.
  archive: () => sitePath('reports/'),
  feed: () => sitePath('feed.xml'),
  reportData: (year: number) => sitePath(`data/${year}.json`),
  figuresCsv: (year: number) => sitePath(`data/${year}-figures.csv`),
  dataSchema: () => sitePath('data/report.schema.json'),
};

/** Absolute canonical URL of a site path, for <link rel="canonical"> and the page QR code. */
export function canonicalUrl(site: URL | string, pathname: string): string {
  return new URL(pathname, site).href;
}
