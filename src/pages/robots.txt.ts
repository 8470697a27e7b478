import type { APIRoute } from 'astro';
import { urls } from '../site/urls.ts';

/** robots.txt pointing crawlers at the sitemap, which lives under the site's sub-path. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(urls.sitemap(), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
