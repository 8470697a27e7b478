/**
 * Once the reader starts typing in the header box, fetch what the search page will need (the
 * manifest lists it: the page's script, Pagefind, its index entry, metadata, WebAssembly and the
 * newest report's text) as low-priority prefetches, so that by the time the form is sent the
 * search page finds them in the cache. A plain visit fetches nothing, and nothing fetched here runs.
 */
const box = document.querySelector<HTMLInputElement>('[data-search-shortcut-target]');
const manifest = box?.form?.dataset.searchManifest;
if (box && manifest) {
  box.addEventListener('input', () => {
    fetch(manifest).then((response) => response.json()).then(({ warm }: { warm: string[] }) => {
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
