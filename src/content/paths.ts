import { globSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Root of the editorial content. Tests build fixture content through the very same code
 * by pointing REPORT_CONTENT_DIR elsewhere; everything else reads `content/`.
 */
export function contentDir(): string {
  return resolve(process.cwd(), process.env.REPORT_CONTENT_DIR ?? 'content');
}

/** A path as staff see it in messages: relative to the project root, with forward slashes. */
export function displayPath(absolutePath: string): string {
  return relative(process.cwd(), absolutePath).split(sep).join('/');
}

/** Where each kind of file lives under the content root: the one place that says so. */
export const contentFiles = {
  site: 'site.yaml',
  /** One folder per year: content/reports/<year>/ */
  yearFolders: 'reports/*/',
  report: (folder: string) => `reports/${folder}/report.yaml`,
  sections: (folder: string) => `reports/${folder}/*.md`,
  /** The official document the report was made from: source.docx or source.txt */
  officialDocuments: (folder: string) => `reports/${folder}/source.*`,
};

/** The year folders of a content tree, sorted. */
export function yearFolders(root: string): string[] {
  return globSync(contentFiles.yearFolders, { cwd: root }).map((path) => path.replace(/[\\/]+$/, '')).map((path) => path.split(/[\\/]/).pop()!).sort();
}

/** The official documents of a year folder (there should be one), as absolute paths. */
export function officialDocumentFiles(root: string, folder: string): string[] {
  return globSync(contentFiles.officialDocuments(folder), { cwd: root }).sort().map((path) => join(root, path));
}

/** The section files of a year folder, as absolute paths in file-name order. */
export function sectionFiles(root: string, folder: string): string[] {
  return globSync(contentFiles.sections(folder), { cwd: root }).sort().map((path) => join(root, path));
}
