import { foldForSearch } from './folding.ts';
import { countMatches } from './matching.ts';
import { compareHits, type RankedHit } from './ranking.ts';

/** What the index returns for a candidate block (Pagefind's result.data(), reduced). */
export interface Candidate { url: string; meta: Record<string, string> }

export interface SearchHit extends RankedHit {
  url: string;
  title: string;
  year: string;
  text: string;
}

/**
 * Decide and order the results: a candidate from the index is a result only when its text,
 * as printed, contains every term (see matchOffsets for the exact rule); then rank them.
 */
export function verifiedHits(candidates: Candidate[], terms: string[]): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const { url, meta } of candidates) {
    const count = countMatches(foldForSearch(meta.text ?? ''), terms);
    if (count === 0) continue;
    hits.push({ url, title: meta.title ?? '', year: meta.year ?? '', text: meta.text ?? '', heading: meta.heading === '1', count, order: Number(meta.order ?? 0) });
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
