import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getReports } from '../../content/reports.ts';

/**
 * /<year>/source.docx or .txt: the official document the report was published from, copied as
 * content/ keeps it. (nginx names its type by the extension, see deploy/nginx.conf.)
 */
export const getStaticPaths = (async () => (await getReports()).flatMap((report) => (report.officialDocument
  ? [{ params: { year: String(report.year), extension: report.officialDocument.extension }, props: { file: report.officialDocument.file } }]
  : []))) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => new Response(readFileSync(resolve(props.file)));
