import { lineOf, type ContentProblem } from './problems.ts';
import type { ReportBlock } from './report-blocks.ts';
import type { FigureData } from './schemas/figure.ts';

/** A figure whose quote was found in its section: it knows the paragraph that states it. */
export interface Figure extends FigureData {
  /** id of the paragraph (or heading) that contains the quote, e.g. measures-p4 */
  paragraph: string;
}

/** The number as the report prints it: JavaScript's shortest decimal form, exact for every figure below 10²¹. */
export function printedValue(value: number): string {
  return String(value);
}

/**
 * True when the quote prints the value followed directly by the unit, and the value is a
 * whole number in the text: 91 is not found in "291项", nor 6988 in "6988.66万元".
 */
export function quoteStatesValue(quote: string, value: number, unit: string): boolean {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const after = unit ? escape(unit) : '(?![\\d.])';
  return new RegExp(`(?<![\\d.])${escape(printedValue(value))}${after}`).test(quote);
}

/**
 * Check each figure against the words of its section and find the paragraph that states it.
 * `sections` maps a section slug to its blocks. Problems name report.yaml and the field.
 */
export function checkFigures(
  figures: FigureData[],
  sections: Map<string, { file: string; blocks: ReportBlock[] }>,
  file: string,
  /** report.yaml as written, for line numbers */
  source?: string,
): { figures: Figure[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const found: Figure[] = [];
  const ids = new Set<string>();
  figures.forEach((figure, index) => {
    const field = (name: string) => `figures.${index}.${name}`;
    if (ids.has(figure.id)) {
      problems.push({ file, field: field('id'), zh: `数字编号 ${figure.id} 重复，每个数字的 id 须不同`, en: `duplicate figure id "${figure.id}"` });
      return;
    }
    ids.add(figure.id);
    const section = sections.get(figure.section);
    if (!section) {
      problems.push({
        file, field: field('section'),
        zh: `没有名为 ${figure.section} 的章节（可用：${[...sections.keys()].join('、')}）`,
        en: `no section "${figure.section}" in this report`,
      });
      return;
    }
    const block = section.blocks.find((candidate) => candidate.text.includes(figure.quote));
    if (!block) {
      problems.push({
        file, field: field('quote'), line: lineOf(source, `quote: ${figure.quote}`),
        zh: `引文“${figure.quote}”在章节文件 ${section.file} 中找不到。引文须从正文逐字复制（同一段内，标点一致）`,
        en: `quote not found verbatim in ${section.file}`,
      });
      return;
    }
    if (!quoteStatesValue(figure.quote, figure.value, figure.unit)) {
      problems.push({
        file, field: field('value'), line: lineOf(source, `quote: ${figure.quote}`),
        zh: `数值“${printedValue(figure.value)}${figure.unit}”不在引文“${figure.quote}”中。数值和单位须与引文中的写法完全一致`,
        en: `value "${printedValue(figure.value)}${figure.unit}" does not appear in its quote`,
      });
      return;
    }
    found.push({ ...figure, paragraph: block.id });
  });
  return { figures: found, problems };
}
