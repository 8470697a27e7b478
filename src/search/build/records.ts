import type { ReportBlock } from '../../content/report-blocks.ts';
import { foldForSearch, spacedCharacters } from '../core/folding.ts';

/** Pagefind's custom record, as the integration hands it to addCustomRecord. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
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
      heading: source.block.type === 'heading' ? '1' : '0',
      order: String(source.order),
    },
    filters: { year: [String(source.year)] },
  };
}
