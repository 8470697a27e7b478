/**
 * Reading pages carry only this check: the marking code (and the folding it needs) is
 * fetched only when the page was opened from a search result (…/?hl=query#paragraph-id),
 * so a plain visit loads no search code at all.
 */
if (new URLSearchParams(location.search).has('hl')) void import('./search-target-mark.ts');
