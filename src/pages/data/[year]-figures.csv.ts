import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { reportPaths } from '../../content/reports.ts';
import { figuresCsv, reportData } from '../../open-data/report-data.ts';
import { canonicalUrl, sitePath } from '../../site/urls.ts';

export const getStaticPaths = reportPaths;

/** /data/<year>-figures.csv: the key figures, UTF-8 with BOM for Excel. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  new Response(figuresCsv(reportData(props.report, canonicalUrl(site!, sitePath()))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
