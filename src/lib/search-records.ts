import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { foldForSearch, spacedCharacters } from './search-folding.ts';

/** One heading or paragraph of the report text as a reader sees it on a page. */
export interface ReportBlock { id: string; heading: boolean; text: string }

/** A rendered page reduced to what search needs: its title (the h1) and its report blocks. */
export interface PageBlocks { title: string; blocks: ReportBlock[] }

const blockTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
/** Page furniture inside the report body that is not report text (contents lists, source line). */
const furnitureClasses = new Set(['prose__source', 'updated']);

function isElement(node: RootContent | Root): node is Element {
  return node.type === 'element';
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function findAll(node: Root | Element, test: (element: Element) => boolean, skip: (element: Element) => boolean = () => false): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (!isElement(child) || skip(child)) continue;
    if (test(child)) found.push(child);
    else found.push(...findAll(child, test, skip));
  }
  return found;
}

/**
 * The report blocks of a rendered page: every heading and paragraph with an id inside
 * [data-report-body], skipping navigation and furniture, in reading order.
 */
export function pageBlocks(html: string): PageBlocks {
  const tree = fromHtml(html);
  const [title] = findAll(tree, (element) => element.tagName === 'h1');
  const bodies = findAll(tree, (element) => element.properties.dataReportBody !== undefined);
  const blocks = bodies.flatMap((body) => findAll(
    body,
    (element) => blockTags.has(element.tagName),
    (element) => element.tagName === 'nav' || classes(element).some((name) => furnitureClasses.has(name)),
  ))
    .filter((element) => typeof element.properties.id === 'string')
    .map((element) => ({ id: String(element.properties.id), heading: element.tagName !== 'p', text: toString(element).trim() }));
  return { title: title ? toString(title).trim() : '', blocks };
}

/** Pagefind's custom record, as the integration hands it to addCustomRecord. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface RecordSource {
  /** site path of the page the block links to, without the base path: /2024/measures/ */
  pagePath: string;
  /** title shown with the result: the section heading, or the report title for the cover */
  title: string;
  year: number;
  block: ReportBlock;
  /** position of the block in reading order across all reports, for ranking */
  order: number;
  /** Pagefind language code; must equal the pages' <html lang> lower-cased */
  language: string;
}

/**
 * One Pagefind record per block. The indexed content is the folded text as spaced
 * characters (see spacedCharacters); the text as printed travels in meta.text, from which
 * the browser verifies the match, counts occurrences and cuts the excerpt.
 */
export function searchRecord(source: RecordSource): SearchRecord {
  return {
    url: `${source.pagePath}#${source.block.id}`,
    content: spacedCharacters(foldForSearch(source.block.text)),
    language: source.language,
    meta: {
      title: source.title,
      year: String(source.year),
      text: source.block.text,
      heading: source.block.heading ? '1' : '0',
      order: String(source.order),
    },
    filters: { year: [String(source.year)] },
  };
}
