import { z } from 'astro/zod';

/**
 * The published format of /data/<year>.json. The JSON Schema at /data/report.schema.json is
 * generated from this, and the tests validate every built data file against it.
 */
export const openDataReportSchema = z.strictObject({
  year: z.number().int().describe('报告年度 (year the report covers)'),
  title: z.string().describe('报告标题 (title)'),
  issuer: z.string().describe('发布机关 (issuing body)'),
  published: z.iso.date().optional().describe('发布日期，仅在已知时提供 (publication date, only when known)'),
  summary: z.string().describe('内容摘要，非报告正文 (summary, not report text)'),
  addressee: z.string().optional().describe('主送机关，原文有时提供 (salutation line, verbatim, when the report has one)'),
  preamble: z.string().describe('报告开头段落，多段之间以空行分隔 (opening paragraphs, verbatim, separated by an empty line)'),
  closing: z.string().optional().describe('结束语，原文有时提供 (closing formula, verbatim, when the report has one)'),
  signature: z.strictObject({
    issuer: z.string().describe('落款机关 (issuer line)'),
    date: z.string().describe('成文日期，原文写法 (date line as printed)'),
  }).optional().describe('落款 (signature block, when the report has one)'),
  officialDocument: z.url().optional().describe('正式文本（附件）下载地址 (the official document the report was published from)'),
  url: z.url().describe('报告网页 (report page)'),
  sections: z.array(z.strictObject({
    order: z.number().int().describe('章节序号 (section number)'),
    slug: z.string().describe('章节网址名称 (URL name)'),
    title: z.string().describe('章节标题 (title, verbatim)'),
    heading: z.string().describe('带序号的章节标题 (numbered heading)'),
    url: z.url().describe('章节网页 (section page)'),
    updated: z.iso.date().optional().describe('最后更新日期 (last updated)'),
    blocks: z.array(z.strictObject({
      id: z.string().describe('段落锚点，网页地址 # 之后的部分 (anchor id on the section page)'),
      type: z.enum(['heading', 'paragraph', 'table-row']).describe('小标题、段落或表格的一行 (heading, paragraph or table row)'),
      text: z.string().describe('文字，与网页一致 (text as shown)'),
    })),
  })),
  figures: z.array(z.strictObject({
    id: z.string().describe('数字编号，历年不变 (stable id across years)'),
    label: z.string().describe('统计事项 (what is counted)'),
    value: z.number().describe('数值 (value)'),
    unit: z.string().describe('单位 (unit)'),
    section: z.string().describe('所在章节 (section slug)'),
    paragraph: z.string().describe('所在段落锚点 (paragraph id)'),
    quote: z.string().describe('原文引文 (verbatim quote)'),
    url: z.url().describe('原文段落网址 (link to the paragraph)'),
  })),
});

export type OpenDataReport = z.infer<typeof openDataReportSchema>;

/** The JSON Schema document published next to the data. */
export function openDataJsonSchema(id: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(openDataReportSchema, { target: 'draft-2020-12' }),
    $id: id,
    title: '法治政府建设年度报告开放数据 (Rule-of-law government report, open data)',
  };
}
