import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { routes, sitePages } from '../site/routes.ts';
import { closingParagraphs, openingParagraphs } from './opening-closing.ts';
import { lineOf, type ContentProblem } from './problems.ts';

interface CheckedSection { slug: string; file: string; html: string }
type Frame = Parameters<typeof openingParagraphs>[0];
interface CheckedReport extends Frame { year: number; draft: boolean; sections: CheckedSection[] }

/**
 * Every link from one section to another page of the site must reach a page that exists,
 * and its #anchor an element on that page. Links are written from the site root
 * (/2024/plans/#plans-p2, /search/?q=复议) or as #anchor within the section; `base` is the site's
 * sub-path, which rehype-site-links has already put in front of root links.
 */
export function checkInternalLinks(reports: CheckedReport[], base: string, sourceOf: (file: string) => string | undefined): ContentProblem[] {
  // A published report may only link to published pages: a draft's pages are not built.
  const publishedPages = anchorsByPage(reports.filter((report) => !report.draft));
  const allPages = anchorsByPage(reports);
  const problems: ContentProblem[] = [];
  for (const report of reports) {
    const pages = report.draft ? allPages : publishedPages;
    for (const section of report.sections) {
      const own = elementIds(section.html);
      for (const href of linkTargets(section.html)) {
        const problem = checkLink(href, own, pages, base);
        if (problem) {
          problems.push({
            file: section.file,
            line: lineOf(sourceOf(section.file), href.startsWith(base) && base !== '/' ? href.slice(base.length - 1) : href),
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
  const { path, anchor } = splitHref(href);
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

/** The page a link names (without its ?query, which picks nothing but what the page shows) and its anchor. */
function splitHref(href: string): { path: string; anchor?: string } {
  const hash = href.indexOf('#');
  const anchor = hash < 0 ? undefined : decodeURIComponent(href.slice(hash + 1));
  const beforeHash = hash < 0 ? href : href.slice(0, hash);
  const query = beforeHash.indexOf('?');
  return { path: query < 0 ? beforeHash : beforeHash.slice(0, query), anchor };
}

/** Site path → the ids a link may point at on that page, for every page of the site. */
function anchorsByPage(reports: CheckedReport[]): Map<string, Set<string>> {
  const ids = (paragraphs: { id: string }[]) => paragraphs.map((paragraph) => paragraph.id);
  const sectionAnchors = new Map<string, Set<string>>();
  for (const report of reports) {
    report.sections.forEach((section, index) => {
      // The last section page also prints the closing formula and the 落款.
      const closing = index === report.sections.length - 1 ? ids(closingParagraphs(report)) : [];
      sectionAnchors.set(routes.section(report.year, section.slug), new Set([section.slug, ...elementIds(section.html), ...closing]));
    });
  }
  const reportOf = (year: number) => reports.find((report) => report.year === year)!;
  const coverAnchors = (report: CheckedReport | undefined) => new Set([...(report ? ids(openingParagraphs(report)) : []), 'figures']);
  const latest = [...reports].sort((a, b) => b.year - a.year)[0];
  return new Map(sitePages(reports).map((page): [string, Set<string>] => {
    switch (page.kind) {
      case 'home': return [page.path, coverAnchors(latest)];
      case 'report': return [page.path, coverAnchors(reportOf(page.year))];
      case 'section': return [page.path, sectionAnchors.get(page.path)!];
      case 'full': {
        const report = reportOf(page.year);
        return [page.path, new Set([
          ...ids(openingParagraphs(report)),
          ...report.sections.flatMap((section) => [...sectionAnchors.get(routes.section(page.year, section.slug))!]),
          ...ids(closingParagraphs(report)),
        ])];
      }
      default: return [page.path, new Set()];
    }
  }));
}

/** Every id anywhere in the fragment: the anchors a link into this section may point at. */
function elementIds(html: string): Set<string> {
  const ids = new Set<string>();
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (typeof node.properties?.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

/** The href of every link in the fragment, in order. */
function linkTargets(html: string): string[] {
  const hrefs: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties?.href === 'string') hrefs.push(node.properties.href);
  });
  return hrefs;
}
