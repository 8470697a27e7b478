/**
 * Once the reader starts typing in the header box, fetch what the search page will need (the
 * build lists it in pagefind/report-search-warm.json: the page's script, Pagefind, the search
 * manifest, its index entry, metadata, WebAssembly and the newest report's text) as low-priority
 * prefetches, so that by the time the form is sent the search page finds them in the cache. A
 * plain visit fetches nothing, and nothing fetched here runs.
 */
const box = document.querySelector<HTMLInputElement>('[data-search-shortcut-target]');
const list = box?.form?.dataset.searchWarm;
if (box && list) {
  box.addEventListener('input', () => {
    fetch(list).then((response) => response.json()).then((warm: string[]) => {
      for (const href of warm) {
        const link = document.createElement('link');
        link.rel = 'prefetch';
        link.crossOrigin = 'anonymous';
        link.href = href;
        document.head.append(link);
      }
    }).catch(() => undefined);
  }, { once: true });
}
