import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file of a built site, as a path relative to its folder with / separators, sorted.
 * The precompressed `.gz` copies are encodings of their neighbours, not files of their own.
 */
export function distFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.gz'))
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Every page of a built site as a site path (see src/site/routes.ts): '' for the home page,
 * '2024/full/' for 2024/full/index.html, and '404.html' for the page served at missing URLs.
 */
export function builtPages(dist: string): string[] {
  return distFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The pages a reader navigates to: every page but 404.html, which is served for missing URLs. */
export function readingPages(dist: string): string[] {
  return builtPages(dist).filter((path) => path !== '404.html');
}

/** The file of a built page's site path: '' → index.html, '2024/' → 2024/index.html. */
export function pageFile(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}
