import { formatProblem, type ContentProblem } from '../content/problems.ts';

/**
 * The import cannot go on with what it was given (no chapters found, the year exists): the
 * message says why and what to do. Nothing has been written.
 */
export class ImportRefusal extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(zh: string, en: string) {
    super(`${zh}\n  (${en})`);
    this.name = 'ImportRefusal';
    this.zh = zh;
    this.en = en;
  }
}

/**
 * The written report did not pass the content check: a mistake of the import itself, never of
 * staff. What it wrote has been removed again; the problems go to an engineer.
 */
export class ImportBug extends Error {
  readonly folder: string;
  readonly problems: ContentProblem[];

  constructor(folder: string, problems: ContentProblem[]) {
    super([
      `导入程序出错：写出的 ${folder} 没有通过内容检查，已删除，未做任何改动。请把报告原文件和以下信息交给技术人员：`,
      `  (Import bug: the written ${folder} failed the content check and was removed. Please report it with the source file.)`,
      ...problems.map(formatProblem),
    ].join('\n'));
    this.name = 'ImportBug';
    this.folder = folder;
    this.problems = problems;
  }
}
