/**
 * "/" moves the focus to the search box from anywhere, as on most search-driven sites,
 * unless the reader is typing in a field. The search page's own box wins over the header's.
 */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('[data-search-shortcut-target]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
