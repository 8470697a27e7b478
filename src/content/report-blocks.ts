import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { blockTags, furnitureAttribute, headingTags, reportBodyAttribute } from '../site/report-markup.ts';

/** One heading, paragraph or table row of the report, with the id a reader can link to. */
export interface ReportBlock {
  id: string;
  type: 'heading' | 'paragraph' | 'table-row';
  /** The text as printed */
  text: string;
}

/** hast names attributes in camelCase: data-report-body → dataReportBody. */
const propertyName = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const bodyProperty = propertyName(reportBodyAttribute);
const furnitureProperty = propertyName(furnitureAttribute);

function elementsIn(node: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element' || child.properties[furnitureProperty] !== undefined) continue;
    if (test(child)) found.push(child);
    else found.push(...elementsIn(child, test));
  }
  return found;
}

/** The report blocks inside a report body, in reading order (see src/site/report-markup.ts). */
function blocksIn(body: Root | Element): ReportBlock[] {
  return elementsIn(body, (element) => blockTags.includes(element.tagName))
    .filter((element) => typeof element.properties.id === 'string')
    .map((element) => ({
      id: String(element.properties.id),
      type: headingTags.includes(element.tagName) ? 'heading' : element.tagName === 'tr' ? 'table-row' : 'paragraph',
      // A row's cells read as one line, a space apart
      text: element.tagName === 'tr' ? cellTexts(element).join(' ') : toString(element).trim(),
    }));
}

function cellTexts(row: Element): string[] {
  return row.children.flatMap((cell) => (cell.type === 'element' ? [toString(cell).trim()] : []));
}

/** The blocks of one rendered section: all of its HTML is report text. */
export function sectionBlocks(html: string): ReportBlock[] {
  return blocksIn(fromHtml(html, { fragment: true }));
}

/** A built page reduced to its title (the h1) and the report blocks it prints. */
export function pageBlocks(html: string): { title: string; blocks: ReportBlock[] } {
  const tree = fromHtml(html);
  const [title] = elementsIn(tree, (element) => element.tagName === 'h1');
  const bodies = elementsIn(tree, (element) => element.properties[bodyProperty] !== undefined);
  return { title: title ? toString(title).trim() : '', blocks: bodies.flatMap(blocksIn) };
}
