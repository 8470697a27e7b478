/**
 * Answer a query with exact substring semantics on top of Pagefind. For each run of letters and
 * digits of each term, Pagefind finds the blocks holding it as one quoted phrase of spaced
 * characters (the way the index was built, see termPhrases); blocks must hold every phrase (AND),
 * in reading order (the index's sort key); then each candidate's printed text decides and ranks
 * (verifiedHits), so a near miss is never shown.
 */
import { queryTerms, termPhrases } from '../core/folding.ts';
import { verifiedHits, type SearchHit } from '../core/results.ts';
import type { SearchManifest } from '../core/manifest.ts';
import { loadFolds, loadManifest, loadPagefind, preloadChunks, type PagefindResult } from './pagefind.ts';
import { yieldToMain } from './yield-to-main.ts';

export interface SearchAnswer { terms: string[]; hits: SearchHit[] }

export async function answerQuery(query: string, year: string): Promise<SearchAnswer> {
  const manifest = await loadManifest().catch(() => undefined);
  const answer = await search(query, year, manifest);
  // Nothing found: a query in traditional characters finds nothing before they are folded
  // (see SearchManifest.folds), so fold it and ask again if that changes it.
  if (answer.hits.length > 0 || !manifest) return answer;
  await loadFolds(manifest);
  return queryTerms(query).join('\n') === answer.terms.join('\n') ? answer : search(query, year, manifest);
}

async function search(query: string, year: string, manifest: SearchManifest | undefined): Promise<SearchAnswer> {
  const starting = loadPagefind();
  const terms = queryTerms(query);
  const phrases = [...new Set(terms.flatMap(termPhrases))];
  if (phrases.length === 0) return { terms, hits: [] };
  if (manifest) preloadChunks(manifest, phrases.flatMap((phrase) => phrase.split(' ')));
  const pagefind = await starting;
  await yieldToMain();
  const filters: Record<string, string> = year ? { year } : {};
  const options = { filters, sort: { order: 'asc' as const } };
  const perPhrase = await Promise.all(phrases.map(async (phrase) => (await pagefind.search(`"${phrase}"`, options))?.results ?? []));
  const [first, ...others] = perPhrase;
  const inAll = first.filter((result: PagefindResult) => others.every((results) => results.some((other) => other.id === result.id)));
  await yieldToMain();
  const candidates = await Promise.all(inAll.map((result) => result.data()));
  await yieldToMain();
  return { terms, hits: verifiedHits(candidates, terms) };
}
