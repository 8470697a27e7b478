import type { ReportData } from '../schemas/report.ts';
import { sectionFileName, type SectionData } from '../schemas/section.ts';
import { chineseNumeral } from './chinese-numerals.ts';
import { ContentError, type ContentProblem } from './content-error.ts';

/** Slugs that would collide with the report's own pages. */
const reservedSlugs = new Set(['full']);

export interface Heading { depth: number; slug: string; text: string }

export interface ReportEntry { folder: string; file: string; data: ReportData }
export interface SectionEntry {
  id: string;
  file: string;
  data: SectionData;
  html: string;
  headings: Heading[];
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
  file: string;
}

export interface Report extends ReportData {
  file: string;
  sections: Section[];
}

/**
 * Join report.yaml files and section files into reports and check everything a single
 * file's schema cannot see: folder names, file names, unique order and slug. All problems
 * are collected first so staff can fix them in one go.
 */
export function assembleReports(reportEntries: ReportEntry[], sectionEntries: SectionEntry[]): Report[] {
  const problems: ContentProblem[] = [];
  const byYear = new Map<string, Report>();

  for (const { folder, file, data } of reportEntries) {
    if (String(data.year) !== folder) {
      problems.push({
        file, field: 'year',
        zh: `年度 ${data.year} 与所在文件夹 ${folder} 不一致，请把文件夹改名为 ${data.year} 或改正 year`,
        en: `year ${data.year} does not match folder ${folder}`,
      });
      continue;
    }
    byYear.set(folder, { ...data, file, sections: [] });
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
    if (order < 1 || reservedSlugs.has(slug)) {
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
  }

  if (problems.length > 0) throw new ContentError(problems);
  return [...byYear.values()].sort((a, b) => b.year - a.year);
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
