import { templateMarker } from '../content/template-marker.ts';
import type { EarlierReports } from './earlier-reports.ts';
import type { RecognisedReport } from './recognised-report.ts';
import { yamlWithComments } from './yaml-text.ts';

export interface ReportYamlInput {
  year: number;
  title: string;
  /** The document has no title; the title was generated */
  titleGenerated: boolean;
  issuer: string;
  summary: string;
  report: RecognisedReport;
  earlier: EarlierReports;
}

export const defaultKeywords = ['法治政府建设', '年度报告'];

/**
 * report.yaml of an imported report, valid against src/content/schemas/report.ts: a draft, with
 * the comments of templates/report/report.yaml. Fields the document does not have are left out;
 * the preamble, which the schema requires, is a placeholder when the document has none, so
 * the draft can be previewed but not published until it is filled in.
 */
export function reportYaml({ year, title, titleGenerated, issuer, summary, report, earlier }: ReportYamlInput): string {
  const preamble = report.preamble.length > 0 ? report.preamble.join('\n\n') : `${templateMarker}原文在第一章之前没有开头段落，请核对后填写`;
  const data: Record<string, unknown> = {
    title,
    year,
    issuer,
    keywords: earlier.keywords?.values ?? defaultKeywords,
    summary,
    ...(report.addressee && { addressee: report.addressee }),
    preamble,
    ...(report.closing && { closing: report.closing }),
    ...(report.signature && { signature: report.signature }),
    draft: true,
    figures: [],
  };
  const figureIds = earlier.figureIds
    ? [`${earlier.figureIds.year}年度报告已有的数字 id（同一数字请沿用）：`, ...earlier.figureIds.figures.map((figure) => `  ${figure.id}：${figure.label}`)]
    : [];
  return yamlWithComments(data, {
    title: titleGenerated ? '报告标题（原文没有标题，此为按发布机关和年度生成的描述性标题）' : '报告标题（原文标题）',
    year: '报告年度（须与文件夹名称一致）',
    issuer: '发布机关',
    keywords: earlier.keywords ? `关键词（沿用${earlier.keywords.year}年度报告）` : '关键词（供政府网站平台读取的 Keywords 元信息）',
    summary: '内容摘要（导入时按章节标题生成，用于首页介绍和搜索引擎描述，不属于报告正文；可以修改）',
    addressee: '主送机关（原文）',
    preamble: '报告开头段落（报告正文，须与正式文本逐字一致；多段之间空一行）',
    closing: '结束语（原文）',
    signature: '落款：发布机关和日期（原文）',
    draft: '草稿：true 时只在本机预览（npm run dev）中显示；核对无误后改为 false 才会发布',
    figures: [
      '数字看报告：报告中的关键数字。每项都会与正文核对：',
      '  quote（引文）须从 section 所指章节中逐字复制（同一段内），value（数值）和 unit（单位）须原样出现在引文中。',
      '  id 请沿用往年同一数字的 id，网站据此显示与上一年度相比的增减。',
      ...figureIds,
      '示例（去掉行首的 # 即可使用）：',
      ' - id: legal-aid-cases',
      '   label: 受理法律援助案件',
      '   value: 371',
      '   unit: 件',
      '   section: measures',
      '   quote: 全年共受理法律援助案件371件',
    ].join('\n'),
  }, {
    header: `${year}年度报告的基本信息，由 npm run import-report 从正式文本导入。核对无误后，把 draft 改为 false 才会发布。\nReport metadata for ${year}, imported from the official text. Set draft to false once checked.`,
    literal: report.preamble.length > 1 ? ['preamble'] : [],
    blankLineBefore: ['draft', 'figures'],
  });
}
