/** 高对比度: a high-contrast reading of the page, light or dark after the system setting. */
const toggle = document.querySelector<HTMLButtonElement>('[data-contrast-toggle]');
const root = document.documentElement;

if (toggle) {
  const sync = () => toggle.setAttribute('aria-pressed', String(root.dataset.contrast === 'high'));
  toggle.addEventListener('click', () => {
    const high = root.dataset.contrast !== 'high';
    if (high) root.dataset.contrast = 'high';
    else delete root.dataset.contrast;
    try { localStorage.setItem('reading-contrast', high ? 'high' : 'standard'); } catch { /* not remembered */ }
    sync();
  });
  sync();
  toggle.hidden = false;
}
