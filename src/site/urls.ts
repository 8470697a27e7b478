import { routes } from './routes.ts';

/**
 * The routes with the site's base path in front, for links in pages: the same site works at a
 * domain root and under a sub-path (BASE_URL is site.yaml's basePath, see astro.config.mjs).
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path as a link: sitePath('2024/full/') → /fzzfbg/2024/full/ */
export function sitePath(path = ''): string {
  return base + path.replace(/^\//, '');
}

type Urls = { [name in keyof typeof routes]: (...args: Parameters<(typeof routes)[name]>) => string };

export const urls = Object.fromEntries(Object.entries(routes).map(([name, route]) =>
  [name, (...args: never[]) => sitePath((route as (...a: never[]) => string)(...args))])) as Urls;

/** The site path of a page from its URL path: /fzzfbg/2024/full/ → 2024/full/ */
export function pagePath(pathname: string): string {
  return pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
}

/** Absolute canonical URL of a path, for <link rel="canonical"> and the page QR code. */
export function canonicalUrl(site: URL | string, pathname: string): string {
  return new URL(pathname, site).href;
}
