/**
 * Once the reader starts typing in the header box, fetch what the search page will need (the
 * build lists it in pagefind/report-search-warm.json: the page's script, Pagefind, the search
 * manifest, its index entry, metadata, WebAssembly and the newest report's text) as low-priority
 * prefetches, so that by the time the form is sent the search page finds them in the cache. A
 * plain visit fetches nothing, and nothing fetched here runs.
 */
const box = document.querySelector<HTMLInputElement>('[data-search-warm]');
box?.addEventListener('input', async () => {
  for (const href of await (await fetch(box.dataset.searchWarm!)).json()) {
    document.head.append(Object.assign(document.createElement('link'), { rel: 'prefetch', crossOrigin: 'anonymous', href }));
  }
}, { once: true });
