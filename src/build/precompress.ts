import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { routes } from '../site/routes.ts';
import { distFiles } from './dist-files.ts';

/**
 * What a first visit downloads: pages, styles, scripts, icons. Data files, feeds and sitemaps
 * are fetched rarely and left to the server's on-the-fly gzip; the search index gets its own `.gz`
 * files from the search build (src/search/build/bundle.ts, storeUnpacked).
 */
export const precompressedExtensions = ['.html', '.css', '.js', '.mjs', '.svg'];

/**
 * Not on a first visit: the pages' QR codes load lazily, on wide screens and in print only. There
 * is one per page, and Zopfli's cost is mostly per file: nginx compresses them on the fly.
 */
const notPrecompressed = (file: string) => file.startsWith(routes.pageQrFolder());

/** Below a few hundred bytes gzip's header outweighs the gain; nginx skips such files too. */
const minimumBytes = 256;

/**
 * Write a `.gz` beside every such file of the build, compressed with Zopfli: valid gzip some
 * 5–8 % smaller than what a server compresses on the fly, which keeps a section page within its
 * 10 KB budget on a slow phone line. nginx sends these files as they are (`gzip_static on` in
 * deploy/nginx.conf). Zopfli is slow on Chinese text, so the files are shared out among
 * worker threads, one per core.
 */
export async function precompressDirectory(dir: string): Promise<number> {
  const files = distFiles(dir)
    .filter((file) => precompressedExtensions.some((extension) => file.endsWith(extension)) && !notPrecompressed(file))
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).size >= minimumBytes);

  const workers = Math.max(1, Math.min(availableParallelism(), files.length));
  const shares = Array.from({ length: workers }, (_, index) => files.filter((_, at) => at % workers === index));
  await Promise.all(shares.map((share) => new Promise<void>((resolve, reject) => {
    const worker = new Worker(fileURLToPath(new URL('./zopfli-worker.ts', import.meta.url)), { workerData: { files: share } });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`zopfli worker exited with ${code}`))));
  })));
  return files.length;
}

export default function precompress(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await precompressDirectory(fileURLToPath(dir));
        logger.info(`gzip (Zopfli) beside ${count} files`);
      },
    },
  };
}
