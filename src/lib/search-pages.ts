/**
 * Which built pages are the home of report blocks in the search index. Every paragraph is
 * printed on several pages (its section page and the full text; the preamble also on the
 * home page and the report cover); it is indexed once, on its natural home: the section
 * page, or the report cover for the preamble.
 */
export type PageRole = 'cover' | 'section' | 'full';

export interface ReportPage { year: number; role: PageRole; file: string; pagePath: string }

/** The role of a built HTML file (path relative to dist/, with / separators), or undefined. */
export function reportPage(file: string): ReportPage | undefined {
  const match = /^(\d{4})\/(?:([a-z0-9-]+)\/)?index\.html$/.exec(file);
  if (!match) return undefined;
  const year = Number(match[1]);
  const role: PageRole = match[2] === undefined ? 'cover' : match[2] === 'full' ? 'full' : 'section';
  return { year, role, file, pagePath: `/${file.replace(/index\.html$/, '')}` };
}
