import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolve, sep } from 'node:path';
import type { Report } from './assemble.ts';
import { loadContent } from './load.ts';
import { contentDir } from './paths.ts';

/**
 * The Astro collection of reports, filled by the project's one content loader (load.ts): one
 * entry per year, the assembled report with its rendered sections. In `npm run dev` any change
 * under the content root loads the whole tree again (it takes well under a second), and Astro
 * reloads the page.
 */
export function reportsLoader(): Loader {
  const root = contentDir();
  return {
    name: 'report-content',
    // Already validated by load.ts; the schema only gives getCollection() its type.
    schema: z.custom<Report>(),
    load: async ({ store, watcher, logger }) => {
      const sync = async () => {
        const { reports } = await loadContent(root);
        store.clear();
        for (const report of reports) store.set({ id: String(report.year), data: { ...report } });
      };
      await sync();
      if (!watcher) return;
      watcher.add(root);
      watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(root + sep)) return;
        sync().then(() => logger.info('内容已重新载入 (content reloaded)'), (error: Error) => logger.error(error.message));
      });
    },
  };
}
