import { z } from './zod.ts';

/** Front matter of content/reports/<year>/NN-<slug>.md: one section of a report. */
export const sectionSchema = z.strictObject({
  /** Section title without its number (一、 is added from the file's order), verbatim */
  title: z.string().trim().min(1),
  /** Shorter title for navigation and cards, when the title is long */
  navTitle: z.string().trim().min(1).optional(),
  /** Date this section's content last changed (YYYY-MM-DD), only when known */
  updated: z.iso.date().optional(),
});

export type SectionData = z.infer<typeof sectionSchema>;

/** Section files are named NN-slug.md: NN gives the order, slug the URL. */
export const sectionFileName = /^(\d{2})-([a-z][a-z0-9-]*)\.md$/;
