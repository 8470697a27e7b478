import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import './lib/zod-bilingual.ts';
import { contentDir } from './lib/content-paths.ts';
import { reportSchema } from './schemas/report.ts';
import { sectionSchema } from './schemas/section.ts';

const reportsDir = join(contentDir(), 'reports');

/** One entry per year: content/reports/<year>/report.yaml, id = the folder name. */
const reports = defineCollection({
  loader: glob({
    pattern: '*/report.yaml',
    base: reportsDir,
    generateId: ({ entry }) => entry.split('/')[0],
  }),
  schema: reportSchema,
});

/** One entry per section file: content/reports/<year>/NN-slug.md, id = "<year>/NN-slug". */
const sections = defineCollection({
  loader: glob({
    pattern: '*/*.md',
    base: reportsDir,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: sectionSchema,
});

export const collections = { reports, sections };
