import { defineCollection } from 'astro:content';
import { reportsLoader } from './content/collection.ts';

/** One collection: every report of content/, loaded and checked by src/content/load.ts. */
export const collections = { reports: defineCollection({ loader: reportsLoader() }) };
