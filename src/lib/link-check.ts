import type { ContentProblem } from './content-error.ts';
import { elementIds, linkTargets } from './section-blocks.ts';

interface CheckedSection { slug: string; file: string; html: string; source?: string }
interface CheckedReport { year: number; draft: boolean; sections: CheckedSection[] }

/**
 * Every link from one section to another page of the site must reach a page that exists,
 * and its #anchor an element on that page. Links are written from the site root
 * (/2024/plans/#plans-p2) or as #anchor within the section; `base` is the site's sub-path,
 * which rehype-site-links has already put in front of root links.
 */
export function checkInternalLinks(reports: CheckedReport[], base: string): ContentProblem[] {
  // A published report may only link to published pages: a draft's pages are not built.
  const publishedPages = sitePages(reports.filter((report) => !report.draft));
  const allPages = sitePages(reports);
  const problems: ContentProblem[] = [];
  for (const report of reports) {
    const pages = report.draft ? allPages : publishedPages;
    for (const section of report.sections) {
      const own = pages.get(`${report.year}/${section.slug}/`)!;
      for (const href of linkTargets(section.html)) {
        const problem = checkLink(href, own, pages, base);
        if (problem) {
          problems.push({
            file: section.file,
            line: lineOf(section.source, href.startsWith(base) && base !== '/' ? href.slice(base.length - 1) : href),
            zh: problem.zh,
            en: problem.en,
          });
        }
      }
    }
  }
  return problems;
}

function checkLink(href: string, own: Set<string>, pages: Map<string, Set<string>>, base: string) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined; // another site, mail, phone
  const [path, anchor] = splitAnchor(href);
  if (path === '') {
    return anchor && !own.has(anchor)
      ? { zh: `链接“${href}”指向本章中不存在的位置 #${anchor}`, en: `link "${href}": no element with id "${anchor}" in this section` }
      : undefined;
  }
  if (!path.startsWith(base)) {
    return { zh: `站内链接“${href}”须以 / 开头，写成从网站根目录起的地址，例如 /2024/plans/`, en: `internal link "${href}" must start with "/"` };
  }
  const page = pages.get(path.slice(base.length));
  if (!page) return { zh: `链接“${href}”指向的页面不存在`, en: `link "${href}" points to a page that does not exist` };
  if (anchor && !page.has(anchor)) {
    return { zh: `链接“${href}”指向的页面中没有位置 #${anchor}`, en: `link "${href}": no element with id "${anchor}" on that page` };
  }
  return undefined;
}

function splitAnchor(href: string): [string, string | undefined] {
  const at = href.indexOf('#');
  return at < 0 ? [href, undefined] : [href.slice(0, at), decodeURIComponent(href.slice(at + 1))];
}

/** Site path (without base) → ids on that page, for every page built from the reports. */
function sitePages(reports: CheckedReport[]): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>([['', new Set(['preamble'])], ['reports/', new Set()], ['feed.xml', new Set()]]);
  for (const report of reports) {
    const full = new Set(['preamble']);
    for (const section of report.sections) {
      const ids = elementIds(section.html);
      ids.add(section.slug);
      pages.set(`${report.year}/${section.slug}/`, ids);
      for (const id of ids) full.add(id);
    }
    pages.set(`${report.year}/`, new Set(['preamble', 'figures']));
    pages.set(`${report.year}/full/`, full);
    pages.set(`data/${report.year}.json`, new Set());
    pages.set(`data/${report.year}-figures.csv`, new Set());
  }
  return pages;
}

/** The first line of the source that contains the text, when the source is known. */
export function lineOf(source: string | undefined, text: string): number | undefined {
  if (!source) return undefined;
  const at = source.indexOf(text);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
}
