/**
 * The search page: search as you type (debounced), a shareable URL (?q=…&year=…) kept in
 * step with the box so back/forward restore earlier queries, a live status for screen
 * readers, and arrow-key movement through the results. Query text only ever reaches the
 * page as text nodes, never as HTML. New results take the place of the old ones in the same
 * list (see render): nothing on the page moves, and a result that had the focus keeps it.
 */
import { searchLiveStrings as strings } from '../../i18n/search-zh-CN.ts';
import { excerpt, firstMatchRanges } from '../core/excerpt.ts';
import { resultHref, type SearchHit } from '../core/results.ts';
import { answerQuery } from './query.ts';
import { yieldToMain } from './yield-to-main.ts';

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
const yearSelect = form.querySelector<HTMLSelectElement>('[data-search-year]');
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const fullTextUrl = form.dataset.fullTextUrl ?? '';
const debounceMs = 250;

let latestRequest = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function setStatus(message: string, count?: number, link = false) {
  status.replaceChildren(message);
  if (link) {
    const anchor = document.createElement('a');
    anchor.href = fullTextUrl;
    anchor.textContent = strings.readFullText;
    status.append(' ', anchor);
  }
  if (count === undefined) status.removeAttribute('data-count');
  else status.dataset.count = String(count);
}

function renderHit(hit: SearchHit, terms: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-t border-rule py-3';
  item.dataset.searchResult = hit.url;
  const where = document.createElement('p');
  where.className = 'm-0 text-ui text-muted';
  where.dataset.resultWhere = '';
  where.textContent = `${strings.resultYear(hit.year)} · ${hit.title}`;
  const link = document.createElement('a');
  link.className = 'block py-1 wrap-anywhere';
  link.href = resultHref(hit.url, firstMatchRanges(hit.text, terms).map(([from, to]) => hit.text.slice(from, to)));
  for (const piece of excerpt(hit.text, terms)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.className = 'search-mark';
      mark.textContent = piece.text;
      link.append(mark);
    } else {
      link.append(piece.text);
    }
  }
  item.append(where, link);
  return item;
}

/**
 * Show a new list of results in the same <ol>. If a result link had the focus, the same result
 * gets it back when it is still listed, and the search box gets it otherwise, so the focus never
 * falls back to the top of the page.
 */
function render(items: HTMLLIElement[]) {
  const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement)
    ? document.activeElement.closest<HTMLElement>('[data-search-result]')?.dataset.searchResult
    : undefined;
  list.replaceChildren(...items);
  if (focused === undefined) return;
  const again = items.find((item) => item.dataset.searchResult === focused)?.querySelector('a');
  (again ?? input).focus({ preventScroll: true });
}

async function run(query: string) {
  const request = ++latestRequest;
  const trimmed = query.trim();
  if (!trimmed) {
    render([]);
    setStatus('');
    return;
  }
  setStatus(strings.loading);
  try {
    const { terms, hits } = await answerQuery(trimmed, yearSelect?.value ?? '');
    await yieldToMain();
    if (request !== latestRequest) return;
    render(hits.map((hit) => renderHit(hit, terms)));
    if (terms.every((term) => !/[\p{L}\p{N}]/u.test(term))) setStatus(strings.noSearchableText, 0);
    else if (hits.length === 0) setStatus(strings.notFound(trimmed), 0, true);
    else setStatus(strings.found(hits.length, trimmed), hits.length);
  } catch (error) {
    if (request !== latestRequest) return;
    console.warn('search failed', error);
    render([]);
    setStatus(strings.unavailable, 0, true);
  }
}

function urlFor(query: string): string {
  const url = new URL(location.href);
  url.search = '';
  if (query.trim()) url.searchParams.set('q', query.trim());
  if (yearSelect?.value) url.searchParams.set('year', yearSelect.value);
  return url.href;
}

/** Record the query in the address bar (a new history entry when it changed), then search. */
function commit() {
  clearTimeout(timer);
  const url = urlFor(input.value);
  if (url !== location.href) history.pushState(null, '', url);
  void run(input.value);
}

function restoreFromUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  if (yearSelect) yearSelect.value = params.get('year') ?? '';
  void run(input.value);
}

input.addEventListener('input', (event) => {
  // Wait for the input method to finish composing a Chinese word before searching.
  if ((event as InputEvent).isComposing) return;
  clearTimeout(timer);
  timer = setTimeout(commit, debounceMs);
});
input.addEventListener('compositionend', () => {
  clearTimeout(timer);
  timer = setTimeout(commit, debounceMs);
});
yearSelect?.addEventListener('change', commit);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit();
});
window.addEventListener('popstate', restoreFromUrl);

/** Arrow keys move between the box and the result links; Enter follows a link as usual. */
function resultLinks(): HTMLAnchorElement[] {
  return [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result] a[href]')];
}
form.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' && event.target === input) {
    const [first] = resultLinks();
    if (first) { event.preventDefault(); first.focus(); }
  }
});
list.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = resultLinks();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  event.preventDefault();
  const next = index + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)].focus();
});

restoreFromUrl();
