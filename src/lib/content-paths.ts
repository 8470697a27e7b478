import { resolve, relative, sep } from 'node:path';

/**
 * Root of the editorial content. Tests build fixture content through the very same code
 * by pointing REPORT_CONTENT_DIR elsewhere; everything else reads `content/`.
 */
export function contentDir(): string {
  return resolve(process.cwd(), process.env.REPORT_CONTENT_DIR ?? 'content');
}

/** A path as staff see it in messages: relative to the project root, with forward slashes. */
export function displayPath(absolutePath: string): string {
  return relative(process.cwd(), absolutePath).split(sep).join('/');
}
