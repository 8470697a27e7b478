import type { APIRoute } from 'astro';
import { sitePath } from '../lib/urls.ts';

/** robots.txt pointing crawlers at the sitemap, which lives under the site's sub-path. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('sitemap-index.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
