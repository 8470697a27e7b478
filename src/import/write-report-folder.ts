import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadContent } from '../content/load.ts';
import { displayPath } from '../content/paths.ts';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import { ImportBug, ImportRefusal } from './import-errors.ts';

export interface FileToWrite {
  name: string;
  content: string | Uint8Array;
}

/** What the check said after writing: problems of other years, and what staff must place by hand in the new one. */
export interface CheckAfterImport { otherProblems: ContentProblem[]; toPlace: ContentProblem[] }

/** The problem the comparison with the official document reports (src/content/verbatim.ts). */
const differsFromOfficialText = (problem: ContentProblem) => problem.zh.startsWith('报告文字与正式文本');

/**
 * Create the year folder with its files — never over an existing one — then check the whole
 * content tree with the loader every build uses. Problems of the new folder are the import's
 * own mistake: the folder is removed again and the import fails loudly — except a difference from
 * the official document when the import left lines unplaced (`staffMustPlace`): those staff
 * place by hand, and the check says where. Problems elsewhere (a year being edited) are not the
 * import's business; they are returned to be mentioned.
 */
export async function writeReportFolder(root: string, folder: string, files: FileToWrite[], options: { staffMustPlace: boolean }): Promise<CheckAfterImport> {
  mkdirSync(dirname(folder), { recursive: true });
  try {
    mkdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw existingYear(folder);
  }
  try {
    for (const file of files) writeFileSync(join(folder, file.name), file.content);
    await loadContent(root);
    return { otherProblems: [], toPlace: [] };
  } catch (error) {
    const prefix = `${displayPath(folder)}/`;
    const ofFolder = (problem: ContentProblem) => problem.file.startsWith(prefix);
    if (error instanceof ContentError) {
      const own = error.problems.filter(ofFolder);
      if (own.length === 0 || (options.staffMustPlace && own.every(differsFromOfficialText))) {
        return { otherProblems: error.problems.filter((problem) => !ofFolder(problem)), toPlace: own };
      }
    }
    rmSync(folder, { recursive: true, force: true });
    if (error instanceof ContentError) throw new ImportBug(displayPath(folder), error.problems.filter((problem) => problem.file.startsWith(prefix)));
    throw error;
  }
}

export function existingYear(folder: string): ImportRefusal {
  return new ImportRefusal(
    `${displayPath(folder)} 已经存在，未做任何改动。如需重新导入，请先删除或改名该文件夹`,
    `${displayPath(folder)} already exists; nothing changed`,
  );
}
