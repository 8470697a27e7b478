import { z } from './zod.ts';
import { figureSchema } from './figure.ts';

/** content/reports/<year>/report.yaml: one year's report. */
export const reportSchema = z.strictObject({
  /** Title of the report as shown on the cover */
  title: z.string().trim().min(1),
  /** The year the report covers; must equal the folder name */
  year: z.number().int().min(2000).max(2100),
  /** The body that issued the report */
  issuer: z.string().trim().min(1),
  /** Date of publication, only when known (YYYY-MM-DD); never the build date */
  published: z.iso.date().optional(),
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
  /** Key figures (数字看报告), each checked against the words of its section */
  figures: z.array(figureSchema).default([]),
});

export type ReportData = z.infer<typeof reportSchema>;
