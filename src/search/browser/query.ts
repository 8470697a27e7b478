/**
 * Answer a query with exact substring semantics on top of Pagefind. For each term, Pagefind
 * finds the blocks holding its letters and digits as one quoted phrase of spaced characters
 * (the way the index was built); blocks must hold every term (AND); then each candidate's
 * printed text decides and ranks (verifiedHits), so a near miss is never shown.
 */
import { queryTerms, spacedCharacters } from '../core/folding.ts';
import { verifiedHits, type SearchHit } from '../core/results.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';

export interface SearchAnswer { terms: string[]; hits: SearchHit[] }

export async function answerQuery(query: string, year: string): Promise<SearchAnswer> {
  const terms = queryTerms(query);
  const phrases = terms.map(spacedCharacters).filter(Boolean);
  if (phrases.length === 0) return { terms, hits: [] };
  const pagefind = await loadPagefind();
  const filters = year ? { year } : undefined;
  const perPhrase = await Promise.all(phrases.map(async (phrase) => (await pagefind.search(`"${phrase}"`, { filters }))?.results ?? []));
  const [first, ...others] = perPhrase;
  const inAll = first.filter((result: PagefindResult) => others.every((results) => results.some((other) => other.id === result.id)));
  const candidates = await Promise.all(inAll.map((result) => result.data()));
  return { terms, hits: verifiedHits(candidates, terms) };
}
