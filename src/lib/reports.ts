import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { ContentError } from './content-error.ts';
import { sitePath } from './urls.ts';
import { assembleReports, type Report, type Section } from './report-assembly.ts';

let cached: Promise<Report[]> | undefined;

/**
 * Every report the site shows, newest first, checked across files. Drafts appear in
 * `npm run dev` only; a production build leaves them out entirely.
 */
export function getReports(): Promise<Report[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Report[]> {
  const [reportEntries, sectionEntries] = await Promise.all([
    getCollection('reports'),
    getCollection('sections'),
  ]);
  // Astro's glob loader only logs a section it could not render and goes on without its HTML;
  // a section must never be published empty, so that stops the build here.
  const unrendered = sectionEntries.filter((entry) => !entry.rendered);
  if (unrendered.length > 0) {
    throw new ContentError(unrendered.map((entry) => ({
      file: entry.filePath ?? entry.id,
      zh: '该章节无法转换为网页，原因见上方的错误信息；运行 npm run check 可查看详细说明',
      en: 'section could not be rendered; see the error logged above or run npm run check',
    })));
  }
  const reports = assembleReports(
    reportEntries.map((entry) => ({ folder: entry.id, file: entry.filePath ?? entry.id, data: entry.data, source: sourceOf(entry.filePath) })),
    sectionEntries.map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? entry.id,
      data: entry.data,
      html: entry.rendered?.html ?? '',
      headings: (entry.rendered?.metadata?.headings as Section['headings'] | undefined) ?? [],
      source: sourceOf(entry.filePath),
    })),
    { base: sitePath() },
  );
  return import.meta.env.DEV ? reports : reports.filter((report) => !report.draft);
}

export async function getLatestReport(): Promise<Report> {
  const [latest] = await getReports();
  if (!latest) throw new Error('内容错误：content/reports 中没有可发布的报告 (no published report in content/reports)');
  return latest;
}

/** The file as staff wrote it, for line numbers in messages. */
function sourceOf(filePath: string | undefined): string | undefined {
  try {
    return filePath ? readFileSync(filePath, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** The report published just before this one (for year-over-year figures), if any. */
export async function getPreviousReport(report: Report): Promise<Report | undefined> {
  return (await getReports()).find((candidate) => candidate.year < report.year);
}

/** getStaticPaths of a per-year route: one path per report, the report as a prop. */
export async function yearPaths() {
  return (await getReports()).map((report) => ({ params: { year: String(report.year) }, props: { report } }));
}
