import type { APIRoute, GetStaticPaths } from 'astro';
import { figuresCsv } from '../../lib/open-data.ts';
import { reportDataFor } from '../../lib/report-data.ts';
import { yearPaths } from '../../lib/reports.ts';
import type { Report } from '../../lib/report-assembly.ts';

export const getStaticPaths = yearPaths satisfies GetStaticPaths;

/** /data/<year>-figures.csv: the key figures, UTF-8 with BOM for Excel. */
export const GET: APIRoute = ({ props, site }) =>
  new Response(figuresCsv(reportDataFor((props as { report: Report }).report, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
