/**
 * An error in the content that staff edit. Its message is written for them: Chinese first,
 * with the file (and field or line where known) named, English beside it for engineers.
 */
export interface ContentProblem {
  /** Path of the file, relative to the project root, e.g. content/reports/2024/report.yaml */
  file: string;
  /** Dotted field path inside the file, e.g. footer.icp */
  field?: string;
  /** 1-based line number where the parser knows it */
  line?: number;
  /** What is wrong and how to fix it, in Chinese */
  zh: string;
  /** The same in English */
  en: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem | ContentProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = list;
  }
}

export function formatProblem({ file, field, line, zh, en }: ContentProblem): string {
  const where = [
    file,
    line ? `第 ${line} 行` : '',
    field ? `字段 “${field}”` : '',
  ].filter(Boolean).join(' ');
  return `内容错误：${where}：${zh}\n  (Content error in ${file}${line ? ` line ${line}` : ''}${field ? ` field "${field}"` : ''}: ${en})`;
}

/** The first line of the source that contains the text, when the source is known. */
export function lineOf(source: string | undefined, text: string): number | undefined {
  if (!source) return undefined;
  const at = source.indexOf(text);
  return at < 0 ? undefined : source.slice(0, at).split('\n').length;
}
