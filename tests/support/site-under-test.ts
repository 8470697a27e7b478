import { resolve } from 'node:path';
import { builtPages, readingPages } from '../../src/build/dist-files.ts';
import { loadSiteSettings } from '../../src/content/site-settings.ts';
import { reportPageAt } from '../../src/site/routes.ts';

/**
 * The built site the end-to-end suites test: the folder SITE_DIST (dist/ when unset), built from
 * the content at REPORT_CONTENT_DIR (content/) for BASE_PATH (site.yaml's basePath when unset).
 */
export const siteDist = resolve(process.env.SITE_DIST ?? 'dist');
export const siteSettings = loadSiteSettings();

/** Every page of the site under test, as site paths ('' for the home page, '404.html'). */
export const allPages = () => builtPages(siteDist);
/** The pages a reader navigates to: all but 404.html. */
export const readerPages = () => readingPages(siteDist);

/** Pages of a kind (see src/site/routes.ts), newest report first: e.g. pagesOfKind('section')[0]. */
export function pagesOfKind(kind: 'report' | 'section' | 'full'): string[] {
  return readerPages()
    .map((path) => reportPageAt(path))
    .filter((page) => page?.kind === kind)
    .sort((a, b) => b!.year - a!.year)
    .map((page) => page!.path);
}

/**
 * One page of each kind, for tests that need "a section page" rather than a particular one: the
 * newest report's cover, its first and last sections and its full text.
 */
export const samplePages = (() => {
  const sections = pagesOfKind('section');
  const [cover] = pagesOfKind('report');
  const newestSections = sections.filter((path) => path.startsWith(cover));
  return { cover, section: newestSections[0], otherSection: newestSections.at(-1)!, fullText: pagesOfKind('full')[0] };
})();
