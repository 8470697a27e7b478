import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML page of the build, as a site path relative to the base ('' for the home page,
 * '2024/full/' …, '404.html'), found in dist/ so that a new page is tested without edits here.
 */
export function builtPages(dist = join(process.cwd(), 'dist')): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return pages
    .map((file) => file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Pages a reader navigates to; 404.html is served for missing URLs, not linked. */
export function readingPages(): string[] {
  return builtPages().filter((path) => path !== '404.html');
}
