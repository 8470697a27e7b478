import type { APIRoute, GetStaticPaths } from 'astro';
import { getReports } from '../../content/reports.ts';
import { pageQrSvg } from '../../site/page-qr.ts';
import { routes, sitePages } from '../../site/routes.ts';
import { canonicalUrl, sitePath } from '../../site/urls.ts';

/**
 * /qr/<page>.svg: the QR code of every page's canonical URL (PageQr.astro). A file of its own
 * rather than inline SVG: phones, which hide it, never download it.
 */
export const getStaticPaths = (async () => sitePages(await getReports())
  .filter((page) => page.kind !== 'file')
  .map((page) => ({ params: { page: routes.pageQr(page.path).replace(/^qr\/|\.svg$/g, '') }, props: { path: page.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props, site }) =>
  new Response(await pageQrSvg(canonicalUrl(site!, sitePath(props.path))), { headers: { 'Content-Type': 'image/svg+xml' } });
