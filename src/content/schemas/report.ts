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
  /** 主送机关: the salutation line as printed, e.g. 区委： (only when the document has one) */
  addressee: z.string().trim().min(1).optional(),
  /** The report's opening, verbatim; several paragraphs are separated by an empty line */
  preamble: z.string().trim().min(1),
  /** The closing formula as printed, e.g. 特此报告。 (only when the document has one) */
  closing: z.string().trim().min(1).optional(),
  /** 落款: the issuer line and the date line as printed at the end of the document, e.g. 2025年3月28日 */
  signature: z.strictObject({ issuer: z.string().trim().min(1), date: z.string().trim().min(1) }).optional(),
  /** A draft is shown in `npm run dev` only, never published */
  draft: z.boolean().default(false),
  /** Key figures (数字看报告), each checked against the words of its section */
  figures: z.array(figureSchema).default([]),
});

export type ReportData = z.infer<typeof reportSchema>;
