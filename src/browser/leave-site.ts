/**
 * Ask before following a link that leaves the site. Focus moves into the modal dialog and
 * back to the link when it closes; Esc and 放弃 cancel, 继续访问 follows the link.
 */
const dialog = document.querySelector<HTMLDialogElement>('dialog[data-leave-site]');
const urlText = dialog?.querySelector<HTMLElement>('[data-leave-site-url]');
let pending: HTMLAnchorElement | null = null;

if (dialog && urlText) {
  document.addEventListener('click', (event) => {
    // A modified click (new tab or window) is the reader's explicit choice: no prompt.
    if (event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-external="prompt"]');
    if (!link) return;
    event.preventDefault();
    pending = link;
    urlText.textContent = link.href;
    dialog.showModal();
  });
  dialog.querySelector('[data-leave-site-continue]')?.addEventListener('click', () => {
    const href = pending?.href;
    pending = null;
    dialog.close();
    if (href) location.assign(href);
  });
  dialog.querySelector('[data-leave-site-cancel]')?.addEventListener('click', () => dialog.close());
  // Esc closes a modal dialog natively; every way of closing returns focus to the link.
  dialog.addEventListener('close', () => {
    pending?.focus();
    pending = null;
  });
}
