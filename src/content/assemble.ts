import type { Heading } from '../markdown/rehype-block-ids.ts';
import type { TextLine } from '../markdown/remark-collect-text.ts';
import { reservedSectionSlugs } from '../site/routes.ts';
import { chineseNumeral } from './chinese-numerals.ts';
import { checkFigures, type Figure } from './figures.ts';
import { checkInternalLinks } from './links.ts';
import { ContentError, lineOf, type ContentProblem } from './problems.ts';
import { sectionBlocks, type ReportBlock } from './report-blocks.ts';
import type { ReportData } from './schemas/report.ts';
import { sectionFileName, type SectionData } from './schemas/section.ts';
import { templateMarker } from './template-marker.ts';
import { compareWithOfficialText, type WrittenText } from './verbatim.ts';

/** The official document kept beside a report: content/reports/<year>/source.docx or source.txt. */
export interface OfficialDocument {
  /** Project-relative path */
  file: string;
  /** docx or txt */
  extension: string;
  /** Size in bytes, for the download link */
  bytes: number;
}

export interface ReportEntry {
  folder: string;
  file: string;
  data: ReportData;
  source?: string;
  /** The official document and its text, paragraph by paragraph, when the folder holds one */
  officialDocument?: OfficialDocument & { paragraphs: string[] };
}
export interface SectionEntry {
  id: string;
  file: string;
  data: SectionData;
  html: string;
  headings: Heading[];
  /** The text block by block with its lines, for the comparison with the official document */
  textLines: TextLine[];
  /** The whole file as written, for line numbers in messages */
  source?: string;
}

export interface AssemblyOptions {
  /** The site's sub-path, which internal links in the rendered HTML start with */
  base?: string;
}

export interface Section extends SectionData {
  year: number;
  order: number;
  slug: string;
  /** 一、二、… from the order */
  number: string;
  /** Number and title, as printed: 一、主要举措和成效 */
  heading: string;
  /** Label for navigation: navTitle when set, else the title */
  label: string;
  html: string;
  headings: Heading[];
  /** Headings and paragraphs with their ids, in reading order */
  blocks: ReportBlock[];
  /** Project-relative path of the section file */
  file: string;
}

export interface Report extends Omit<ReportData, 'figures'> {
  /** Project-relative path of report.yaml */
  file: string;
  /** The official document the report was published from, offered for download */
  officialDocument?: OfficialDocument;
  sections: Section[];
  /** Key figures, each checked against its section and linked to its paragraph */
  figures: Figure[];
}

/**
 * Join report.yaml files and section files into reports and check everything a single
 * file's schema cannot see: folder names, file names, unique order and slug, key figures
 * against the text, internal links, template placeholders left in a published report. All
 * problems are collected first so staff can fix them in one go.
 */
export function assembleReports(reportEntries: ReportEntry[], sectionEntries: SectionEntry[], options: AssemblyOptions = {}): Report[] {
  const problems: ContentProblem[] = [];
  const byYear = new Map<string, Report>();
  const reportInFolder = new Map(reportEntries.map((entry) => [entry.folder, entry]));
  // The files as written, for line numbers in messages
  const sources = new Map([...reportEntries, ...sectionEntries].map((entry) => [entry.file, entry.source]));
  const sourceOf = (file: string) => sources.get(file);

  for (const { folder, file, data } of reportEntries) {
    if (String(data.year) !== folder) {
      const other = reportInFolder.get(String(data.year));
      problems.push({
        file, field: 'year',
        zh: other
          ? `年度 ${data.year} 与 ${other.file} 重复：每个年度只能有一份报告。请改正 year（应为 ${folder}）`
          : `年度 ${data.year} 与所在文件夹 ${folder} 不一致，请把文件夹改名为 ${data.year} 或改正 year`,
        en: other
          ? `year ${data.year} is already the year of ${other.file}; one report per year (expected ${folder})`
          : `year ${data.year} does not match folder ${folder}`,
      });
      continue;
    }
    const officialDocument = reportEntries.find((entry) => entry.folder === folder)?.officialDocument;
    byYear.set(folder, {
      ...data, file, sections: [], figures: [],
      ...(officialDocument ? { officialDocument: { file: officialDocument.file, extension: officialDocument.extension, bytes: officialDocument.bytes } } : {}),
    });
  }

  for (const entry of sectionEntries) {
    const [folder, name] = entry.id.split('/');
    const match = sectionFileName.exec(`${name}.md`);
    const report = byYear.get(folder);
    if (!match) {
      problems.push({
        file: entry.file,
        zh: '章节文件名须为“两位序号-英文小写名称.md”，例如 01-measures.md',
        en: 'section files must be named NN-slug.md, e.g. 01-measures.md',
      });
      continue;
    }
    if (!report) {
      problems.push({
        file: entry.file,
        zh: `文件夹 ${folder} 中没有 report.yaml（或其内容有误），该章节无法归属到任何报告`,
        en: `no valid report.yaml in folder ${folder}`,
      });
      continue;
    }
    const order = Number(match[1]);
    const slug = match[2];
    if (order < 1 || reservedSectionSlugs.includes(slug)) {
      problems.push({
        file: entry.file,
        zh: order < 1 ? '章节序号须从 01 开始' : `章节名称 ${slug} 已被网站占用，请换一个`,
        en: order < 1 ? 'section numbers start at 01' : `section slug "${slug}" is reserved`,
      });
      continue;
    }
    const number = chineseNumeral(order);
    report.sections.push({
      ...entry.data,
      year: report.year,
      order,
      slug,
      number,
      heading: `${number}、${entry.data.title}`,
      label: entry.data.navTitle ?? entry.data.title,
      html: entry.html,
      headings: entry.headings,
      blocks: sectionBlocks(entry.html),
      file: entry.file,
    });
  }

  for (const report of byYear.values()) {
    report.sections.sort((a, b) => a.order - b.order);
    if (report.sections.length === 0) {
      problems.push({ file: report.file, zh: '该年度报告没有任何章节文件（01-xxx.md）', en: 'report has no section files' });
    }
    problems.push(...duplicates(report.sections, (s) => s.order, (s, first) => ({
      file: s.file,
      zh: `章节序号 ${String(s.order).padStart(2, '0')} 与 ${first.file} 重复`,
      en: `section number ${s.order} is also used by ${first.file}`,
    })));
    problems.push(...duplicates(report.sections, (s) => s.slug, (s, first) => ({
      file: s.file,
      zh: `章节名称 ${s.slug} 与 ${first.file} 重复`,
      en: `section slug "${s.slug}" is also used by ${first.file}`,
    })));
    const entry = reportEntries.find((candidate) => candidate.file === report.file)!;
    const checked = checkFigures(
      entry.data.figures,
      new Map(report.sections.map((section) => [section.slug, { file: section.file, blocks: section.blocks }])),
      report.file,
      sourceOf(report.file),
    );
    report.figures = checked.figures;
    problems.push(...checked.problems);
    if (!report.draft) problems.push(...unfinishedTemplate(report, sourceOf));
    problems.push(...differencesFromOfficialText(report, entry, sectionEntries, sourceOf));
  }
  problems.push(...checkInternalLinks([...byYear.values()], options.base ?? '/', sourceOf));

  if (problems.length > 0) throw new ContentError(problems);
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

/**
 * A published report must keep the official document it was published from, and say what it
 * says: every word and number, in order (see verbatim.ts). A draft is checked once it has one.
 */
function differencesFromOfficialText(report: Report, entry: ReportEntry, sectionEntries: SectionEntry[], sourceOf: (file: string) => string | undefined): ContentProblem[] {
  const document = entry.officialDocument;
  if (!document) {
    return report.draft ? [] : [{
      file: report.file,
      zh: '已发布的报告须在年度文件夹中保留正式文本 source.docx 或 source.txt（用 npm run import-report 导入时会自动保存），网站据此核对报告的每一个字',
      en: 'a published report needs its official document beside it (source.docx or source.txt)',
    }];
  }
  const source = sourceOf(report.file);
  const field = (name: string, text: string | undefined): WrittenText[] => (text ? [{ file: report.file, line: lineOf(source, `${name}:`), text }] : []);
  const written: WrittenText[] = [
    ...field('addressee', report.addressee),
    ...field('preamble', report.preamble),
    ...report.sections.flatMap((section) => {
      const sectionEntry = sectionEntries.find((candidate) => candidate.file === section.file)!;
      return [
        { file: section.file, line: lineOf(sectionEntry.source, 'title:'), text: section.heading },
        ...sectionEntry.textLines.map(({ line, text }) => ({ file: section.file, line, text })),
      ];
    }),
    ...field('closing', report.closing),
    ...field('signature', report.signature && `${report.signature.issuer}${report.signature.date}`),
  ];
  const problem = compareWithOfficialText(field('title', report.title)[0], written, document.paragraphs, document.file, { endsWithSignature: report.signature !== undefined });
  return problem ? [problem] : [];
}

/** A report still holding the template's placeholder cannot be published. */
function unfinishedTemplate(report: Report, sourceOf: (file: string) => string | undefined): ContentProblem[] {
  return [report.file, ...report.sections.map((section) => section.file)]
    .map((file) => ({ file, source: sourceOf(file) }))
    .filter(({ source }) => source?.includes(templateMarker))
    .map(({ file, source }) => ({
      file,
      line: source!.slice(0, source!.indexOf(templateMarker)).split('\n').length,
      zh: `仍有未填写的模板内容“${templateMarker}”。请填写，或在 report.yaml 中保留 draft: true 暂不发布`,
      en: `template placeholder ${templateMarker} left in a report that is not a draft`,
    }));
}

function duplicates<T, K>(items: T[], key: (item: T) => K, problem: (item: T, first: T) => ContentProblem): ContentProblem[] {
  const seen = new Map<K, T>();
  const found: ContentProblem[] = [];
  for (const item of items) {
    const first = seen.get(key(item));
    if (first) found.push(problem(item, first));
    else seen.set(key(item), item);
  }
  return found;
}
