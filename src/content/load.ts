import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { t } from '../i18n/zh-CN.ts';
import { createSectionRenderer } from '../markdown/pipeline.ts';
import { assembleReports, type Report, type ReportEntry, type SectionEntry } from './assemble.ts';
import { splitFrontMatter } from './front-matter.ts';
import { readOfficialDocument } from './official-document.ts';
import { contentDir, contentFiles, displayPath, officialDocumentFiles, sectionFiles, yearFolders } from './paths.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import { reportSchema } from './schemas/report.ts';
import { sectionSchema } from './schemas/section.ts';
import type { SiteConfig } from './schemas/site.ts';
import { loadSiteSettings } from './site-settings.ts';
import { parseYaml } from './yaml.ts';

export interface Content {
  site: SiteConfig;
  /** Every report, drafts included, newest first */
  reports: Report[];
}

/**
 * The one way content is read. Every file under the content root is found by the patterns of
 * paths.ts, YAML is parsed by `yaml`, front matter split by Astro's reader, data validated by the
 * schemas, Markdown rendered by src/markdown with the site's settings, then the reports are
 * assembled and checked across files. Problems of every file are collected, so staff see all of
 * them at once (a ContentError); what could not be read is not assembled.
 *
 * Callers: `npm run check`, the pre-check of `npm run build`, and the Astro collection
 * (src/content/collection.ts). The build reads the content twice on purpose: the pre-check runs
 * before Astro starts, so a mistake ends in our message alone instead of Astro's error report.
 */
export async function loadContent(root = contentDir()): Promise<Content> {
  const problems: ContentProblem[] = [];
  const collect = async <T>(work: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined;
    }
  };

  const site = await collect(() => loadSiteSettings(root));
  const base = site?.basePath ?? '/';
  const renderSection = createSectionRenderer({
    base,
    siteUrl: site ? new URL(site.basePath, site.url).href : 'https://invalid.example/',
    ownDomains: site?.ownDomains ?? [],
    externalLinkLabel: t.externalLink,
    tableLabel: t.table,
  });
  const reportEntries: ReportEntry[] = [];
  const sectionEntries: SectionEntry[] = [];

  for (const folder of yearFolders(root)) {
    const reportPath = join(root, contentFiles.report(folder));
    let reportRead = false;
    if (!existsSync(reportPath)) {
      problems.push({ file: displayPath(reportPath), zh: '缺少 report.yaml 文件，每个年度文件夹都需要一个', en: 'report.yaml missing' });
    } else {
      const file = displayPath(reportPath);
      const source = readFileSync(reportPath, 'utf8');
      const data = await collect(() => parseYaml(source, file, reportSchema));
      const documents = officialDocumentFiles(root, folder);
      if (documents.length > 1) {
        problems.push({ file: displayPath(documents[1]), zh: `一个年度只能保留一份正式文本，请删除多余的文件（已有 ${displayPath(documents[0])}）`, en: 'more than one official document in this folder' });
      }
      const officialDocument = documents.length === 1 ? await collect(() => readOfficialDocument(documents[0], displayPath(documents[0]))) : undefined;
      if (data) reportEntries.push({ folder, file, data, source, ...(officialDocument ? { officialDocument } : {}) });
      reportRead = data !== undefined;
    }
    for (const path of sectionFiles(root, folder)) {
      const file = displayPath(path);
      const source = readFileSync(path, 'utf8');
      const name = basename(path, '.md');
      // A section whose front matter has a mistake is still rendered and checked, so that staff
      // see the problems of its text too; its placeholder title never reaches a page.
      const parts = await collect(() => splitFrontMatter(source, file));
      const data = (parts && await collect(() => parseYaml(parts.frontMatter, file, sectionSchema))) ?? { title: '' };
      // The slug prefixes the block ids; a malformed file name is reported by the assembly.
      const rendered = await renderSection(parts?.body ?? source, name.replace(/^\d+-/, ''));
      problems.push(...rendered.problems.map((problem) => ({ file, ...problem })));
      // Sections of a report.yaml that could not be read would only repeat its problem.
      if (reportRead) sectionEntries.push({ id: `${folder}/${name}`, file, data, source, html: rendered.html, headings: rendered.headings, textLines: rendered.textLines });
    }
  }
  const reports = await collect(() => assembleReports(reportEntries, sectionEntries, { base }));
  if (problems.length > 0 || !site || !reports) throw new ContentError(problems);
  return { site, reports };
}
