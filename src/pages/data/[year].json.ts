import type { APIRoute, GetStaticPaths } from 'astro';
import { reportJson } from '../../lib/open-data.ts';
import { reportDataFor } from '../../lib/report-data.ts';
import { yearPaths } from '../../lib/reports.ts';
import type { Report } from '../../lib/report-assembly.ts';

export const getStaticPaths = yearPaths satisfies GetStaticPaths;

/** /data/<year>.json: metadata, sections with paragraphs and ids, figures. */
export const GET: APIRoute = ({ props, site }) =>
  new Response(reportJson(reportDataFor((props as { report: Report }).report, site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
