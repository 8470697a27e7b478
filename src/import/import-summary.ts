import { chineseNumeral } from '../content/chinese-numerals.ts';
import { displayPath } from '../content/paths.ts';
import type { ImportOutcome } from './import-report.ts';
import type { PunctuationKind } from './punctuation-width.ts';
import type { UnplacedReason } from './recognised-report.ts';

const punctuationLabels: Record<PunctuationKind, [string, string]> = {
  comma: ['半角逗号 , 改为 ，', 'comma'],
  semicolon: ['半角分号 ; 改为 ；', 'semicolon'],
  colon: ['半角冒号 : 改为 ：', 'colon'],
  questionMark: ['半角问号 ? 改为 ？', 'question mark'],
  exclamationMark: ['半角叹号 ! 改为 ！', 'exclamation mark'],
  parentheses: ['半角括号 ( ) 改为 （ ）', 'parentheses'],
  fullStop: ['句末半角句点 . 改为 。', 'full stop'],
  quotationMarks: ['直引号 " \' 改为 “ ” ‘ ’', 'quotation marks'],
  documentNumberBrackets: ['文号年份的方括号 [ ] 改为 〔 〕', 'document number brackets'],
};

const unplacedAdvice: Record<UnplacedReason, [string, string]> = {
  portalFurniture: ['网页上的附加文字（如二维码说明、离站提示、发布信息），不是报告正文，无需处理', 'portal page furniture, not report text: nothing to do'],
  portalRegisterData: ['网页上的政务公开信息，不是报告正文；索引号、主题分类可分别填入 report.yaml 的 indexNumber、topic', 'portal register data, not report text; an index number or topic can go into report.yaml'],
  beforeTitle: ['位于标题之前（如版头、发文字号），不是报告正文，无需处理', 'above the title (letterhead, document number): nothing to do'],
  tableBeforeFirstChapter: ['开头段落中不能放表格；如属报告正文，请手工放入相应章节文件', 'a table cannot be part of the preamble; move it into a section file by hand if it belongs there'],
  afterClosing: ['位于结束语之后（如附件说明），网站不显示；如属报告正文，请手工补入相应章节文件', 'after the closing formula (e.g. attachments); add it to a section file by hand if it is report text'],
  afterSignature: ['位于落款之后（如附注、网页文字），网站不显示；如属报告正文，请手工补入相应章节文件', 'after the signature (notes, web page text); add it to a section file by hand if it is report text'],
  dateWithoutIssuer: ['落款只有日期，没有发布机关一行；如需显示落款，请在 report.yaml 中补写 signature 的 issuer 和 date 两项', 'a signature date without an issuer line; add signature (issuer and date) to report.yaml by hand if wanted'],
};

/** What the import did, for staff: in Chinese, with English beside it for engineers. */
export function importSummary(outcome: ImportOutcome): string {
  const { request, report, cleaning, text } = outcome;
  const folder = displayPath(outcome.folder);
  const where = (position: number) => (text.positionUnit === 'line' ? `第 ${position} 行` : `第 ${position} 段`);
  const lines: string[] = [
    `已导入 ${request.name}，创建 ${folder}/（草稿）。`,
    `  (Imported ${request.name} into ${folder}/ as a draft.)`,
    '',
    text.format === 'docx'
      ? `读取：Word 文档（.docx），原文件保存为 ${outcome.keptSource}。(Read a .docx; kept as ${outcome.keptSource}.)`
      : `读取：纯文本（.txt），编码 ${text.encoding}${outcome.reencoded ? `，已转换为 UTF-8 保存为 ${outcome.keptSource}` : `，原文件保存为 ${outcome.keptSource}`}。(Read plain text in ${text.encoding}${outcome.reencoded ? `; kept re-encoded as UTF-8 in ${outcome.keptSource}` : `; kept as ${outcome.keptSource}`}.)`,
    `标题：${outcome.title}${outcome.titleGenerated ? '（原文没有标题，按发布机关和年度生成）(title generated: the document has none)' : ' (title)'}`,
    `主送机关：${report.addressee ?? '无'} (salutation${report.addressee ? '' : ': none'})`,
    `开头段落：${report.preamble.length > 0 ? `${report.preamble.length} 段` : '无，report.yaml 中留有“【待填写】”'} (preamble: ${report.preamble.length} paragraph(s))`,
    `章节：${outcome.chapters.length} 章 (chapters)`,
    ...outcome.chapters.map(({ chapter, file, subsections, paragraphs, tables }) =>
      `  ${chineseNumeral(chapter.number)}、${chapter.title} → ${file.fileName}：${subsections} 个小标题，${paragraphs} 段${tables ? `，${tables} 个表格` : ''}` +
      ` (${subsections} subsection(s), ${paragraphs} paragraph(s)${tables ? `, ${tables} table(s)` : ''})`),
    `结束语：${report.closing ?? '无'} (closing${report.closing ? '' : ': none'})`,
    report.signature
      ? `落款：${report.signature.issuer}　${report.signature.date} (signature)`
      : `落款：无；发布机关取自 site.yaml：${outcome.issuer} (no signature; issuer from site.yaml)`,
    '',
    '文字整理 (text cleaned)：',
    ...cleaningLines(outcome),
  ];

  if (report.unplaced.length > 0) {
    lines.push('', `未放入报告的内容：共 ${report.unplaced.length} 处，没有写入 (not placed, not written)：`);
    for (const { block, reason } of report.unplaced) {
      const content = block.kind === 'paragraph' ? block.text : `表格：${block.rows[0]?.join(' | ') ?? ''}`;
      lines.push(`  ${where(block.position)}“${excerpt(content)}”`, `    ${unplacedAdvice[reason][0]}`, `    (${unplacedAdvice[reason][1]})`);
    }
  }

  const warnings = [
    ...outcome.chapters.filter(({ paragraphs, tables, subsections }) => paragraphs + tables + subsections === 0).map(({ chapter, file }) =>
      `第${chineseNumeral(chapter.number)}章没有正文，请对照原文检查 ${file.fileName}。(Chapter ${chapter.number} has no text.)`),
    ...(outcome.otherYearNamed ? [`原文${report.title ? '标题' : '开头'}中的年度是 ${outcome.otherYearNamed}，与导入的年度 ${request.year} 不一致，请确认。(The document names ${outcome.otherYearNamed}, not ${request.year}.)`] : []),
    ...outcome.toPlace.map((problem) => `${problem.zh.replace(/。报告的文字和数字[^]*$/, '')}：请把未放入报告的内容补进相应位置，或确认原文无误。(${problem.en})`),
    ...(outcome.otherProblems.length > 0 ? [`其他文件有 ${outcome.otherProblems.length} 处内容问题（与本次导入无关），运行 npm run check 查看。(${outcome.otherProblems.length} problem(s) in other content.)`] : []),
  ];
  if (warnings.length > 0) lines.push('', '请注意 (warnings)：', ...warnings.map((warning) => `  ${warning}`));

  lines.push(
    '',
    '接下来 (next steps)：',
    '  1. npm run check    检查内容 (check the content)',
    '  2. npm run dev      在本机预览，逐段对照原文核对（草稿页面顶部有“草稿”提示）(preview and compare with the document)',
    '  3. 在 report.yaml 中核对摘要 summary，按需填写关键数字 figures (review the summary, add key figures)',
    '  4. 核对无误后，把 report.yaml 中的 draft: true 改为 draft: false，再运行 npm run check (set draft: false, check again)',
    `  5. git add ${folder} && git commit -m "Add the ${request.year} report"    提交 (commit)`,
  );
  return lines.join('\n');
}

function cleaningLines({ cleaning }: ImportOutcome): string[] {
  const lines = [
    ...(cleaning.fullWidthIndent ? [`  去掉行首的全角空格缩进：${cleaning.fullWidthIndent} 行 (full-width indentation removed)`] : []),
    ...(cleaning.otherWhitespace ? [`  去掉行首行尾的其他空白：${cleaning.otherWhitespace} 行 (other leading/trailing whitespace removed)`] : []),
    ...(cleaning.emptyLines ? [`  删除空行：${cleaning.emptyLines} 行 (empty lines removed)`] : []),
    ...(Object.keys(punctuationLabels) as PunctuationKind[])
      .filter((kind) => cleaning.punctuation[kind])
      .map((kind) => `  ${punctuationLabels[kind][0]}：${cleaning.punctuation[kind]} 处 (${punctuationLabels[kind][1]} made full width)`),
  ];
  return lines.length > 0 ? lines : ['  没有需要整理的地方 (nothing to clean)'];
}

function excerpt(text: string): string {
  const characters = [...text];
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}……` : text;
}
