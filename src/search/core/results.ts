import { foldForSearch } from './folding.ts';
import { countMatches } from './matching.ts';
import { compareHits, type RankedHit } from './ranking.ts';

/** What the index returns for a candidate block (Pagefind's result.data(), reduced). */
export interface Candidate {
  url: string;
  /** the block's characters, one word each, separated by spaces (see src/search/build/records.ts) */
  content: string;
  /** title, and text when the content cannot give the printed text */
  meta: Record<string, string>;
  /** year and kind (heading or paragraph) */
  filters: Record<string, string[]>;
}

export interface SearchHit extends RankedHit {
  url: string;
  title: string;
  year: string;
  text: string;
}

/** The printed text of a candidate: its content without the spaces between words, or meta.text. */
export function printedText(candidate: Pick<Candidate, 'content' | 'meta'>): string {
  return candidate.meta.text ?? candidate.content.replace(/[ \u200B]/g, '');
}

/**
 * Decide and order the results: a candidate from the index is a result only when its text,
 * as printed, contains every term (see matchOffsets for the exact rule); then rank them.
 * Candidates come in reading order (the index's sort key), which is the last ranking criterion.
 */
export function verifiedHits(candidates: Candidate[], terms: string[]): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const [order, candidate] of candidates.entries()) {
    const text = printedText(candidate);
    const count = countMatches(foldForSearch(text), terms);
    if (count === 0) continue;
    hits.push({
      url: candidate.url,
      title: candidate.meta.title ?? '',
      year: candidate.filters.year?.[0] ?? '',
      text,
      heading: candidate.filters.kind?.includes('heading') ?? false,
      count,
      order,
    });
  }
  return hits.sort(compareHits);
}

/**
 * The link of a result: the paragraph's page, the runs to highlight there as printed (one
 * `hl` parameter each, so the reading page needs no folding code), then the anchor.
 */
export function resultHref(url: string, runs: string[]): string {
  const hash = url.indexOf('#');
  const [page, anchor] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const query = runs.map((run) => `hl=${encodeURIComponent(run)}`).join('&');
  return `${page}${query ? `?${query}` : ''}${anchor}`;
}
