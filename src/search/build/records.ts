import type { ReportBlock } from '../../content/report-blocks.ts';
import { foldForSearch, isIndexable } from '../core/folding.ts';

/** Pagefind's custom record, as the integration hands it to addCustomRecord. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface RecordSource {
  /** site path of the page the block links to, with a leading slash and without the base path: /2024/measures/ */
  pagePath: string;
  /** title shown with the result: the section heading, or the report title for the cover */
  title: string;
  year: number;
  block: ReportBlock;
  /** position of the block in reading order across all reports, for ranking */
  order: number;
}

/**
 * The language of the index records. The content is cut into single characters here, so
 * Pagefind must not cut it again: a Chinese language code would run its segmenter over every
 * character and store a zero-width space after each one in the text the browser downloads.
 * "und" (undetermined) asks for no language processing at all: no segmenter, no stemmer, and
 * Pagefind's smallest WebAssembly. The browser finds the index whatever its page language.
 */
export const indexLanguage = 'und';

/**
 * The words of a block for the index: every character, punctuation included, as a word of its
 * own, separated by spaces (see termPhrases). A character is indexed folded (行政複議 → 行政复议,
 * ２ → 2), but written as printed wherever folding changes nothing but letter case, or nothing
 * that is indexed (，is not a word to Pagefind either way). When every character is written as
 * printed and the block has no whitespace, its text is its content with the spaces taken out,
 * and the record need not carry the text a second time.
 */
export function contentWords(text: string): { words: string[]; printed: boolean } {
  const words: string[] = [];
  let printed = true;
  for (const character of text) {
    if (/\s/u.test(character)) {
      printed = false;
      continue;
    }
    const folded = foldForSearch(character);
    if (folded === character.toLowerCase() || ![...folded].some(isIndexable)) {
      words.push(character);
    } else {
      printed = false;
      words.push(...folded);
    }
  }
  return { words, printed };
}

/**
 * One Pagefind record per block. The browser reads a result's printed text back from its content
 * (or from meta.text when the content cannot give it, see contentWords), verifies the match on it,
 * counts occurrences and cuts the excerpt. Year and kind are filters, and reading order a sort key,
 * rather than metadata: Pagefind indexes every metadata value as searchable words, filters and sort
 * keys it does not.
 */
export function searchRecord(source: RecordSource): SearchRecord {
  const { words, printed } = contentWords(source.block.text);
  return {
    url: `${source.pagePath}#${source.block.id}`,
    content: words.join(' '),
    language: indexLanguage,
    meta: printed ? { title: source.title } : { title: source.title, text: source.block.text },
    filters: { year: [String(source.year)], kind: [source.block.type] },
    sort: { order: String(source.order) },
  };
}
