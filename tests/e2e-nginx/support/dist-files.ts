import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(process.cwd(), 'dist');

/**
 * Every file of the build (pages, assets, search index, data), as a path relative to dist/.
 * The precompressed `.gz` copies are encodings of their neighbours, not resources of their own.
 */
export function distFiles(dist = distDir): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (!entry.name.endsWith('.gz')) files.push(relative(dist, path).split(sep).join('/'));
    }
  };
  walk(dist);
  return files.sort();
}

export function fileSize(path: string): number {
  return statSync(join(distDir, path)).size;
}
