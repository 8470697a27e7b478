import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { reportMarkdownFor } from '../markdown.ts';
import { reportSchema } from '../schemas/report.ts';
import { sectionSchema } from '../schemas/section.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { contentDir, displayPath } from './content-paths.ts';
import { assembleReports, type Report, type ReportEntry, type SectionEntry } from './report-assembly.ts';
import { siteSchema } from '../schemas/site.ts';
import { parseYaml, readYamlFile } from './yaml-file.ts';

/**
 * Read, validate and render the whole content tree the way the build does (same schemas, same
 * Markdown pipeline, same cross-file assembly), without Astro: `npm run check` and the build
 * wrapper call this before anything is built. Problems of every file are collected, so staff
 * see all of them at once; the result is every report, drafts included.
 */
export async function checkContentTree(root = contentDir()): Promise<Report[]> {
  const problems: ContentProblem[] = [];
  const collect = async <T>(work: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
      return undefined;
    }
  };

  const site = await collect(() => readYamlFile(join(root, 'site.yaml'), siteSchema));
  const base = process.env.BASE_PATH || site?.basePath || '/';
  const renderer = await unified(reportMarkdownFor(base)).createRenderer({});
  const reportsDir = join(root, 'reports');
  const reportEntries: ReportEntry[] = [];
  const sectionEntries: SectionEntry[] = [];

  for (const folder of listDir(reportsDir)) {
    const folderPath = join(reportsDir, folder);
    if (!statSync(folderPath).isDirectory()) continue;
    const reportPath = join(folderPath, 'report.yaml');
    const source = existsSync(reportPath) ? readFileSync(reportPath, 'utf8') : undefined;
    if (source === undefined) {
      problems.push({ file: displayPath(reportPath), zh: '缺少 report.yaml 文件，每个年度文件夹都需要一个', en: 'report.yaml missing' });
    } else {
      const data = await collect(() => parseYaml(source, displayPath(reportPath), reportSchema));
      if (data) reportEntries.push({ folder, file: displayPath(reportPath), data, source });
    }
    for (const name of listDir(folderPath).filter((entry) => entry.endsWith('.md'))) {
      const path = join(folderPath, name);
      const file = displayPath(path);
      const text = readFileSync(path, 'utf8');
      await collect(async () => {
        const { frontMatter, body } = splitFrontMatter(text, file);
        const data = parseYaml(frontMatter, file, sectionSchema);
        const rendered = await quietly(() => renderer.render(body, { fileURL: pathToFileURL(path), frontmatter: data }));
        sectionEntries.push({
          id: `${folder}/${name.replace(/\.md$/, '')}`,
          file, data, source: text,
          html: rendered.code,
          headings: rendered.metadata.headings,
        });
      });
    }
  }
  const reports = await collect(() => problems.length ? [] : assembleReports(reportEntries, sectionEntries, { base }));
  if (problems.length > 0) throw new ContentError(problems);
  return reports!;
}

/**
 * Front matter between the first two --- lines. Both parts keep their line positions (the
 * rest is blanked), so the YAML parser and the Markdown plugins report lines of the file.
 */
function splitFrontMatter(text: string, file: string): { frontMatter: string; body: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw new ContentError({ file, line: 1, zh: '文件须以 --- 开头的头部信息（front matter）开始，其中至少写明 title', en: 'file must start with --- front matter' });
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) {
    throw new ContentError({ file, line: 1, zh: '头部信息没有以 --- 结束，请在 title 等字段之后加一行 ---', en: 'front matter is not closed with ---' });
  }
  const blank = (from: number, to: number) => lines.map((line, index) => (index >= from && index < to ? line : '')).join('\n');
  return { frontMatter: blank(1, end).split('\n').slice(0, end).join('\n'), body: blank(end + 1, lines.length) };
}

/**
 * Astro's Markdown renderer prints every error with its stack trace before rethrowing it; our
 * ContentError is reported once, cleanly, by the caller, so that dump is held back. Files are
 * rendered one at a time, so nothing else logs while console.error is swapped.
 */
async function quietly<T>(work: () => Promise<T>): Promise<T> {
  const error = console.error;
  console.error = () => {};
  try {
    return await work();
  } finally {
    console.error = error;
  }
}

function listDir(path: string): string[] {
  try {
    return readdirSync(path).sort();
  } catch {
    return [];
  }
}
