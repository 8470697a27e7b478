import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../content/problems.ts';
import { loadSiteSettings } from '../content/site-settings.ts';
import type { OfficialText } from '../official-text/official-text.ts';
import { readOfficialText } from '../official-text/read-official-text.ts';
import { addChanges, cleanBlocks } from './clean-blocks.ts';
import type { CleanBlock } from './cleaned-text.ts';
import { earlierReports } from './earlier-reports.ts';
import { generatedSummary, generatedTitle } from './generated-metadata.ts';
import type { PunctuationChanges } from './punctuation-width.ts';
import { recogniseReport } from './recognise-report.ts';
import type { Chapter, RecognisedReport } from './recognised-report.ts';
import { reportYaml } from './report-yaml.ts';
import { sectionFile } from './section-markdown.ts';
import { sectionFileNames, type SectionFileName } from './section-slugs.ts';
import { existingYear, writeReportFolder } from './write-report-folder.ts';

export interface ImportRequest {
  year: number;
  /** Where the document is */
  path: string;
  /** The document as staff named it, for messages */
  name: string;
  /** The content root (content/ or REPORT_CONTENT_DIR) */
  root: string;
}

export interface ImportedChapter {
  chapter: Chapter;
  file: SectionFileName;
  subsections: number;
  paragraphs: number;
  tables: number;
}

/** Every cleaning change in the text that was written, by kind. */
export interface CleaningTally {
  fullWidthIndent: number;
  otherWhitespace: number;
  emptyLines: number;
  punctuation: PunctuationChanges;
}

export interface ImportOutcome {
  request: ImportRequest;
  /** The new year folder */
  folder: string;
  text: Pick<OfficialText, 'format' | 'encoding' | 'positionUnit'>;
  /** The document kept beside the report: source.docx or source.txt */
  keptSource: string;
  /** A .txt that was not UTF-8 was kept re-encoded as UTF-8 */
  reencoded: boolean;
  title: string;
  titleGenerated: boolean;
  issuer: string;
  report: RecognisedReport;
  chapters: ImportedChapter[];
  cleaning: CleaningTally;
  /** A year the title (or, without one, the preamble) names that is not the year imported */
  otherYearNamed?: number;
  /** Problems of other content found by the check, not caused by the import */
  otherProblems: ContentProblem[];
  /** Where the new report still differs from its document, because of lines the import could not place */
  toPlace: ContentProblem[];
}

/**
 * npm run import-report: read the official document, clean its text, find the parts of the
 * report, and write content/reports/<year>/ (report.yaml, one file per chapter, the document
 * itself) as a draft that passes the content check. Refusals (an unusable file, no chapters,
 * a year that exists) write nothing.
 */
export async function importReport(request: ImportRequest): Promise<ImportOutcome> {
  const { year, path, name, root } = request;
  const reportsDir = join(root, 'reports');
  const folder = join(reportsDir, String(year));
  if (existsSync(folder)) throw existingYear(folder);

  const text = await readOfficialText(path, name);
  const cleaned = cleanBlocks(text.blocks);
  const report = recogniseReport(cleaned.blocks);

  const issuer = report.signature?.issuer ?? loadSiteSettings(root).issuer;
  const title = report.title ?? generatedTitle(issuer, year);
  const files = sectionFileNames(report.chapters);
  const chapters = report.chapters.map((chapter, index): ImportedChapter => ({
    chapter,
    file: files[index],
    subsections: chapter.blocks.filter((block) => block.kind === 'subheading' || (block.kind === 'paragraph' && block.runInSubheading)).length,
    paragraphs: chapter.blocks.filter((block) => block.kind === 'paragraph').length,
    tables: chapter.blocks.filter((block) => block.kind === 'table').length,
  }));

  const unplaced = new Set(report.unplaced.map(({ block }) => block));
  const keptSource = text.format === 'docx' ? 'source.docx' : 'source.txt';
  // A web page's lines copied with the text (the QR caption, the register data) are not part of the
  // official document: the kept text file leaves them out, as the import does.
  const pageLines = new Set(report.unplaced.filter(({ reason }) => reason === 'portalFurniture' || reason === 'portalRegisterData').map(({ block }) => block.position));
  const keptText = () => {
    // Lines with the break after each, so that everything else is kept exactly as it came.
    const lines = text.decodedText!.match(/[^\n]*(\n|$)/g)!;
    return lines.filter((line, index) => !pageLines.has(index + 1) && !(line === '' && index === lines.length - 1)).join('');
  };
  // Other lines it could not place stay in the document; the check then names where they belong.
  const staffMustPlace = report.unplaced.length > pageLines.size;
  const { otherProblems, toPlace } = await writeReportFolder(root, folder, [
    {
      name: 'report.yaml',
      content: reportYaml({
        year, title, titleGenerated: report.title === undefined, issuer, report,
        summary: generatedSummary(issuer, year, report.chapters.map((chapter) => chapter.title)),
        earlier: earlierReports(reportsDir, year),
      }),
    },
    ...chapters.map(({ chapter, file }) => ({ name: file.fileName, content: sectionFile(chapter, file.navTitle) })),
    // The document itself, for the verbatim check and for whoever checks the import by eye
    { name: keptSource, content: text.format === 'docx' ? readFileSync(path) : Buffer.from(keptText(), 'utf8') },
  ], { staffMustPlace });

  return {
    request,
    folder,
    text: { format: text.format, encoding: text.encoding, positionUnit: text.positionUnit },
    keptSource,
    reencoded: text.format === 'txt' && text.encoding !== 'UTF-8',
    title,
    titleGenerated: report.title === undefined,
    issuer,
    report,
    chapters,
    cleaning: tally(cleaned.blocks.filter((block) => !unplaced.has(block)), cleaned.emptyLines),
    otherYearNamed: otherYearNamed(report.title ?? report.preamble[0] ?? '', year),
    otherProblems,
    toPlace,
  };
}

/** The cleaning changes of the text that was written (lines left unplaced are not). */
function tally(placed: CleanBlock[], emptyLines: number): CleaningTally {
  const total: CleaningTally = { fullWidthIndent: 0, otherWhitespace: 0, emptyLines, punctuation: {} };
  for (const { changes } of placed) {
    if (changes.fullWidthIndent) total.fullWidthIndent++;
    if (changes.otherWhitespace) total.otherWhitespace++;
    addChanges(total.punctuation, changes.punctuation);
  }
  return total;
}

/** The first year a line names (2025年 or 2025年度), when it is not the year being imported. */
function otherYearNamed(line: string, year: number): number | undefined {
  const named = /(\d{4})年/u.exec(line)?.[1];
  return named !== undefined && Number(named) !== year ? Number(named) : undefined;
}
