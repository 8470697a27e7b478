import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { reportPaths } from '../../content/reports.ts';
import { reportData, reportJson } from '../../open-data/report-data.ts';
import { canonicalUrl, sitePath } from '../../site/urls.ts';

export const getStaticPaths = reportPaths;

/** /data/<year>.json: metadata, sections with paragraphs and ids, figures. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  new Response(reportJson(reportData(props.report, canonicalUrl(site!, sitePath()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
