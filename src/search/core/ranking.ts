/** What ranking needs to know about a verified result. */
export interface RankedHit {
  /** heading results come before paragraph results */
  heading: boolean;
  /** occurrences of all query terms in the block */
  count: number;
  /** position of the block among the candidates: newest report first, then reading order */
  order: number;
}

/**
 * Deterministic ranking: matches in headings first, then by number of occurrences, then by
 * order in the report. No scores from the index take part, so the same query always gives
 * the same list.
 */
export function compareHits(a: RankedHit, b: RankedHit): number {
  return Number(b.heading) - Number(a.heading) || b.count - a.count || a.order - b.order;
}
