/**
 * Pagefind, loaded on first use from the site's own /pagefind/ bundle (under the base path),
 * and the search manifest the build wrote beside it. Only the search page imports this module,
 * so reading pages never load search code. The page names the addresses (the form's
 * data-index-url and data-site-base), so this script carries no route table.
 */
import { decodeCharacterFolds, setCharacterFolds } from '../core/folding.ts';
import { chunksFor, type SearchManifest } from '../core/manifest.ts';
import { yieldToMain } from './yield-to-main.ts';

const addresses = document.querySelector<HTMLElement>('[data-index-url]')?.dataset ?? {};
/** The bundle's address, e.g. /fzzfbg/pagefind/ */
const indexUrl = addresses.indexUrl ?? '/pagefind/';
/** The site's base path, which Pagefind puts in front of result URLs */
const siteBase = addresses.siteBase ?? '/';

export interface PagefindResultData { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }
export interface PagefindResult { id: string; data(): Promise<PagefindResultData> }
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

let manifestLoading: Promise<SearchManifest | undefined> | undefined;

/**
 * The manifest, fetched once (the search page preloads it: its <link data-search-manifest>).
 * Its character folds take effect as it arrives. Without one (a development server has no index)
 * search runs on Pagefind alone.
 */
export function loadManifest(): Promise<SearchManifest | undefined> {
  manifestLoading ??= (async () => {
    const link = document.querySelector<HTMLLinkElement>('link[data-search-manifest]');
    if (!link) return undefined;
    const response = await fetch(link.href);
    if (!response.ok) throw new Error(`search manifest: HTTP ${response.status}`);
    const manifest = (await response.json()) as SearchManifest;
    if (manifest.folds) setCharacterFolds(decodeCharacterFolds(manifest.folds));
    return manifest;
  })();
  manifestLoading.catch(() => { manifestLoading = undefined; });
  return manifestLoading;
}

let foldsLoading: Promise<void> | undefined;

/** Put the character folds in force when the manifest left them to a file of their own (fetched once). */
export function loadFolds(manifest: SearchManifest): Promise<void> {
  const { foldsFile } = manifest;
  if (!foldsFile) return Promise.resolve();
  foldsLoading ??= (async () => {
    const response = await fetch(`${indexUrl}${foldsFile}`);
    if (!response.ok) throw new Error(`character folds: HTTP ${response.status}`);
    setCharacterFolds(decodeCharacterFolds((await response.json()) as string));
  })();
  foldsLoading.catch(() => { foldsLoading = undefined; });
  return foldsLoading;
}

const requested = new Set<string>();

/**
 * Ask for the index chunks of these words now, in parallel with Pagefind's own start-up, rather
 * than after it: a preload with the very request Pagefind will make, which the browser hands over.
 */
export function preloadChunks(manifest: SearchManifest, words: string[]): void {
  for (const file of chunksFor(manifest.chunks, words)) {
    const href = `${indexUrl}${file}`;
    if (requested.has(href)) continue;
    requested.add(href);
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
}

/** See loadPagefind: the index's language, and no Segmenter. */
const pagefindLanguage = 'und-x';

let loading: Promise<Pagefind> | undefined;
/** Pagefind, started with the manifest's tag; the script and the manifest are fetched side by side. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const [pagefind, manifest] = await Promise.all([
      import(/* @vite-ignore */ `${indexUrl}pagefind.js`) as Promise<Pagefind>,
      loadManifest().catch(() => undefined),
    ]);
    // Pagefind's module has just been evaluated (some 30 ms on a phone-class CPU); its start-up
    // below is another long stretch, so the browser gets a turn in between.
    await yieldToMain();
    // noWorker: one request less, and no worker-src needed in the Content-Security-Policy; the
    // index is small enough that searching on the main thread takes milliseconds. With a worker
    // a first search on the throttled phone of bench:search took some 650 ms longer (median of
    // 16 visits each), even though DevTools throttling leaves a worker's thread at full speed.
    // metaCacheTag: the entry file's address is fixed per index, so the page can preload it.
    await pagefind.options({ baseUrl: siteBase, noWorker: true, ...(manifest ? { metaCacheTag: manifest.tag } : {}) });
    // Pagefind takes its query language from <html lang> as it starts. On a Chinese page it cuts
    // every query into words with Intl.Segmenter, whose first use loads a dictionary (some 100 ms
    // of blocked main thread, 400 ms on a phone); under any valid tag it still builds a grapheme
    // Segmenter for each search, whose first construction costs some 50 ms (200 ms on a phone).
    // The queries here come already cut into single characters, so Pagefind starts under
    // "und-x": it finds the "und" index by the tag's first part (the index was built with no
    // language), and the tag is not valid BCP 47, so Intl.getCanonicalLocales rejects it and
    // Pagefind reads the query character by character, with no Segmenter at all. The page has its
    // own language back before anything can render or read it.
    const html = document.documentElement;
    const lang = html.getAttribute('lang');
    html.setAttribute('lang', pagefindLanguage);
    let started: Promise<void>;
    try {
      started = pagefind.init();
    } finally {
      if (lang === null) html.removeAttribute('lang');
      else html.setAttribute('lang', lang);
    }
    await started;
    return pagefind;
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}
