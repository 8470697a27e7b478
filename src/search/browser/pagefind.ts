/**
 * Pagefind, loaded on first use from the site's own /pagefind/ bundle (under the base path).
 * Only the search page imports this module, so reading pages never load search code.
 */
import { sitePath, urls } from '../../site/urls.ts';

export interface PagefindResultData { url: string; meta: Record<string, string> }
export interface PagefindResult { id: string; data(): Promise<PagefindResultData> }
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${urls.searchIndex()}pagefind.js`)) as Pagefind;
    // noWorker: one request less, and no worker-src needed in the Content-Security-Policy;
    // the index is small enough that searching on the main thread takes milliseconds.
    await pagefind.options({ baseUrl: sitePath(), noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}
