/**
 * The search manifest (pagefind/report-search.json) and the hints in the search page's <head>.
 *
 * Pagefind finds out what to fetch one step at a time: pagefind.js, then its entry file, then
 * the metadata and the WebAssembly, then (once those are running) the index chunks of the query's
 * words, then the fragments of the results. Each step is a round trip, which on a phone network
 * costs more than the bytes. The build knows every one of those file names, so the search page
 * names them in its <head> (preload) and the manifest gives the browser, before Pagefind runs,
 * what it needs to fetch a query's index chunks at once: the word range of every chunk.
 * It also carries the character folds (traditional → simplified) for the characters of the index.
 */
import { manifestFile, warmFile, type SearchManifest } from '../core/manifest.ts';
import { decodeCharacterFolds } from '../core/folding.ts';
import { foldsForIndex } from './traditional.ts';
import type { IndexBundle } from './bundle.ts';
import type { SearchRecord } from './records.ts';

export { manifestFile, warmFile };

/** The fragment files that hold the newest report's blocks, which most searches show first. */
export function newestGroups(records: SearchRecord[], bundle: IndexBundle): string[] {
  if (bundle.groups.length === 0) return [];
  const newestYear = records[0]?.filters.year[0];
  const newestUrls = new Set(records.filter((record) => record.filters.year[0] === newestYear).map((record) => record.url));
  return [...new Set(bundle.fragments.filter((fragment) => newestUrls.has(fragment.url)).map((fragment) => fragment.file))].sort();
}

/**
 * What the search page must fetch for a first search, as URLs under `indexUrl` (the bundle's
 * address, base path included), in the order the browser should ask for them.
 */
export function firstSearchFiles(manifest: SearchManifest, bundle: IndexBundle, groups: string[], indexUrl: string): string[] {
  return [
    manifestFile,
    `pagefind-entry.json?ts=${encodeURIComponent(manifest.tag)}`,
    bundle.metaFile,
    bundle.wasmFile,
    ...groups,
  ].map((file) => `${indexUrl}${file}`);
}

/** The file of character folds when the page fetches them on demand (see SearchManifest). */
export const foldsFile = 'report-search-folds.json';

/**
 * The manifest, and the character folds for the characters of the index. Most queries are in
 * simplified characters like the report, and need no folds: unless the index itself holds a
 * character that folds (then every search needs the table, to read the text as the query), the
 * folds go to a file of their own, which the page fetches when a query finds nothing.
 */
export function searchManifest(records: SearchRecord[], bundle: IndexBundle): { manifest: SearchManifest; folds?: string } {
  const indexedText = records.map((record) => record.content + Object.values(record.meta).join('')).join('');
  const folds = foldsForIndex(indexedText);
  const sources = new Set(decodeCharacterFolds(folds).keys());
  const indexFolds = [...indexedText].some((character) => sources.has(character));
  const chunks = bundle.chunks.map(({ from, to, file }): [string, string, string] => [from, to, file]);
  if (indexFolds || sources.size === 0) return { manifest: { tag: bundle.indexHash, chunks, folds } };
  return { manifest: { tag: bundle.indexHash, chunks, foldsFile }, folds };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The hints for the search page's <head>: first its own module scripts (which Astro puts at the
 * end of the body, where the browser would fetch them late and at low priority), then a
 * <link rel="preload"> for each file of a first search (see firstSearchFiles). `as="fetch"` with
 * `crossorigin` is exactly how Pagefind's fetch() asks for them, so the browser hands the preloaded
 * response over instead of asking again. The manifest's link is how the page finds the manifest.
 */
export function searchPageHints(files: string[], moduleScripts: string[] = []): string {
  return [
    ...moduleScripts.map((src) => `<link rel="modulepreload" href="${escapeAttribute(src)}">`),
    ...files.map((href, index) => `<link rel="preload" href="${escapeAttribute(href)}" as="fetch" crossorigin${index === 0 ? ' data-search-manifest' : ''}>`),
  ].join('');
}
