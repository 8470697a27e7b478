import type { GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Report } from './assemble.ts';

/**
 * The reports as pages see them, newest first. Drafts appear in `npm run dev` only; a
 * production build leaves them out entirely.
 */
export async function getReports(): Promise<Report[]> {
  const reports = (await getCollection('reports')).map((entry) => entry.data).sort((a, b) => b.year - a.year);
  return import.meta.env.DEV ? reports : reports.filter((report) => !report.draft);
}

export async function getLatestReport(): Promise<Report> {
  const [latest] = await getReports();
  if (!latest) throw new Error('内容错误：content/reports 中没有可发布的报告 (no published report in content/reports)');
  return latest;
}

/** The report published just before this one (for year-over-year figures), if any. */
export async function getPreviousReport(report: Report): Promise<Report | undefined> {
  return (await getReports()).find((candidate) => candidate.year < report.year);
}

/** getStaticPaths of every per-year route: one path per report, the report as a prop. */
export const reportPaths = (async () => (await getReports()).map((report) => ({ params: { year: String(report.year) }, props: { report } }))) satisfies GetStaticPaths;
