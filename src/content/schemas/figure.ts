import { z } from './zod.ts';

/** One key figure of a report (数字看报告), stated verbatim by a sentence of one section. */
export const figureSchema = z.strictObject({
  /** Stable identifier, the same every year for the same measure (compared year over year), e.g. legal-aid-cases */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, {
    message: 'id 只能用小写英文字母、数字和连字符，例如 legal-aid-cases (lowercase letters, digits and hyphens only)',
  }),
  /** What is counted, in Chinese, e.g. 受理法律援助案件 */
  label: z.string().trim().min(1),
  /** The number exactly as the report prints it (without the unit), e.g. 371 or 6988.66 */
  value: z.number().nonnegative(),
  /** The unit printed right after the number, e.g. 件, 万元, %; empty when there is none */
  unit: z.string().trim().default(''),
  /** Slug of the section that states the figure (the part after NN- in its file name), e.g. measures */
  section: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The words of the report that state the figure, copied exactly (one paragraph, value and unit included) */
  quote: z.string().trim().min(1),
});

export type FigureData = z.infer<typeof figureSchema>;
