import { z } from '../lib/zod-bilingual.ts';

/**
 * An unquoted date in YAML (published: 2024-12-31) reaches the schema as a Date from Astro's
 * YAML loader; staff should not have to know about quotes, so it becomes YYYY-MM-DD again.
 */
function yamlDateToString(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** content/reports/<year>/report.yaml: one year's report. */
export const reportSchema = z.strictObject({
  /** Title of the report as shown on the cover */
  title: z.string().trim().min(1),
  /** The year the report covers; must equal the folder name */
  year: z.number().int().min(2000).max(2100),
  /** The body that issued the report */
  issuer: z.string().trim().min(1),
  /** Date of publication, only when known (YYYY-MM-DD); never the build date */
  published: z.preprocess(yamlDateToString, z.iso.date()).optional(),
  /** 索引号: the report's index number in the government information register, only when known */
  indexNumber: z.string().trim().min(1).optional(),
  /** 主题分类: subject classification in the register, only when known */
  topic: z.string().trim().min(1).optional(),
  /** Keywords for the page meta tags read by government-site platforms */
  keywords: z.array(z.string().trim().min(1)).default([]),
  /** One or two sentences about the report, for the cover and search engines (not report text) */
  summary: z.string().trim().min(1),
  /** The report's opening paragraph, verbatim */
  preamble: z.string().trim().min(1),
  /** A draft is shown in `npm run dev` only, never published */
  draft: z.boolean().default(false),
});

export type ReportData = z.infer<typeof reportSchema>;
