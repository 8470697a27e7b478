import type { APIContext } from 'astro';
import { reportData } from './open-data.ts';
import type { Report } from './report-assembly.ts';
import { urls } from './urls.ts';

/** The open data of a report with absolute URLs on the canonical site. */
export function reportDataFor(report: Report, site: APIContext['site']) {
  return reportData(report, (path) => new URL(path, site).href, {
    report: urls.report(report.year),
    section: (slug) => urls.section(report.year, slug),
  });
}
