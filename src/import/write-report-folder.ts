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

/**
 * Create the year folder with its files — never over an existing one — then check the whole
 * content tree with the loader every build uses. Problems of the new folder are the import's
 * own mistake: the folder is removed again and the import fails loudly. Problems elsewhere (a
 * year being edited) are not the import's business; they are returned to be mentioned.
 */
export async function writeReportFolder(root: string, folder: string, files: FileToWrite[]): Promise<ContentProblem[]> {
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
    return [];
  } catch (error) {
    const prefix = `${displayPath(folder)}/`;
    if (error instanceof ContentError && !error.problems.some((problem) => problem.file.startsWith(prefix))) return error.problems;
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
