/**
 * The search manifest the build writes beside Pagefind's bundle (src/search/build/manifest.ts),
 * as the browser reads it.
 */
/** The manifest's file name in the bundle directory. */
export const manifestFile = 'report-search.json';

/** What the search page fetches first, as a list of addresses, for warming the cache from the header box (a fixed name: every page asks for it). */
export const warmFile = 'report-search-warm.json';

export interface SearchManifest {
  /** Pagefind's metaCacheTag: the index's own hash, so the entry file has a fixed address */
  tag: string;
  /**
   * Character folds (traditional → simplified) for the characters of the index, as pairs (see
   * encodeCharacterFolds): here when the index itself holds characters that fold, else in
   * `foldsFile`. Then no character that folds is in the index, so a query with one finds nothing
   * unfolded: the page fetches the folds only when a query finds nothing, and asks again folded.
   */
  folds?: string;
  /** file under the bundle that holds the folds */
  foldsFile?: string;
  /** index chunks in word order: first word, last word, file under the bundle */
  chunks: [string, string, string][];
}

/** Order of strings by code point, as Pagefind (Rust) orders its words. */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = left[index].codePointAt(0)! - right[index].codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/**
 * The index chunks Pagefind will load for these words: those whose word range holds the word,
 * or, for a word no range holds, those whose first or last word starts with it (Pagefind's
 * loose match). Files under the bundle, without repeats.
 */
export function chunksFor(chunks: SearchManifest['chunks'], words: string[]): string[] {
  const files = new Set<string>();
  for (const word of words) {
    const strict = chunks.filter(([from, to]) => compareCodePoints(word, from) >= 0 && compareCodePoints(word, to) <= 0);
    const loose = strict.length > 0 ? strict : chunks.filter(([from, to]) => from.startsWith(word) || to.startsWith(word));
    for (const [, , file] of loose) files.add(file);
  }
  return [...files];
}
