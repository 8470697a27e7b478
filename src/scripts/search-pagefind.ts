/**
 * Pagefind, loaded on first use from the site's own /pagefind/ bundle (under the base path).
 * Only the search page imports this module, so reading pages never load search code.
 */
export interface PagefindResultData { url: string; meta: Record<string, string> }
export interface PagefindResult { id: string; data(): Promise<PagefindResultData> }
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: one request less, and no worker-src needed in the Content-Security-Policy;
    // the index is small enough that searching on the main thread takes milliseconds.
    await pagefind.options({ baseUrl: base, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}
