import { readFile, writeFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import { gzipAsync } from '@gfx/zopfli';

/** One of precompress.ts's workers: Zopfli is CPU-bound, so each core compresses its share. */
for (const file of workerData.files as string[]) {
  await writeFile(`${file}.gz`, await gzipAsync(await readFile(file), { numiterations: 5 }));
}
